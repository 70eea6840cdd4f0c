// Pure. Takes conflicts, returns a new array in the report order: rule id (natural: R2 before R10), then
// key, then region hash, so reports and golden files are stable whatever order the pairs were met in.
import type { Conflict } from './types.ts';

const collator = new Intl.Collator('en', { numeric: true });

export function sortConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return [...conflicts].sort(
    (a, b) =>
      collator.compare(a.ruleId, b.ruleId) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (a.regionHash < b.regionHash ? -1 : a.regionHash > b.regionHash ? 1 : 0),
  );
}
