// Pure (geometry through the port). Takes the rules input (plans, pack, targets) and the rules state,
// returns the indicator values the pack's `indicator` rules compare (engine/indicators, measured on the
// geometry the rules engine already checked and repaired) and the Chinese name of each indicator.
import { computeIndicators } from '../indicators/computeIndicators.ts';
import { indicatorDefinition } from '../indicators/definitions.ts';
import type { IndicatorId, IndicatorValue } from '../indicators/types.ts';
import type { RulesState } from './rulesState.ts';
import type { RulesInput } from './types.ts';

export function indicatorValuesFor(input: RulesInput, state: RulesState): { values: IndicatorValue[]; nameOf: (id: string) => string } {
  const nameOf = (id: string): string => indicatorDefinition(id as IndicatorId).nameZh;
  if (!input.targets) return { values: [], nameOf };
  const ids = [...new Set(input.pack.rules.flatMap((r) => (r.relation.type === 'indicator' ? r.relation.indicators : [])))];
  const values = computeIndicators(input.plans, input.targets, state.port, {
    ids,
    geometryOf: (f) => {
      const slot = state.slotById.get(f.id);
      return slot === undefined ? f.geometry : state.features[slot]!.geometry;
    },
  });
  return { values, nameOf };
}
