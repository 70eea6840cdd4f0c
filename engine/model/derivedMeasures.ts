// Pure. derivedMeasures(layer, geometry, properties) → the feature's properties with the fields its layer's
// schema derives from the shape set to the shape's measure: MJ (GRS80 ellipsoidal area, m², 2 decimals) of a
// polygon, CD (geodesic length, m, 2 decimals) of a line; null when nothing changes. Input is not mutated.
import { roundM2 } from '../geometry/areaUnits.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { geodesicLengthM } from '../geometry/geodesicLengthM.ts';
import { fieldOf } from './fieldSchema.ts';
import { isLayerCode } from './layers.ts';
import type { Geometry, Properties } from './types.ts';

/** The derived fields and the measure each takes from the geometry (the schema's unit: m² and m, 2 decimals). */
const DERIVED: readonly {
  field: string;
  unit: string;
  applies: (g: Geometry) => boolean;
  measure: (g: Geometry) => number;
}[] = [
  {
    field: 'MJ',
    unit: 'm²',
    applies: (g) => g.type === 'Polygon' || g.type === 'MultiPolygon',
    measure: (g) => roundM2(ellipsoidalAreaM2(g)),
  },
  {
    field: 'CD',
    unit: 'm',
    applies: (g) => g.type === 'LineString' || g.type === 'MultiLineString',
    measure: (g) => roundM2(geodesicLengthM(g)),
  },
];

/** Decimals every derived measure keeps (a centimetre, a hundredth of a square metre). */
export const DERIVED_MEASURE_DECIMALS = 2;

/** Names of the fields derived from the geometry (shown read-only in the form). */
export const DERIVED_MEASURE_FIELDS: readonly string[] = DERIVED.map((d) => d.field);

/** The unit of a derived measure field ('m²' for MJ, 'm' for CD), or undefined for any other field. */
export function derivedMeasureUnit(field: string): string | undefined {
  return DERIVED.find((d) => d.field === field)?.unit;
}

export function derivedMeasures(layer: string, geometry: Geometry, properties: Properties): Properties | null {
  if (!isLayerCode(layer)) return null;
  let next: Properties | null = null;
  for (const d of DERIVED) {
    // Only a field the layer's schema defines (or the feature already carries) is written.
    if (!d.applies(geometry) || (fieldOf(layer, d.field) === undefined && !(d.field in properties))) continue;
    const value = d.measure(geometry);
    if (properties[d.field] === value) continue;
    next ??= { ...properties };
    next[d.field] = value;
  }
  return next;
}
