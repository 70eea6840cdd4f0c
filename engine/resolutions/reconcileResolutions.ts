// Pure. reconcileResolutions(resolutions, conflicts, skipped) → the resolutions with their status after a
// re-run: one whose conflict is still reported with another region hash, or whose edits could not be applied,
// is re-opened (重新打开) with the reason; the others keep their status. Order is kept.
import type { Conflict } from '../rules/types.ts';
import type { Message, Resolution } from './types.ts';

export function reconcileResolutions(
  resolutions: readonly Resolution[],
  conflicts: readonly Conflict[],
  skipped: readonly { logNumber: string; reason: Message }[] = [],
): Resolution[] {
  const byKey = new Map(conflicts.map((c) => [c.key, c]));
  const skippedBy = new Map(skipped.map((s) => [s.logNumber, s.reason]));
  return resolutions.map((r) => {
    const skip = skippedBy.get(r.logNumber);
    if (skip) return { ...r, status: 'reopened', reopenReason: skip.zh };
    const current = byKey.get(r.conflictKey);
    if (current && current.regionHash !== r.regionHash) {
      return { ...r, status: 'reopened', reopenReason: `冲突区域已变化（区域哈希 ${r.regionHash.slice(0, 8)} → ${current.regionHash.slice(0, 8)}），需重新处置` };
    }
    return r;
  });
}
