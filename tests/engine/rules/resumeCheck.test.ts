// resumeCheck (a re-check from stored conflicts, with no run state left, as after a reload) gives a full run's
// result on random layouts and edits (moves, additions, deletions, attribute edits that move a feature in or
// out of a rule's `where`), and evaluates only the rules that read the changed features' layers.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { resumeCheck, runRules, type Conflict, type Rule, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { GRID_PROPS, gridFeatureArb, gridFeaturesOf, gridRect, type GridCell } from './gridLayouts.ts';

const featureArb = gridFeatureArb();
const featuresOf = (layout: readonly GridCell[]): RuleTestFeature[] => gridFeaturesOf(layout);

const rule = (id: string, subject: Rule['subject'], object: Rule['object'] | null, relation: Rule['relation']): Rule => ({
  id,
  version: 1,
  title: id,
  severity: 'blocker',
  subject,
  ...(object ? { object } : {}),
  relation,
  legalBasis: '测试',
  message: '{subject.name} {object.name} {areaM2}',
});

const PACK: RulePack = {
  id: 'resume',
  version: '1',
  title: '续检测试',
  rules: [
    rule('A01', [{ layer: 'STBHHX' }], [{ layer: 'YJJBNT' }], { type: 'overlaps', minAreaM2: 1 }),
    rule('A03', [{ layer: 'GHYDYH' }], [{ layer: 'CZKFBJ' }], { type: 'outside', minAreaM2: 1 }),
    rule('A04', [{ layer: 'GHYDYH' }], null, { type: 'coverage', within: [{ layer: 'CZKFBJ' }], minAreaM2: 1 }),
    rule('A05', [{ layer: 'GYXM' }], [{ layer: 'YJJBNT' }], { type: 'withinDistance', zoneAround: 'subject', distanceM: 30, minAreaM2: 1 }),
    rule('A07', [{ layer: 'GYXM', where: { field: 'GYLX', eq: '三类工业' } }], [{ layer: 'STBHHX' }], { type: 'overlaps', minAreaM2: 1 }),
  ],
};

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const strip = (c: Conflict) => ({
  key: c.key,
  hash: c.regionHash,
  severity: c.severity,
  measure: c.measure,
  shares: c.shares,
  message: c.message,
});

describe('resumeCheck', () => {
  it('gives a full run’s conflicts and summary from the stored conflicts and the changed ids', async () => {
    const editArb = fc.array(fc.record({ index: fc.nat(), kind: fc.constantFrom('move', 'delete', 'add', 'recode'), to: featureArb }), {
      minLength: 1,
      maxLength: 3,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(featureArb, { minLength: 2, maxLength: 9 }), editArb, async (layout, edits) => {
        const fs = featuresOf(layout);
        const first = await runRules({ plans: testPlansOf(fs), pack: PACK }, port);
        // What survives a reload: plain data only.
        const stored = JSON.parse(JSON.stringify({ pack: first.report.pack, conflicts: first.report.conflicts })) as {
          pack: { id: string; version: string };
          conflicts: Conflict[];
        };
        let next = [...fs];
        const changed = new Set<string>();
        edits.forEach((e, n) => {
          const target = next[e.index % next.length]!;
          if (e.kind === 'add') {
            const id = `n${n}`;
            next.push({
              id,
              layer: e.to.layer,
              properties: { BSM: `41900100009${String(n).padStart(7, '0')}`, ...GRID_PROPS[e.to.layer] },
              geometry: gridRect(e.to.x, e.to.y, e.to.w, e.to.h),
            });
            changed.add(id);
          } else if (target.id !== 'town') {
            changed.add(target.id);
            if (e.kind === 'delete') next = next.filter((f) => f.id !== target.id);
            else if (e.kind === 'recode')
              next = next.map((f) =>
                f.id === target.id
                  ? { ...f, properties: { ...f.properties, GYLX: f.properties.GYLX === '三类工业' ? '一类工业' : '三类工业' } }
                  : f,
              );
            else next = next.map((f) => (f.id === target.id ? { ...f, geometry: gridRect(e.to.x, e.to.y, e.to.w, e.to.h) } : f));
          }
        });
        const input = { plans: testPlansOf(next), pack: PACK };
        const resumed = await resumeCheck(stored, [...changed], input, port);
        const full = await runRules(input, port);
        expect(resumed.report.conflicts.map(strip)).toEqual(full.report.conflicts.map(strip));
        expect(resumed.report.summary).toEqual(full.report.summary);
      }),
      { numRuns: 40 },
    );
  });

  it('evaluates only the rules that read the changed layer, keeping the others’ stored lists', async () => {
    const fs = featuresOf([
      { layer: 'STBHHX', x: 0, y: 0, w: 4, h: 4 },
      { layer: 'YJJBNT', x: 2, y: 2, w: 4, h: 4 },
      { layer: 'GHYDYH', x: 6, y: 6, w: 3, h: 3 },
    ]);
    const first = await runRules({ plans: testPlansOf(fs), pack: PACK }, port);
    const moved = fs.map((f) => (f.id === 'f01' ? { ...f, geometry: gridRect(3, 3, 4, 4) } : f));
    const phases: string[] = [];
    const stored = { pack: first.report.pack, conflicts: first.report.conflicts };
    const resumed = await resumeCheck(stored, ['f01'], { plans: testPlansOf(moved), pack: PACK }, port, {
      onProgress: (_d, _t, p) => phases.push(p),
    });
    // A03 (GHYDYH outside CZKFBJ) does not read YJJBNT: its stored conflicts are handed back, not evaluated anew.
    const storedA03 = stored.conflicts.filter((c) => c.ruleId === 'A03');
    expect(storedA03.length).toBeGreaterThan(0);
    expect(resumed.byRule.get('A03')!.every((c, i) => c === storedA03[i])).toBe(true);
    const full = await runRules({ plans: testPlansOf(moved), pack: PACK }, port);
    expect(resumed.report.conflicts.map(strip)).toEqual(full.report.conflicts.map(strip));
    expect(phases).toContain('done');
  });
});
