// Pure. The executor seam's shared step for one rule: takes its records (from any executor, in any order) and
// the catalog, returns the rule's conflicts in report order (sortConflicts.ts); exempt records are dropped.
import { conflictOfRecord } from './conflictOfRecord.ts';
import type { RecordCatalog } from './recordCatalog.ts';
import type { RelationRecord } from './relationRecord.ts';
import { sortConflicts } from './sortConflicts.ts';
import type { Conflict, Rule } from './types.ts';

export function conflictsOfRecords(rule: Rule, records: readonly RelationRecord[], catalog: RecordCatalog): Conflict[] {
  const out: Conflict[] = [];
  for (const r of records) {
    const c = conflictOfRecord(rule, r, catalog);
    if (c) out.push(c);
  }
  return sortConflicts(out);
}
