// Pure. Takes conflicts, returns a new array in the report order: rule id (natural: R2 before R10), then
// key, then region hash, so reports and golden files are stable whatever order the pairs were met in.
import type { Conflict } from './types.ts';

const naturalKeys = new Map<string, string>();

/** A rule id with its digit runs zero-padded, so plain string order is natural order. */
export function naturalRuleKey(id: string): string {
  let k = naturalKeys.get(id);
  if (k === undefined) {
    k = id.replace(/\d+/g, (d) => d.padStart(8, '0'));
    naturalKeys.set(id, k);
  }
  return k;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareConflicts(a: Conflict, b: Conflict): number {
  return (
    (a.ruleId === b.ruleId ? 0 : compare(naturalRuleKey(a.ruleId), naturalRuleKey(b.ruleId))) ||
    compare(a.key, b.key) ||
    compare(a.regionHash, b.regionHash)
  );
}

export function sortConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return [...conflicts].sort(compareConflicts);
}
