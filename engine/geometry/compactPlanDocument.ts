// Pure. compactPlanDocument(doc) → the same plan whose features keep their coordinates in one GeometryStore (typed
// arrays, ≈ 16 bytes a vertex instead of ≈ 70 as parsed GeoJSON): each feature's `geometry` is an enumerable getter that
// builds the GeoJSON again on every read, so JSON.stringify, spread and v8.serialize still see it. Input is not mutated.
import type { Geometry, PlanDocument, PlanFeature, Position } from '../model/types.ts';
import { createGeometryStoreBuilder, storeGeometry, storePositionCount, type GeometryStore } from './geometryStore.ts';
import { positionCount } from './positionCount.ts';

const STORE = Symbol('geometryStore');
const INDEX = Symbol('geometryStoreIndex');

interface StoredFeature extends PlanFeature {
  [STORE]: GeometryStore;
  [INDEX]: number;
}

/** One getter for every stored feature (a shared function keeps the features' hidden classes shared). */
function storedGeometry(this: StoredFeature): Geometry {
  return storeGeometry(this[STORE], this[INDEX])!;
}

const TYPE_NAMES: readonly (Geometry['type'] | undefined)[] = [
  undefined,
  'Point',
  'LineString',
  'Polygon',
  'MultiPoint',
  'MultiLineString',
  'MultiPolygon',
];

/** The stored geometry's type without rebuilding it (undefined for a feature not in a store). */
export function storedGeometryType(feature: object): Geometry['type'] | undefined {
  const f = feature as Partial<StoredFeature>;
  return f[STORE] === undefined ? undefined : TYPE_NAMES[f[STORE].types[f[INDEX]!]!];
}

/** The store `feature.geometry` is read through (undefined when the feature holds its own geometry). */
export function storeOfFeature(feature: object): GeometryStore | undefined {
  return (feature as Partial<StoredFeature>)[STORE];
}

/** The feature's index in `storeOfFeature(feature)`. */
export function storeIndexOfFeature(feature: object): number {
  return (feature as StoredFeature)[INDEX];
}

/** How many positions the feature's geometry holds, counted in its store without rebuilding it when it has one. */
export function featurePositionCount(feature: { geometry: Geometry }): number {
  const f = feature as Partial<StoredFeature>;
  return f[STORE] === undefined ? positionCount(feature.geometry) : storePositionCount(f[STORE], f[INDEX]!);
}

/** True when `feature.geometry` is rebuilt from a store on each read (a fresh object each time). */
export function isStoredFeature(feature: object): boolean {
  return (feature as Partial<StoredFeature>)[STORE] !== undefined;
}

function is2d(p: Position): boolean {
  return p.length === 2;
}

/**
 * The store gives back exactly `{ type, coordinates }` with 2-D positions, so only such geometries are stored;
 * one with a Z, a `bbox` or another key order stays as parsed (the report must not change by a byte).
 */
function storable(g: Geometry | null | undefined): g is Geometry {
  if (typeof g !== 'object' || g === null) return false;
  const keys = Object.keys(g);
  if (keys.length !== 2 || keys[0] !== 'type' || keys[1] !== 'coordinates') return false;
  switch (g.type) {
    case 'Point':
      return is2d(g.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.every(is2d);
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.every((path) => path.every(is2d));
    case 'MultiPolygon':
      return g.coordinates.every((polygon) => polygon.every((path) => path.every(is2d)));
    default:
      return false;
  }
}

export function compactPlanDocument(doc: PlanDocument): PlanDocument {
  const builder = createGeometryStoreBuilder(doc.features.length);
  const indexes: number[] = new Array(doc.features.length);
  for (let i = 0; i < doc.features.length; i++) {
    const f = doc.features[i]!;
    // A feature already in a store (validatePlanStream's) stays as it is.
    indexes[i] = !isStoredFeature(f) && storable(f.geometry) ? builder.add(f.geometry) : -1;
  }
  const store = builder.finish();
  const features = doc.features.map((f, i) => {
    const index = indexes[i]!;
    if (index < 0) return f;
    // Members in the source's order, `geometry` in its place (the order JSON.stringify follows).
    const copy = {} as StoredFeature;
    for (const key of Object.keys(f)) {
      if (key === 'geometry') Object.defineProperty(copy, 'geometry', { get: storedGeometry, enumerable: true, configurable: true });
      else (copy as unknown as Record<string, unknown>)[key] = (f as unknown as Record<string, unknown>)[key];
    }
    Object.defineProperty(copy, STORE, { value: store });
    Object.defineProperty(copy, INDEX, { value: index });
    return copy as PlanFeature;
  });
  return { ...doc, features };
}

/**
 * For a reader that stores geometries while it parses (validatePlanStream): `feature` copied with its `geometry` as
 * the store's getter for store index `index`; `bindStoredFeature` gives it the store once the builder has finished.
 */
export function storedFeatureShell(feature: Readonly<Record<string, unknown>>, index: number): PlanFeature {
  const copy = {} as StoredFeature;
  for (const key of Object.keys(feature)) {
    if (key === 'geometry') Object.defineProperty(copy, 'geometry', { get: storedGeometry, enumerable: true, configurable: true });
    else (copy as unknown as Record<string, unknown>)[key] = feature[key];
  }
  Object.defineProperty(copy, INDEX, { value: index });
  return copy as PlanFeature;
}

export function bindStoredFeature(feature: PlanFeature, store: GeometryStore): void {
  Object.defineProperty(feature, STORE, { value: store });
}

/**
 * Lets `storeOfFeature(target)` find the store slot of `source` (nothing when `source` holds its own geometry), for
 * an object whose `geometry` getter reads `source.geometry`. Plain symbol-keyed members: no key, JSON or spread sees
 * them, and the object keeps its shape.
 */
export function shareStoreSlot(target: object, source: object): void {
  const stored = source as Partial<StoredFeature>;
  if (stored[STORE] === undefined) return;
  (target as StoredFeature)[STORE] = stored[STORE];
  (target as StoredFeature)[INDEX] = stored[INDEX]!;
}

/**
 * Gives `target` the `geometry` of `source` as a read-through of the same store slot when `source` is stored (a
 * merged or packaged copy of a feature then holds no coordinates of its own; each read rebuilds them), else as the
 * value itself. Defined at the point of the call, so the key order the caller builds is kept.
 */
export function assignGeometryOf(target: object, source: { readonly geometry: Geometry }): void {
  const stored = source as Partial<StoredFeature>;
  if (stored[STORE] === undefined) {
    (target as { geometry?: Geometry }).geometry = source.geometry;
    return;
  }
  Object.defineProperty(target, 'geometry', { get: storedGeometry, enumerable: true, configurable: true });
  Object.defineProperty(target, STORE, { value: stored[STORE] });
  Object.defineProperty(target, INDEX, { value: stored[INDEX] });
}
