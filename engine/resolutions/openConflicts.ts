// Pure. openConflicts(conflicts, resolutions, asOfDate) → the conflicts not yet handled: a conflict is
// handled by an applied exception recorded for the same key and region hash that has not expired on
// `asOfDate` (yyyy-mm-dd). Yields and attribute changes handle a conflict by making it disappear on re-run;
// a deferral handles nothing. The export preflight refuses a final package while a blocker is open.
import type { Conflict } from '../rules/types.ts';
import type { Resolution } from './types.ts';

export function openConflicts(conflicts: readonly Conflict[], resolutions: readonly Resolution[], asOfDate: string): Conflict[] {
  const handled = new Set(
    resolutions
      .filter((r) => r.status === 'applied' && r.kind === 'exception' && r.exception && (r.exception.expiresOn === undefined || r.exception.expiresOn >= asOfDate))
      .map((r) => `${r.conflictKey}|${r.regionHash}`),
  );
  return conflicts.filter((c) => !handled.has(`${c.key}|${c.regionHash}`));
}
