// Pure. conflictStatusOf(conflict, staleKeys, resolutionsByKey, asOfDate) → the status shown in the conflict
// list: 待复核 while its re-check is pending, else the status engine/resolutions/conflictStatus defines for
// the panel, the export preflight and the package too (未处置, 已处置, 例外（已批准/已过期）, 暂缓, 重新打开).
import { conflictStatus, type ConflictStatus } from '../../engine/resolutions/index.ts';
import type { Resolution } from '../../engine/resolutions/index.ts';
import type { Conflict } from '../../engine/rules/index.ts';
import { todayIso } from '../services/blueprint/resolutionStatus.ts';

export function conflictStatusOf(conflict: Conflict, staleKeys: ReadonlySet<string>, resolutionsByKey: ReadonlyMap<string, Resolution>, asOfDate: string = todayIso()): ConflictStatus {
  return conflictStatus({ conflict, resolution: resolutionsByKey.get(conflict.key), asOfDate, stale: staleKeys.has(conflict.key) }).status;
}

export function resolutionsByConflictKey(resolutions: readonly Resolution[] | undefined): Map<string, Resolution> {
  return new Map((resolutions ?? []).map((r) => [r.conflictKey, r]));
}
