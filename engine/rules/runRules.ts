// Pure (geometry through the port; clock and yielding through options). Takes plans, a rule pack and
// optional targets and quality findings, returns the conflict report plus the working state an
// incremental re-check continues from. Progress per rule; cancellable between steps.
import type { GeometryPort } from '../geometry/port.ts';
import { catalogOfState } from './recordCatalog.ts';
import { conflictsOfRecords } from './conflictsOfRecords.ts';
import { recordsOfRule } from './recordsOfRule.ts';
import { conflictIndexOf } from './conflictIndex.ts';
import type { RuleContext } from './evaluateRule.ts';
import type { IndicatorValue } from '../indicators/types.ts';
import { dropIndicatorCache, indicatorName, indicatorValuesFor } from './indicatorValuesFor.ts';
import { RulesCancelledError } from './RulesCancelledError.ts';
import { createRulesState, releaseHandles, type RulesState } from './rulesState.ts';
import { naturalRuleKey } from './sortConflicts.ts';
import { summarizeConflicts } from './summarizeConflicts.ts';
import type { Conflict, ConflictReport, Rule, RulesInput } from './types.ts';

export interface RunOptions {
  /** done/total steps (one per rule plus preparation) and the current phase ("prepare" or a rule id). */
  onProgress?: (done: number, total: number, phase: string) => void;
  /** Checked between steps and every 256 pairs; an aborted signal throws RulesCancelledError. */
  signal?: { readonly aborted: boolean };
  /** Awaited at each checkpoint so a worker can receive a cancel message (e.g. a zero-delay timeout). */
  yieldControl?: () => Promise<void>;
  /** Clock in milliseconds for `timings` (the engine has none of its own). */
  now?: () => number;
  /**
   * No re-check will continue this run (a CLI check): what the state keeps only for one, the indicators' dissolves
   * and the rebuilt geometries they hold, is dropped once the values are computed. A re-check would still be right.
   */
  once?: boolean;
}

export interface RulesRun {
  report: ConflictReport;
  /** Conflicts per rule id (sorted), so a re-check patches only what changed. */
  byRule: Map<string, Conflict[]>;
  /** The working state; taken over by `recheckFeatures` (do not reuse it after that). */
  state: RulesState;
  timings: { prepareMs: number; checkMs: number };
}

export async function runRules(input: RulesInput, port: GeometryPort, options: RunOptions = {}): Promise<RulesRun> {
  const now = options.now ?? (() => 0);
  const total = input.pack.rules.length + 1;
  const checkpoint = makeCheckpoint(options);
  const t0 = now();
  options.onProgress?.(0, total, 'prepare');
  const state = createRulesState(port, input.plans);
  const t1 = now();
  const byRule = new Map<string, Conflict[]>();
  try {
    const ctx = ruleContext(input, state, checkpoint, options.once);
    let done = 1;
    for (const rule of evaluationOrder(input.pack.rules, options.once)) {
      await checkpoint();
      options.onProgress?.(done, total, rule.id);
      const list = await conflictsOfRule(state, rule, ctx);
      byRule.set(rule.id, list);
      // Indexed now, so the first re-check does not pay for it.
      conflictIndexOf(state, rule.id, list);
      done++;
    }
    options.onProgress?.(total, total, 'done');
  } finally {
    releaseHandles(state);
  }
  const t2 = now();
  return { report: reportOf(input, byRule), byRule, state, timings: { prepareMs: t1 - t0, checkMs: t2 - t1 } };
}

/**
 * Pack order, or for a run no re-check continues the indicator rules first: their dissolves are the run's largest
 * transient heap, and once dropped they are collected while the later rules run instead of lingering under them.
 * The report does not depend on the order (its lists are gathered per rule and joined in rule id order).
 */
function evaluationOrder(rules: readonly Rule[], once = false): readonly Rule[] {
  if (!once) return rules;
  return [...rules.filter((r) => r.relation.type === 'indicator'), ...rules.filter((r) => r.relation.type !== 'indicator')];
}

export function makeCheckpoint(options: RunOptions): () => Promise<void> {
  return async () => {
    if (options.yieldControl) await options.yieldControl();
    if (options.signal?.aborted) throw new RulesCancelledError();
  };
}

/** `once`: see RunOptions.once. */
export function ruleContext(input: RulesInput, state: RulesState, checkpoint: () => Promise<void>, once = false): RuleContext {
  let values: readonly IndicatorValue[] | undefined;
  return {
    qualityFindings: input.qualityFindings ?? [],
    indicatorValues: () => {
      if (values === undefined) {
        values = indicatorValuesFor(input, state);
        if (once) dropIndicatorCache(state);
      }
      return values;
    },
    indicatorName,
    checkpoint,
  };
}

/** One rule through the seam in this thread: the embedded executor's records, then the shared step. */
export async function conflictsOfRule(state: RulesState, rule: Rule, ctx: RuleContext, scope?: ReadonlySet<number>): Promise<Conflict[]> {
  return conflictsOfRecords(rule, await recordsOfRule(state, rule, ctx, scope), catalogOfState(state));
}

export function reportOf(input: RulesInput, byRule: ReadonlyMap<string, Conflict[]>, previous?: RulesRun): ConflictReport {
  // Each rule's list is already sorted: concatenating the rules in natural id order gives the report order.
  const ruleIds = [...new Set(input.pack.rules.map((r) => r.id))].sort((a, b) => (naturalRuleKey(a) < naturalRuleKey(b) ? -1 : 1));
  // A plain loop: flatMap over lists of thousands costs more than the rest of a re-check's bookkeeping.
  const conflicts: Conflict[] = [];
  for (const id of ruleIds) for (const c of byRule.get(id) ?? []) conflicts.push(c);
  // A rule whose list a re-check left untouched (the same array) keeps its summary rows.
  const summary = ruleIds.flatMap((id) => {
    const list = byRule.get(id) ?? [];
    const before = previous?.byRule.get(id) === list ? previous.report.summary.filter((s) => s.ruleId === id) : undefined;
    return before ?? summarizeConflicts(list);
  });
  return {
    reportVersion: '1',
    pack: { id: input.pack.id, version: input.pack.version },
    plans: input.plans.map((p) => ({ id: p.plan.id, title: p.plan.title, kind: p.plan.kind, version: p.plan.version })),
    conflicts,
    summary,
  };
}
