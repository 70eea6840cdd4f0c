import { describe, expect, it } from 'vitest';
import { conflictStatus } from '../../../engine/resolutions/conflictStatus.ts';
import { reconcileResolutions } from '../../../engine/resolutions/reconcileResolutions.ts';
import { regionChangedReason } from '../../../engine/resolutions/regionChangedReason.ts';
import type { Resolution } from '../../../engine/resolutions/types.ts';
import type { Conflict } from '../../../engine/rules/types.ts';

const HASH_RESOLVED = '0cb8dc38'.padEnd(64, 'a');
const HASH_NOW = '93155a69'.padEnd(64, 'b');
const record = (over: Partial<Resolution> = {}): Resolution => ({
  conflictKey: 'R03:a:b',
  ruleId: 'R03',
  severity: 'blocker',
  regionHash: HASH_RESOLVED,
  measure: { areaM2: 2307 },
  kind: 'exception',
  status: 'applied',
  decidedBy: '王工',
  decidedAt: '2026-11-27T08:00:00.000Z',
  reason: '批准',
  exception: { approvalNumber: 'A1', authority: 'B', reason: 'C' },
  edits: [],
  ...over,
});
const conflict = (measure: Conflict['measure']) => ({ key: 'R03:a:b', regionHash: HASH_NOW, measure }) as unknown as Conflict;
const visible = (m: { zh: string; en: string }) => `${m.zh} ${m.en}`;

describe('regionChangedReason', () => {
  it('says the area when resolved and now in 公顷 and ha, without hashes', () => {
    const info = conflictStatus({ conflict: conflict({ areaM2: 102 }), resolution: record(), asOfDate: '2026-11-27' });
    expect(info.status).toBe('reopened');
    expect(info.reason!.zh).toBe('冲突区域已变化：处置时 0.2307 公顷，现在 0.0102 公顷，需重新处置');
    expect(info.reason!.en).toBe('The conflict region changed: 0.2307 ha when resolved, 0.0102 ha now. Resolve it again.');
    expect(visible(info.reason!)).not.toMatch(/哈希|hash|0cb8dc38|93155a69/i);
    expect(info.detail).toBe('0cb8dc38 → 93155a69');
  });

  it('says a length or a distance in 米 / m for the rules that measure those', () => {
    expect(regionChangedReason({ lengthM: 120.5 }, { lengthM: 80 })).toEqual({
      zh: '冲突区域已变化：处置时 120.50 米，现在 80.00 米，需重新处置',
      en: 'The conflict region changed: 120.50 m when resolved, 80.00 m now. Resolve it again.',
    });
    expect(regionChangedReason({ distanceM: 3 }, { distanceM: 1.25 }).zh).toBe('冲突区域已变化：处置时 3.00 米，现在 1.25 米，需重新处置');
  });

  it('states only the measure now, honestly, for a record made before the measure was kept', () => {
    const info = conflictStatus({
      conflict: conflict({ areaM2: 102 }),
      resolution: record({ measure: undefined }),
      asOfDate: '2026-11-27',
    });
    expect(info.reason!.zh).toBe('冲突区域已变化：现在 0.0102 公顷（处置时的面积未记录），需重新处置');
    expect(info.reason!.en).toBe('The conflict region changed: 0.0102 ha now (the area when resolved was not recorded). Resolve it again.');
  });

  it('stores the worded reason when a re-run re-opens the record, and rewords an old stored hash reason', () => {
    const [reopened] = reconcileResolutions([record()], [conflict({ areaM2: 102 })]);
    expect(reopened!.reopenReason).toBe('冲突区域已变化：处置时 0.2307 公顷，现在 0.0102 公顷，需重新处置');
    const old = record({ status: 'reopened', reopenReason: '冲突区域已变化（区域哈希 0cb8dc38 → 93155a69），需重新处置' });
    const info = conflictStatus({ conflict: conflict({ areaM2: 102 }), resolution: old, asOfDate: '2026-11-27' });
    expect(visible(info.reason!)).not.toMatch(/哈希|hash|0cb8dc38/i);
    expect(info.reason!.en).toContain('0.2307 ha when resolved, 0.0102 ha now');
  });
});
