// Pure. What a rule reads, at the grain of "one layer of one plan" (a read unit): the plans' layers its subject,
// object and coverage selectors can pick (by layer and plan kind; `where` and geometry are left to the engine),
// an indicator's source layers, and always every plan's towns (XZQ: records look their town up through it). A
// quality rule that does not look for invalid geometry reads only the layers of the features the carried findings name.
// A worker given exactly these units' features produces the rule's records a run over all features gives.
import { indicatorSources } from './indicatorValuesFor.ts';
import type { LayerCode, PlanDocument, PlanKind } from '../model/types.ts';
import type { PlanQualityFindings, Rule, Selector } from './types.ts';

/** The town layer: every worker holds it (the record's town lookup point exists only where XZQ does). */
export const TOWN_LAYER: LayerCode = 'XZQ' as LayerCode;

/** A plan's kind and how many features each of its layers has (the cost estimate of preparing them). */
export interface PlanLayers {
  kind: PlanKind;
  counts: ReadonlyMap<LayerCode, number>;
  /** Layers of the features the plan's carried quality findings name. */
  findingLayers?: ReadonlySet<LayerCode>;
}

/** One layer of one plan (`plan` is the index in the input's plans). */
export interface ReadUnit {
  plan: number;
  layer: LayerCode;
}

export function unitKey(u: ReadUnit): string {
  return `${u.plan}/${u.layer}`;
}

export function planLayersOf(plans: readonly PlanDocument[], qualityFindings: readonly PlanQualityFindings[] = []): PlanLayers[] {
  // By id in any plan: the engine looks a finding's feature up by id alone (slotById).
  const ids = new Set<string>();
  for (const q of qualityFindings) for (const f of q.findings) if (f.featureId !== undefined) ids.add(String(f.featureId));
  return plans.map((doc) => {
    const counts = new Map<LayerCode, number>();
    const findingLayers = new Set<LayerCode>();
    for (const f of doc.features) {
      counts.set(f.layer, (counts.get(f.layer) ?? 0) + 1);
      if (ids.size > 0 && ids.has(String(f.id))) findingLayers.add(f.layer);
    }
    return { kind: doc.plan.kind, counts, findingLayers };
  });
}

function selectorReads(sel: Selector, plan: PlanLayers, layer: LayerCode): boolean {
  if (sel.kind !== undefined && sel.kind !== plan.kind) return false;
  if (sel.layer !== undefined && sel.layer !== layer) return false;
  if (sel.layers !== undefined && !sel.layers.includes(layer)) return false;
  if (sel.exceptLayers !== undefined && sel.exceptLayers.includes(layer)) return false;
  return true;
}

/** The units a rule reads, sorted by plan then layer (towns included). */
export function unitsReadBy(rule: Rule, plans: readonly PlanLayers[]): ReadUnit[] {
  const selectors: Selector[] = [...(rule.subject ?? []), ...(rule.object ?? rule.subject ?? [])];
  if (rule.relation.type === 'coverage') selectors.push(...rule.relation.within);
  const sourceLayers = new Set<LayerCode>();
  if (rule.relation.type === 'indicator')
    for (const id of rule.relation.indicators) for (const s of indicatorSources(id)) sourceLayers.add(s.layer);
  // Without invalid-geometry, a quality rule reports only features the carried findings name.
  const onlyNamed = rule.relation.type === 'quality' && !rule.relation.findings.includes('invalid-geometry');
  const out: ReadUnit[] = [];
  plans.forEach((plan, p) => {
    const layers = [...plan.counts.keys()].sort();
    for (const layer of layers) {
      if (layer === TOWN_LAYER || sourceLayers.has(layer)) out.push({ plan: p, layer });
      else if (onlyNamed && !plan.findingLayers?.has(layer)) continue;
      else if (selectors.some((s) => selectorReads(s, plan, layer))) out.push({ plan: p, layer });
    }
  });
  return out;
}

/**
 * The plans restricted to some units: the same plan documents with only those layers' features, in their input
 * order (unions and town lookups see the features in the order a full run does). Input is not mutated.
 */
export function plansOfUnits(plans: readonly PlanDocument[], units: readonly ReadUnit[]): PlanDocument[] {
  const wanted = plans.map(() => new Set<LayerCode>());
  for (const u of units) wanted[u.plan]?.add(u.layer);
  return plans.map((doc, p) => {
    const layers = wanted[p]!;
    return { ...doc, features: doc.features.filter((f) => layers.has(f.layer)) };
  });
}
