// Pure (the town lookup through the catalog's port). Runs a rule pack through any executor (ruleExecutor.ts):
// collects each rule's records, turns them into conflicts with the shared step and assembles the report,
// which is the same whichever executor, partition or worker count produced the records.
import { conflictsOfRecords } from './conflictsOfRecords.ts';
import type { RecordCatalog } from './recordCatalog.ts';
import type { RuleExecutor } from './ruleExecutor.ts';
import { reportOf, type RunOptions } from './runRules.ts';
import type { Conflict, ConflictReport, Rule, RulesInput } from './types.ts';

export interface ExecutorRun {
  report: ConflictReport;
  byRule: Map<string, Conflict[]>;
  timings: { checkMs: number };
}

export async function runExecutor(
  executor: RuleExecutor,
  input: RulesInput,
  catalog: RecordCatalog,
  options: RunOptions = {},
): Promise<ExecutorRun> {
  const now = options.now ?? (() => 0);
  const t0 = now();
  const rules = new Map<string, Rule>();
  for (const r of input.pack.rules) rules.set(r.id, r);
  const total = rules.size;
  const byRule = new Map<string, Conflict[]>();
  options.onProgress?.(0, total, 'prepare');
  const execute = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.yieldControl ? { yieldControl: options.yieldControl } : {}),
  };
  for await (const batch of executor.evaluate(input, execute)) {
    const rule = rules.get(batch.ruleId);
    if (!rule || byRule.has(batch.ruleId)) throw new Error(`executor yielded rule ${batch.ruleId} twice or not in the pack`);
    byRule.set(rule.id, conflictsOfRecords(rule, batch.records, catalog));
    options.onProgress?.(byRule.size, total, rule.id);
  }
  const missing = [...rules.keys()].filter((id) => !byRule.has(id));
  if (missing.length > 0) throw new Error(`executor yielded no records for rule(s) ${missing.join(', ')}`);
  options.onProgress?.(total, total, 'done');
  return { report: reportOf(input, byRule), byRule, timings: { checkMs: now() - t0 } };
}
