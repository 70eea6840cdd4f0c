import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../../engine/rules/types.ts';
import { conflictStatusOf, resolutionsByConflictKey } from '../../../renderer/components/conflictStatusOf.ts';
import { sampleResolution } from '../resolve/sampleResolution.ts';

/** Only the members the status reads; the rest of a Conflict is irrelevant here. */
const conflict = (key: string, regionHash: string) => ({ key, regionHash, ruleId: key.split(':')[0]! }) as unknown as Conflict;

describe('conflictStatusOf', () => {
  const deferred = sampleResolution('R14:a:b');
  const byKey = resolutionsByConflictKey([deferred]);

  it('shows 未处置 for a conflict nobody has resolved', () => {
    expect(conflictStatusOf(conflict('R08:c:d', 'e'.repeat(64)), new Set(), byKey)).toBe('open');
  });

  it('shows 暂缓 (not 已处置) for a deferral while the conflict region still matches', () => {
    expect(conflictStatusOf(conflict('R14:a:b', deferred.regionHash), new Set(), byKey)).toBe('deferred');
  });

  it('shows 重新打开 when the conflict comes back with another region', () => {
    expect(conflictStatusOf(conflict('R14:a:b', '0'.repeat(64)), new Set(), byKey)).toBe('reopened');
  });

  it('shows 待复核 while an edit’s re-check is pending, whatever was recorded', () => {
    expect(conflictStatusOf(conflict('R14:a:b', deferred.regionHash), new Set(['R14:a:b']), byKey)).toBe('stale');
  });
});
