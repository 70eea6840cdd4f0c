// Pure (geometry through the port). Takes a previous run, the ids of features added, edited or deleted
// since, and the new input; re-evaluates only the pairs and features involving them and patches the
// conflict set. The result equals a full `runRules` on the new input (a property test checks it). Takes
// over the previous run's state. Falls back to a full run when the pack changed or a town (XZQ) changed,
// since every conflict's town and the territory union depend on it.
import { bbox, type BBox } from '../geometry/bbox.ts';
import { conflictIndexOf, conflictsOfFeatures, patchConflicts } from './conflictIndex.ts';
import type { GeometryPort } from '../geometry/port.ts';
import type { FeatureId, PlanFeature, PlanMeta } from '../model/types.ts';
import { matchAnySource } from '../indicators/matchSource.ts';
import { indicatorSources, noteIndicatorChanges } from './indicatorValuesFor.ts';
import { LayerIndex } from './layerIndex.ts';
import { matchAnySelector } from './matchSelector.ts';
import { prepareFeature, type PreparedFeature } from './prepareFeature.ts';
import { countEdges, type EdgeCounts } from './relations/coverageEdges.ts';
import { invalidateGapTiles } from './relations/coverageGaps.ts';
import { forgetUnion, unionKey } from './relations/evaluateOutside.ts';
import { conflictsOfRule, makeCheckpoint, reportOf, ruleContext, runRules, type RulesRun, type RunOptions } from './runRules.ts';
import { releaseHandles, type RulesState } from './rulesState.ts';
import { patchSelections } from './selectFeatures.ts';
import type { Conflict, Rule, RulesInput } from './types.ts';

export async function recheckFeatures(
  previous: RulesRun,
  changedFeatureIds: readonly string[],
  input: RulesInput,
  port: GeometryPort,
  options: RunOptions = {},
): Promise<RulesRun> {
  const state = previous.state;
  if (state.port !== port || previous.report.pack.id !== input.pack.id || previous.report.pack.version !== input.pack.version) {
    return runRules(input, port, options);
  }
  const now = options.now ?? (() => 0);
  const t0 = now();
  const changed = new Set(changedFeatureIds);
  const found = findChanged(state, input, changed);

  const before: PreparedFeature[] = [];
  const after: PreparedFeature[] = [];
  for (const id of [...changed].sort()) {
    const old = state.slotById.get(id);
    if (old !== undefined) before.push(state.features[old]!);
    const now = found.get(id);
    if (now) after.push(prepareFeature(port, state.features.length + after.length, now.plan, now.feature));
  }
  if ([...before, ...after].some((f) => f.layer === 'XZQ')) return runRules(input, port, options);

  for (const f of before) state.alive[f.slot] = false;
  for (const f of before) state.slotById.delete(f.id);
  for (const f of after) {
    const at = found.get(f.id)!;
    state.planAt[f.slot] = at.planIndex;
    state.indexAt[f.slot] = at.index;
    state.features.push(f);
    (state.alive as boolean[])[f.slot] = true;
    state.slotById.set(f.id, f.slot);
    if (f.box) {
      let index = state.indexes.get(f.layer);
      if (!index) state.indexes.set(f.layer, (index = new LayerIndex([])));
      index.add(f.slot, f.box);
    }
  }
  state.plans = input.plans.map((p) => p.plan);
  patchSelections(state, before, after);
  // Kept until indicators are next computed (a pack without indicator rules never computes them).
  if (input.pack.rules.some((r) => r.relation.type === 'indicator'))
    noteIndicatorChanges(
      state,
      changed,
      [...found.values()].map((v) => v.feature),
    );
  const scope = new Set(after.map((f) => f.slot));
  const touched = [...before, ...after];
  const boxes = touched.map((f) => f.box ?? bbox(f.geometry)).filter((b): b is BBox => b !== null);
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
      const old = previous.byRule.get(rule.id) ?? [];
      byRule.set(rule.id, await patchRule(state, rule, old, changed, before, after, boxes, scope, ctx));
    }
    options.onProgress?.(total, total, 'done');
  } finally {
    releaseHandles(state);
  }
  const t2 = now();
  return { report: reportOf(input, byRule, previous), byRule, state, timings: { prepareMs: t1 - t0, checkMs: t2 - t1 } };
}

type Found = Map<string, { plan: PlanMeta; feature: PlanFeature; planIndex: number; index: number }>;

/**
 * The changed features present in the new input. Each is first looked for where its previous version
 * stood (a move or an edit keeps the position); only when one is not there (added, deleted, or the
 * features shifted) are all features scanned, and then every position is noted afresh.
 */
