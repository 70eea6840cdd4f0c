// Pure (geometry through the port). One rule evaluated by the embedded engine over a prepared state, as the seam's
// plain records; with a scope only pairs and features involving those slots (the incremental re-check).
import { evaluateRule, type RuleContext } from './evaluateRule.ts';
import { recordOf, ruleTestsOverlaps } from './recordOf.ts';
import type { RelationRecord } from './relationRecord.ts';
import type { RulesState } from './rulesState.ts';
import type { Rule } from './types.ts';

export async function recordsOfRule(
  state: RulesState,
  rule: Rule,
  ctx: RuleContext,
  scope?: ReadonlySet<number>,
): Promise<RelationRecord[]> {
  const findings = await evaluateRule(state, rule, ctx, scope);
  const withOverlaps = ruleTestsOverlaps(rule);
  return findings.map((f) => recordOf(state, rule, f, withOverlaps));
}
