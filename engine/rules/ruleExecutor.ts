// Pure (types). The executor seam: something that evaluates a rule pack's relations over plans and yields each
// rule's plain records (relationRecord.ts). The embedded engine (embeddedExecutor.ts), its worker-thread
// partition (main/node) and a database executor implement it; runExecutor.ts turns any executor's records into
// the same report. Contract: docs/executor-seam.md.
import type { RuleRecords } from './relationRecord.ts';
import type { RulesInput } from './types.ts';

export interface ExecuteOptions {
  /** Only these rules (by id); all of the pack's rules without it. */
  ruleIds?: readonly string[];
  /** An aborted signal makes the executor throw RulesCancelledError at its next checkpoint. */
  signal?: { readonly aborted: boolean };
  /** Awaited at each checkpoint so a worker can receive a cancel message. */
  yieldControl?: () => Promise<void>;
}

export interface RuleExecutor {
  /** Yields every selected rule's records exactly once, each rule as one batch, rules in any order. */
  evaluate(input: RulesInput, options?: ExecuteOptions): AsyncIterable<RuleRecords>;
}
