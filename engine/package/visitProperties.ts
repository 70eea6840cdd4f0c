// Pure. visitProperties(feature, visit) → each of a package feature's attributes handed to `visit` as (key, value),
// what `feature.properties` holds, in its key order. A packaged feature (packageLayers) builds `properties` on each
// read; through its VISIT_PROPERTIES member the writers read the attributes without that object, which at 300k
// parcels was 400 MB of garbage per pass that V8 had allocated straight into the old generation.
import type { Properties } from '../model/types.ts';

export type PropertyVisitor = (key: string, value: unknown) => void;

/** A feature's own way to visit its attributes: the same key → value pairs as its `properties`, in the same order. */
export const VISIT_PROPERTIES = Symbol('visitProperties');

export interface Visitable {
  readonly properties: Properties;
  readonly [VISIT_PROPERTIES]?: (visit: PropertyVisitor) => void;
}

export function visitProperties(feature: Visitable, visit: PropertyVisitor): void {
  const own = feature[VISIT_PROPERTIES];
  if (own) {
    own.call(feature, visit);
    return;
  }
  const properties = feature.properties;
  for (const key of Object.keys(properties)) visit(key, properties[key]);
}