function findChanged(state: RulesState, input: RulesInput, changed: ReadonlySet<string>): Found {
  const found: Found = new Map();
  for (const id of changed) {
    const slot = state.slotById.get(id);
    const planIndex = slot === undefined ? -1 : state.planAt[slot]!;
    const index = slot === undefined ? -1 : state.indexAt[slot]!;
    const doc = input.plans[planIndex];
    const feature = doc?.features[index];
    if (!doc || feature?.id !== id) {
      found.clear();
      break;
    }
    found.set(id, { plan: doc.plan, feature, planIndex, index });
  }
  if (found.size === changed.size) return found;
  input.plans.forEach((doc, planIndex) => {
    doc.features.forEach((feature, index) => {
      if (changed.has(feature.id)) {
        found.set(feature.id, { plan: doc.plan, feature, planIndex, index });
        return;
      }
      const slot = state.slotById.get(feature.id);
      if (slot === undefined) return;
      state.planAt[slot] = planIndex;
      state.indexAt[slot] = index;
    });
  });
  return found;
}

function picks(state: RulesState, selectors: Rule['subject'], f: PreparedFeature): boolean {
  return selectors !== undefined && matchAnySelector(f, selectors, state.groupOf);
}

/** The rule's gap conflicts: their keys share the prefix `<rule>:gap:`, so in the sorted list they are one run. */
function gapsOf(sorted: readonly Conflict[], ruleId: string): Conflict[] {
  const prefix = `${ruleId}:gap:`;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.key < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: Conflict[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.key.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

async function patchRule(
  state: RulesState,
  rule: Rule,
  old: Conflict[],
  changed: ReadonlySet<string>,
  before: readonly PreparedFeature[],
  after: readonly PreparedFeature[],
  boxes: readonly BBox[],
  scope: ReadonlySet<number>,
  ctx: Parameters<typeof conflictsOfRule>[2],
): Promise<Conflict[]> {
  const rel = rule.relation;
  const touched = [...before, ...after];
  const inSubjects = touched.some((f) => picks(state, rule.subject, f));
  const inObjects = touched.some((f) => picks(state, rule.object ?? rule.subject, f));
  switch (rel.type) {
    case 'indicator': {
      // Dissolves are costly: recompute only when an edited feature feeds one of the rule's indicators
      // (the town layer never reaches here: a town edit runs everything).
      const sources = rel.indicators.flatMap((id) => indicatorSources(id));
      const affected = touched.some((f) =>
        matchAnySource({ type: 'Feature', id: f.id as FeatureId, layer: f.layer, geometry: f.geometry, properties: f.properties }, sources),
      );
      return affected ? conflictsOfRule(state, rule, ctx) : old;
    }
    case 'outside':
      if (inObjects) {
        forgetUnion(state, unionKey(rule.object));
        return conflictsOfRule(state, rule, ctx);
      }
      break;
    case 'coverage': {
      const inWithin = touched.some((f) => picks(state, rel.within, f));
      if (!inSubjects && !inWithin) return old;
      if (inWithin) {
        forgetUnion(state, unionKey(rel.within));
        for (const k of [...state.cache.keys()]) {
          if (
            k.startsWith(`gaps:${rule.id}:`) ||
            k === `cleanTiles:${rule.id}` ||
            k.startsWith('territoryTiles:') ||
            k === `gapEdges:${rule.id}`
          ) {
            state.cache.delete(k);
          }
        }
      } else {
        for (const b of boxes) invalidateGapTiles(state, rule.id, b);
        const counts = state.cache.get(`gapEdges:${rule.id}`) as EdgeCounts | undefined;
        if (counts) {
          for (const f of before) if (f.footprint && picks(state, rule.subject, f)) countEdges(counts, f.footprint, -1);
          for (const f of after) if (f.footprint && picks(state, rule.subject, f)) countEdges(counts, f.footprint, 1);
        }
      }
      // Overlaps are patched by scope; gaps come back whole from the (partly recomputed) tiles.
      const fresh = await conflictsOfRule(state, rule, ctx, scope);
      const index = conflictIndexOf(state, rule.id, old);
      const drop = conflictsOfFeatures(index, changed);
      for (const c of gapsOf(old, rule.id)) drop.add(c);
      return patchConflicts(index, old, drop, fresh);
    }
    default:
      break;
  }
  if (!inSubjects && !inObjects && rel.type !== 'quality') return old;
  const index = conflictIndexOf(state, rule.id, old);
  const drop = conflictsOfFeatures(index, changed);
  const fresh = await conflictsOfRule(state, rule, ctx, scope);
  // Unchanged: hand back the same list, so the report reuses its summary rows.
  if (fresh.length === 0 && drop.size === 0) return old;
  return patchConflicts(index, old, drop, fresh);
}
