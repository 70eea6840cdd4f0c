// Pure. Takes a withinDistance relation and the properties of the feature the zone is drawn around,
// returns the zone distance in metres: given directly, read from a numeric attribute, or looked up in a
// per-grade table; undefined when the feature has no usable value (then it takes no part in the rule).
import type { Properties } from '../../model/types.ts';
import type { Relation } from '../types.ts';

type WithinDistance = Extract<Relation, { type: 'withinDistance' }>;

export function zoneDistanceM(rel: WithinDistance, props: Properties): number | undefined {
  if (rel.distanceM !== undefined) return rel.distanceM;
  if (rel.distanceField !== undefined) {
    const v = props[rel.distanceField];
    return typeof v === 'number' && v > 0 ? v : undefined;
  }
  if (rel.distanceTable !== undefined) {
    const key = props[rel.distanceTable.field];
    return typeof key === 'string' ? rel.distanceTable.valuesM[key] : undefined;
  }
  return undefined;
}
