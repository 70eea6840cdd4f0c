// Pure (geometry through the port). The embedded executor: today's relations evaluated in this thread over a
// rules state of all the plans' features, each finding turned into a plain record (recordOf.ts). A worker
// thread runs it for the rules it is given; a single-threaded check runs it for all of them.
import type { GeometryPort } from '../geometry/port.ts';
import { recordsOfRule } from './recordsOfRule.ts';
import type { RuleRecords } from './relationRecord.ts';
import { createRulesState, releaseHandles } from './rulesState.ts';
import type { ExecuteOptions, RuleExecutor } from './ruleExecutor.ts';
import { makeCheckpoint, ruleContext } from './runRules.ts';
import type { RulesInput } from './types.ts';

export function embeddedExecutor(port: GeometryPort): RuleExecutor {
  return {
    async *evaluate(input: RulesInput, options: ExecuteOptions = {}): AsyncIterable<RuleRecords> {
      const wanted = options.ruleIds ? new Set(options.ruleIds) : null;
      const rules = input.pack.rules.filter((r) => wanted === null || wanted.has(r.id));
      const checkpoint = makeCheckpoint(options);
      const state = createRulesState(port, input.plans);
      try {
        const ctx = ruleContext(input, state, checkpoint, true);
        for (const rule of rules) {
          await checkpoint();
          yield { ruleId: rule.id, records: await recordsOfRule(state, rule, ctx) };
        }
      } finally {
        releaseHandles(state);
      }
    },
  };
}
