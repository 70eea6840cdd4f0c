// Pure (geometry through the port). Takes the conflicts of an earlier check (as stored, e.g. across a reload,
// when no run state is left), the ids of the features added, edited or deleted since, and the new input;
// returns the run a full `runRules` would give, evaluating only what the changes can reach: pair and feature
// rules are evaluated for the changed features only (their old conflicts dropped first); an area-wide rule
// (coverage, outside, indicator) is evaluated whole when a changed feature's layer is one it reads. The old
// shape of an edited feature is unknown here, so the match is by layer and plan kind only (an attribute edit
// can move a feature in or out of a rule's `where`); a deleted feature, a town (XZQ) edit or another pack
// runs everything. A property test checks the result equals a full run.
import { conflictIndexOf, conflictsOfFeatures, patchConflicts } from './conflictIndex.ts';
import type { GeometryPort } from '../geometry/port.ts';
import type { PlanKind } from '../model/types.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import { createRulesState, releaseHandles } from './rulesState.ts';
import { conflictsOfRule, makeCheckpoint, reportOf, ruleContext, runRules, type RulesRun, type RunOptions } from './runRules.ts';
import { sortConflicts } from './sortConflicts.ts';
import { indicatorSources } from './indicatorValuesFor.ts';
import type { Conflict, Rule, RulesInput, Selector } from './types.ts';

export interface PreviousCheck {
  pack: { id: string; version: string };
  conflicts: readonly Conflict[];
}

const AREA_WIDE: ReadonlySet<Rule['relation']['type']> = new Set(['coverage', 'outside', 'indicator']);

export async function resumeCheck(
  previous: PreviousCheck,
  changedFeatureIds: readonly string[],
  input: RulesInput,
  port: GeometryPort,
  options: RunOptions = {},
): Promise<RulesRun> {
  if (previous.pack.id !== input.pack.id || previous.pack.version !== input.pack.version) return runRules(input, port, options);
  const changed = new Set(changedFeatureIds);
  const now = options.now ?? (() => 0);
  const t0 = now();
  const state = createRulesState(port, input.plans);
  const touched: PreparedFeature[] = [];
  for (const id of [...changed].sort()) {
    const slot = state.slotById.get(id);
    // A deleted feature: its layer is unknown, so any area-wide rule may have changed.
    if (slot === undefined) {
      releaseHandles(state);
      return runRules(input, port, options);
    }
    touched.push(state.features[slot]!);
  }
  if (touched.some((f) => f.layer === 'XZQ')) {
    releaseHandles(state);
    return runRules(input, port, options);
  }
  const scope = new Set(touched.map((f) => f.slot));
  const oldByRule = new Map<string, Conflict[]>();
  for (const c of previous.conflicts) {
    let list = oldByRule.get(c.ruleId);
    if (!list) oldByRule.set(c.ruleId, (list = []));
    list.push(c);
  }
  const t1 = now();
  const checkpoint = makeCheckpoint(options);
  const byRule = new Map<string, Conflict[]>();
  try {
    const ctx = ruleContext(input, state, checkpoint);
    const total = input.pack.rules.length;
    let done = 0;
    for (const rule of input.pack.rules) {
      await checkpoint();
      options.onProgress?.(done++, total, rule.id);
      const old = sortConflicts(oldByRule.get(rule.id) ?? []);
      // A rule that reads none of the changed features' layers, in any version of them, cannot have changed.
      if (!touched.some((f) => readsLayerOf(rule, f))) byRule.set(rule.id, old);
      else if (AREA_WIDE.has(rule.relation.type)) byRule.set(rule.id, await conflictsOfRule(state, rule, ctx));
      else {
        const index = conflictIndexOf(state, rule.id, old);
        const fresh = await conflictsOfRule(state, rule, ctx, scope);
        byRule.set(rule.id, patchConflicts(index, old, conflictsOfFeatures(index, changed), fresh));
      }
    }
    options.onProgress?.(total, total, 'done');
  } finally {
    releaseHandles(state);
  }
  const t2 = now();
  return { report: reportOf(input, byRule), byRule, state, timings: { prepareMs: t1 - t0, checkMs: t2 - t1 } };
}

/** Whether any selector of the rule could pick the feature in some version of its attributes and shape. */
function readsLayerOf(rule: Rule, f: { layer: PreparedFeature['layer']; kind: PlanKind }): boolean {
  const rel = rule.relation;
  const selectors: Selector[] = [...(rule.subject ?? []), ...(rule.object ?? []), ...(rel.type === 'coverage' ? rel.within : [])];
  // An indicator reads the layers of its sources (towns, XZQ, never get here: a town edit runs everything).
  if (rel.type === 'indicator') return rel.indicators.some((id) => indicatorSources(id).some((src) => src.layer === f.layer));
  return selectors.some((s) => loosely(s, f));
}

function loosely(sel: Selector, f: { layer: PreparedFeature['layer']; kind: PlanKind }): boolean {
  if (sel.layer !== undefined && f.layer !== sel.layer) return false;
  if (sel.layers !== undefined && !sel.layers.includes(f.layer)) return false;
  if (sel.exceptLayers !== undefined && sel.exceptLayers.includes(f.layer)) return false;
  if (sel.kind !== undefined && f.kind !== sel.kind) return false;
  return true;
}
