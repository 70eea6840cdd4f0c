// Pure. The report of a pack run in parts (partitionRules.ts), each part's report made by the shared step in its
// worker over the features its rules read: each rule's conflicts come from the part that ran it, assembled as a
// single run assembles them (reportOf), so the merged report is the single run's byte for byte.
import { reportOf } from './runRules.ts';
import type { Conflict, ConflictReport, RulesInput } from './types.ts';

export function mergePartReports(input: Pick<RulesInput, 'pack' | 'plans'>, parts: readonly ConflictReport[]): ConflictReport {
  const byRule = new Map<string, Conflict[]>();
  for (const r of input.pack.rules) byRule.set(r.id, []);
  for (const part of parts) for (const c of part.conflicts) byRule.get(c.ruleId)?.push(c);
  return reportOf(input as RulesInput, byRule);
}
