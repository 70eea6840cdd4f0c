// Pure. conflictStatusOf(conflict, staleKeys, resolutionsByKey) → the status shown in the conflict list:
// 待复核 while its re-check is pending, else 已处置 / 重新打开 when a resolution is recorded for its key
// (re-opened when the region changed or the fix is gone), else 待处理.
import type { Resolution } from '../../engine/resolutions/types.ts';
import type { Conflict } from '../../engine/rules/types.ts';
import { resolutionStatus } from '../services/blueprint/resolutionStatus.ts';
import type { ConflictStatus } from '../store/conflictSlice.ts';

export function conflictStatusOf(conflict: Conflict, staleKeys: ReadonlySet<string>, resolutionsByKey: ReadonlyMap<string, Resolution>): ConflictStatus {
  if (staleKeys.has(conflict.key)) return 'stale';
  const resolution = resolutionsByKey.get(conflict.key);
  if (!resolution) return 'open';
  // The conflict itself is the only one its resolution can match, so it is passed alone (no list scan).
  return resolutionStatus(resolution, [conflict]).status === 'reopened' ? 'reopened' : 'resolved';
}

export function resolutionsByConflictKey(resolutions: readonly Resolution[] | undefined): Map<string, Resolution> {
  return new Map((resolutions ?? []).map((r) => [r.conflictKey, r]));
}
