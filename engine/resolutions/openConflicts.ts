// Pure. openConflicts(conflicts, resolutions, asOfDate) → the conflicts not yet handled: those whose status
// (conflictStatus, the one definition the list, the panel and the package share) is neither 已处置 nor
// 例外（已批准）, so 暂缓, an expired exception and a re-opened record stay open. `asOfDate` is yyyy-mm-dd.
// The export preflight refuses a final package while a blocker is open.
import type { Conflict } from '../rules/types.ts';
import { conflictStatus, isHandled } from './conflictStatus.ts';
import type { Resolution } from './types.ts';

export function openConflicts(conflicts: readonly Conflict[], resolutions: readonly Resolution[], asOfDate: string): Conflict[] {
  const byKey = latestByKey(resolutions);
  return conflicts.filter((c) => !isHandled(conflictStatus({ conflict: c, resolution: byKey.get(c.key), asOfDate }).status));
}

/** The last record for each conflict key (the list holds one per key; a later one wins). */
export function latestByKey(resolutions: readonly Resolution[]): Map<string, Resolution> {
  return new Map(resolutions.map((r) => [r.conflictKey, r]));
}
