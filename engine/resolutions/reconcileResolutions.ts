// Pure. reconcileResolutions(resolutions, conflicts, skipped) → the resolutions with their status after a
// re-run: one whose edits could not be applied, whose conflict is still reported with another region hash,
// or — for a yield or an attribute change — whose conflict is reported at all (the fix is gone), is re-opened
// (重新打开) with the reason, as conflictStatus defines it; the others keep their status. Order is kept.
import type { Conflict } from '../rules/types.ts';
import { conflictStatus } from './conflictStatus.ts';
import type { Message, Resolution } from './types.ts';

export function reconcileResolutions(
  resolutions: readonly Resolution[],
  conflicts: readonly Conflict[],
  skipped: readonly { logNumber: string; reason: Message }[] = [],
): Resolution[] {
  const byKey = new Map(conflicts.map((c) => [c.key, c]));
  const skippedBy = new Map(skipped.map((s) => [s.logNumber, s.reason]));
  return resolutions.map((r) => {
    const skip = r.logNumber === undefined ? undefined : skippedBy.get(r.logNumber);
    if (skip) return { ...r, status: 'reopened', reopenReason: skip.zh };
    if (r.status === 'reopened') return r;
    // The expiry date does not matter here: only 重新打开 changes the record.
    const now = conflictStatus({ conflict: byKey.get(r.conflictKey) ?? null, resolution: r, asOfDate: '' });
    if (now.status === 'reopened') return { ...r, status: 'reopened', reopenReason: now.reason!.zh };
    return r;
  });
}
