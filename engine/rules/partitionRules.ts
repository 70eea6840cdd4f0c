// Pure. Splits a rule pack over at most `workers` workers so each prepares only the layers its rules read
// (rulesReads.ts) and the estimated work is balanced: a rule costs its relation's weight × the features it
// reads, a worker pays once for preparing each unit it holds (its feature count). Rules go, costliest first,
// to the worker whose load grows least, so a layer is prepared twice only when that balances the wall time.
// Deterministic: the same pack and plans give the same partition. Workers that get no rule are left out.
import { TOWN_LAYER, unitKey, unitsReadBy, type PlanLayers, type ReadUnit } from './rulesReads.ts';
import type { Rule } from './types.ts';

/** Relation kinds by typical cost per feature read, relative to preparing a feature (coverage and zones dissolve). */
const WEIGHT: Readonly<Record<string, number>> = { coverage: 5, outside: 4, withinDistance: 3, crosses: 2, overlaps: 2, useMismatch: 2 };

export interface RulePart {
  /** The part's rules, costliest first (the order a worker evaluates them in). */
  ruleIds: string[];
  /** The units its worker prepares, sorted by plan then layer. */
  units: ReadUnit[];
  /** Features its worker prepares (the memory share). */
  features: number;
  /** Estimated work: preparation plus evaluation, in feature-preparation units. */
  cost: number;
}

export function partitionRules(rules: readonly Rule[], plans: readonly PlanLayers[], workers: number): RulePart[] {
  const size = new Map<string, number>();
  const unitOf = new Map<string, ReadUnit>();
  plans.forEach((plan, p) => {
    for (const [layer, n] of plan.counts) {
      const u = { plan: p, layer };
      size.set(unitKey(u), n);
      unitOf.set(unitKey(u), u);
    }
  });
  // Preparation is about as costly as evaluation in a full run (README, 2026-12-05: 45.6 s of 90.9 s), so the
  // kind weights are scaled to make their sum over the pack equal the preparation of everything read.
  const single = rules.map((rule, i) => {
    const keys = unitsReadBy(rule, plans)
      .filter((u) => u.layer !== TOWN_LAYER)
      .map(unitKey);
    const read = keys.reduce((n, k) => n + size.get(k)!, 0);
    return { ids: [rule.id], i, keys, raw: (WEIGHT[rule.relation.type] ?? 1) * read + 1 };
  });
  // The indicator rules share one computation of the indicators (dissolves per town, the longest single job at city
  // scale), which each part holding one of them would repeat: they go to one part together.
  const indicator = single.filter((_, i) => rules[i]!.relation.type === 'indicator');
  const items = single.filter((_, i) => rules[i]!.relation.type !== 'indicator');
  if (indicator.length > 0)
    items.push({
      ids: indicator.flatMap((it) => it.ids),
      i: indicator[0]!.i,
      keys: [...new Set(indicator.flatMap((it) => it.keys))],
      raw: indicator.reduce((n, it) => n + it.raw, 0),
    });
  const allRead = new Set(items.flatMap((it) => it.keys));
  const prepareAll = [...allRead].reduce((n, k) => n + size.get(k)!, 0);
  const rawSum = items.reduce((n, it) => n + it.raw, 0);
  const scale = rawSum > 0 && prepareAll > 0 ? prepareAll / rawSum : 1;
  items.sort((a, b) => b.raw - a.raw || a.i - b.i);

  // Every worker prepares the towns.
  const towns = [...unitOf.values()].filter((u) => u.layer === TOWN_LAYER).map(unitKey);
  const townCost = towns.reduce((n, k) => n + size.get(k)!, 0);
  const count = Math.max(1, Math.min(Math.floor(workers), items.length));
  const parts = Array.from({ length: count }, () => ({ ruleIds: [] as string[], held: new Set<string>(towns), cost: townCost }));
  for (const it of items) {
    const evalCost = it.raw * scale;
    let best = 0;
    let bestLoad = Infinity;
    parts.forEach((part, w) => {
      const load = part.cost + evalCost + it.keys.reduce((n, k) => n + (part.held.has(k) ? 0 : size.get(k)!), 0);
      if (load < bestLoad) {
        bestLoad = load;
        best = w;
      }
    });
    const part = parts[best]!;
    part.ruleIds.push(...it.ids);
    for (const k of it.keys) part.held.add(k);
    part.cost = bestLoad;
  }
  return parts
    .filter((p) => p.ruleIds.length > 0)
    .map((p) => {
      const units = [...p.held]
        .map((k) => unitOf.get(k)!)
        .sort((a, b) => a.plan - b.plan || (a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0));
      return { ruleIds: p.ruleIds, units, features: units.reduce((n, u) => n + size.get(unitKey(u))!, 0), cost: p.cost };
    });
}
