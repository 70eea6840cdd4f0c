// The small pure pieces of the rules engine: conditions, messages, keys, region hashes, sorting, summary.
import { describe, expect, it } from 'vitest';
import { ydyhGroup } from '../../../engine/model/codes.ts';
import { conflictKey, regionHash, renderMessage, summarizeConflicts, type Conflict } from '../../../engine/rules/index.ts';
import { matchCondition } from '../../../engine/rules/matchCondition.ts';
import type { Geometry } from '../../../engine/model/types.ts';

describe('matchCondition', () => {
  const p = { YDYHFLDM: '100102', GYLX: '三类工业', KD: 30, SFZDXM: true, BZ: '' };
  it('tests equals, in, prefix, group, exists and numeric comparisons', () => {
    expect(matchCondition(p, { field: 'GYLX', eq: '三类工业' }, ydyhGroup)).toBe(true);
    expect(matchCondition(p, { field: 'GYLX', in: ['一类工业', '非工业'] }, ydyhGroup)).toBe(false);
    expect(matchCondition(p, { field: 'YDYHFLDM', prefix: ['1001'] }, ydyhGroup)).toBe(true);
    expect(matchCondition(p, { field: 'YDYHFLDM', prefix: ['1002'] }, ydyhGroup)).toBe(false);
    expect(matchCondition(p, { field: 'YDYHFLDM', group: ['construction'] }, ydyhGroup)).toBe(true);
    expect(matchCondition({ YDYHFLDM: '0103' }, { field: 'YDYHFLDM', group: ['construction'] }, ydyhGroup)).toBe(false);
    expect(matchCondition(p, { field: 'BZ', exists: false }, ydyhGroup)).toBe(true);
    expect(matchCondition(p, { field: 'XMDM', exists: true }, ydyhGroup)).toBe(false);
    expect(matchCondition(p, { field: 'KD', gte: 30 }, ydyhGroup)).toBe(true);
    expect(matchCondition(p, { field: 'KD', gt: 30 }, ydyhGroup)).toBe(false);
    expect(matchCondition(p, { field: 'GYLX', lt: 3 }, ydyhGroup)).toBe(false);
  });
  it('combines conditions with all, any and not', () => {
    expect(matchCondition(p, { all: [{ field: 'SFZDXM', eq: true }, { not: { field: 'GYLX', eq: '一类工业' } }] }, ydyhGroup)).toBe(true);
    expect(
      matchCondition(
        p,
        {
          any: [
            { field: 'KD', lt: 10 },
            { field: 'GYLX', eq: '非工业' },
          ],
        },
        ydyhGroup,
      ),
    ).toBe(false);
  });
});

describe('renderMessage', () => {
  const party = {
    planId: 'p',
    planTitle: '济源市国土空间总体规划',
    layer: 'GYXM' as const,
    featureId: 'f1',
    bsm: '419001000000000001',
    name: '铅锌冶炼',
  };
  it('fills names, plans, ids and the area in m², 公顷 and 亩', () => {
    const text = renderMessage(
      '{subject.plan}「{subject.name}」（{subject.bsm}，{subject.id}）与{object.name}重叠 {areaM2} 平方米（{areaHa} 公顷，{areaMu} 亩）',
      {
        subject: party,
        object: { ...party, name: null, bsm: '419001000000000002' },
        measure: { areaM2: 6666.7 },
        town: null,
      },
    );
    expect(text).toBe(
      '济源市国土空间总体规划「铅锌冶炼」（419001000000000001，f1）与419001000000000002重叠 6666.70 平方米（0.6667 公顷，10.00 亩）',
    );
  });
  it('leaves an unknown placeholder visible', () => {
    expect(renderMessage('{nope} {lengthM}', { subject: null, object: null, measure: { lengthM: 3 }, town: null })).toBe('{nope} 3.00');
  });
});

describe('conflictKey and regionHash', () => {
  it('builds the key from the rule id and the sorted feature ids', () => {
    expect(conflictKey('R08', ['b', 'a'])).toBe('R08:a:b');
    expect(conflictKey('R08', ['a', 'b'])).toBe(conflictKey('R08', ['b', 'a']));
  });
  const square: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [112.6, 35],
        [112.601, 35],
        [112.601, 35.001],
        [112.6, 35.001],
        [112.6, 35],
      ],
    ],
  };
  it('hashes a region the same whatever its start vertex and orientation', () => {
    const rotated: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [112.601, 35.001],
          [112.601, 35],
          [112.6, 35],
          [112.6, 35.001],
          [112.601, 35.001],
        ],
      ],
    };
    expect(regionHash(rotated)).toBe(regionHash(square));
    expect(regionHash({ type: 'MultiPolygon', coordinates: [square.coordinates as never] })).not.toBe(regionHash(null));
  });
  it('ignores moves below the 1e-7° rounding and changes with larger ones', () => {
    const shift = (d: number): Geometry => ({
      type: 'Polygon',
      coordinates: [(square.coordinates[0] as number[][]).map(([x, y]) => [x! + d, y!]) as never],
    });
    expect(regionHash(shift(1e-10))).toBe(regionHash(square));
    expect(regionHash(shift(1e-6))).not.toBe(regionHash(square));
  });
});

describe('summarizeConflicts', () => {
  it('counts per rule and severity and totals the area in 公顷', () => {
    const c = (ruleId: string, severity: Conflict['severity'], areaM2: number) => ({ ruleId, severity, measure: { areaM2 } }) as Conflict;
    expect(summarizeConflicts([c('R08', 'blocker', 5000), c('R08', 'major', 1), c('R08', 'blocker', 15000), c('R10', 'major', 2)])).toEqual(
      [
        { ruleId: 'R08', severity: 'blocker', count: 2, areaHa: 2 },
        { ruleId: 'R08', severity: 'major', count: 1, areaHa: 0.0001 },
        { ruleId: 'R10', severity: 'major', count: 1, areaHa: 0.0002 },
      ],
    );
  });
});
