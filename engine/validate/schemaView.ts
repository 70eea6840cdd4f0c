// Pure. schemaView(document, features, fatalFeatures) → what the generated plan validator is run on: the document
// with each hand-checked feature's coordinates replaced by a minimal valid set of the same geometry type.
// checkGeometry passing implies the schema's geometry rules pass (tests/engine/validate/schemaView.test.ts
// compares ajv's errors on both), so ajv walks no vertex twice; features with a fatal finding keep their own.
import { storedGeometryType } from '../geometry/compactPlanDocument.ts';

type Json = Record<string, unknown>;

const POSITION = [0, 0];
const RING = [POSITION, [1, 0], [0, 1], POSITION];
const LINE = [POSITION, [1, 0]];
/** The smallest coordinates the schema accepts for each type (minItems of every level). */
const MINIMAL_COORDINATES: Readonly<Record<string, unknown>> = {
  Point: POSITION,
  MultiPoint: [POSITION],
  LineString: LINE,
  MultiLineString: [LINE],
  Polygon: [RING],
  MultiPolygon: [[RING]],
};

export function schemaView(document: Json, features: readonly unknown[], fatalFeatures: ReadonlySet<number>): Json {
  const view: unknown[] = new Array(features.length);
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as Json;
    if (fatalFeatures.has(i)) {
      view[i] = f;
      continue;
    }
    // Not fatal: checkGeometry accepted an object whose `type` is one of the layer's geometry types. A stored geometry is
    // exactly `{type, coordinates}`: its type is read from the store instead of rebuilding the coordinates.
    const storedType = storedGeometryType(f);
    if (storedType !== undefined) {
      // Member by member: a spread would call the geometry getter. Same members in the same order as the spread below.
      const copy: Json = {};
      for (const key of Object.keys(f))
        copy[key] = key === 'geometry' ? { type: storedType, coordinates: MINIMAL_COORDINATES[storedType] } : f[key];
      view[i] = copy;
      continue;
    }
    const geometry = f.geometry as Json;
    view[i] = { ...f, geometry: { ...geometry, coordinates: MINIMAL_COORDINATES[geometry.type as string] } };
  }
  return { ...document, features: view };
}
