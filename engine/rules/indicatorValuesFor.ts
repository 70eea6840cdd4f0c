// Pure (geometry through the port). Takes the rules input (plans, pack, targets) and the rules state,
// returns the indicator values the pack's `indicator` rules compare (engine/indicators, measured on the
// geometry the rules engine already checked and repaired, patched by the features a re-check noted as
// changed; or the caller's own values of the same plans, `input.indicatorValues`); and the Chinese or English
// name of an indicator.
import { computeIndicators } from '../indicators/computeIndicators.ts';
import { indicatorDefinition } from '../indicators/definitions.ts';
import { createIndicatorCache, type IndicatorCache } from '../indicators/indicatorCache.ts';
import type { AreaMeasure, IndicatorId, IndicatorValue, SourceSelector } from '../indicators/types.ts';
import type { PlanFeature } from '../model/types.ts';
import type { RulesState } from './rulesState.ts';
import type { RulesInput } from './types.ts';

export function indicatorName(id: string, language: 'zh' | 'en' = 'zh'): string {
  const definition = indicatorDefinition(id as IndicatorId);
  return language === 'en' ? definition.nameEn : definition.nameZh;
}

const PENDING = 'indicatorChanges';
const CACHE = 'indicators';

interface PendingChanges {
  ids: Set<string>;
  features: Map<string, PlanFeature>;
}

/**
 * Records features a re-check added, edited or deleted (`features`: the current versions of those still
 * present) until indicators are next computed, which then patch only what those features touch.
 */
export function noteIndicatorChanges(state: RulesState, ids: Iterable<string>, features: readonly PlanFeature[]): void {
  let pending = state.cache.get(PENDING) as PendingChanges | undefined;
  if (!pending) state.cache.set(PENDING, (pending = { ids: new Set(), features: new Map() }));
  for (const id of ids) {
    pending.ids.add(id);
    pending.features.delete(id);
  }
  for (const f of features) pending.features.set(f.id, f);
}

export function indicatorValuesFor(input: RulesInput, state: RulesState): IndicatorValue[] {
  if (!input.targets) return [];
  const ids = [...new Set(input.pack.rules.flatMap((r) => (r.relation.type === 'indicator' ? r.relation.indicators : [])))];
  if (input.indicatorValues) return input.indicatorValues.filter((v) => ids.includes(v.indicator));
  // Kept in the run's state so a re-check patches the towns an edit touched instead of dissolving anew.
  let cache = state.cache.get(CACHE) as IndicatorCache | undefined;
  if (!cache) state.cache.set(CACHE, (cache = createIndicatorCache()));
  const pending = state.cache.get(PENDING) as PendingChanges | undefined;
  state.cache.delete(PENDING);
  const values = computeIndicators(input.plans, input.targets, state.port, {
    ids,
    cache,
    ...(pending ? { changes: { ids: [...pending.ids], features: [...pending.features.values()] } } : {}),
    geometryOf: (f) => {
      const slot = state.slotById.get(f.id);
      return slot === undefined ? f.geometry : state.features[slot]!.geometry;
    },
  });
  return values;
}

/** Forgets the dissolves kept for re-checks (at 300k parcels ≈ 210 MB of live heap in rebuilt geometries); the next computation starts afresh. */
export function dropIndicatorCache(state: RulesState): void {
  state.cache.delete(CACHE);
}

/** The source selectors an indicator's formula reads (to tell whether an edit can change it). */
export function indicatorSources(id: IndicatorId): SourceSelector[] {
  const f = indicatorDefinition(id).formula;
  const of = (m: AreaMeasure): SourceSelector[] => [...m.of, ...(m.within ?? [])];
  if (f.kind === 'area') return of(f.measure);
  if (f.kind === 'areaRatio') return [...of(f.numerator), ...of(f.denominator)];
  return of(f.numerator);
}
