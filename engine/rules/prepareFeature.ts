// Pure. Takes one plan feature and the geometry port, returns what the relations need: its footprint
// (a polygon is its own; a line's is its corridor, buffered by KD/2 m; a point is the point), the
// footprint's box, and the validity finding when the geometry was invalid (then repaired the way
// GEOS MakeValid does it, so measurement goes on with both lobes of a bow-tie; overlapping parts are unioned).
// A feature whose geometry lives in a GeometryStore (compactPlanDocument) keeps it there: `geometry` and a polygon's
// or point's `footprint` are then getters that rebuild it on each read, so the prepared features hold no coordinates.
import { bbox, type BBox } from '../geometry/bbox.ts';
import { isStoredFeature, storedGeometryType, storeIndexOfFeature, storeOfFeature } from '../geometry/compactPlanDocument.ts';
import { writeStoreWkb, type GeometryStore } from '../geometry/geometryStore.ts';
import { WkbWriter } from '../geometry/wkb.ts';
import type { GeomHandle, GeometryPort, Validity } from '../geometry/port.ts';
import { repairInvalid } from '../geometry/repairGeometry.ts';
import type { Geometry, LayerCode, PlanKind, PlanMeta, Properties } from '../model/types.ts';
import type { GeometryClass } from './types.ts';

/** Field holding a line's corridor width in metres (the corridor is the line buffered by half of it). */
export const CORRIDOR_WIDTH_FIELD = 'KD';

export interface PreparedFeature {
  slot: number;
  id: string;
  plan: PlanMeta;
  layer: LayerCode;
  kind: PlanKind;
  geometryClass: GeometryClass;
  properties: Properties;
  /** Source geometry, repaired when it was invalid. */
  geometry: Geometry;
  /** Polygonal for polygons and line corridors, puntal for points; null when nothing is left. */
  footprint: Geometry | null;
  box: BBox | null;
  invalid: Extract<Validity, { valid: false }> | null;
  /** The polygon already held in the port while preparing it (with `keepHandle`); createRulesState moves it
   *  into the run's handle cache and clears this field. */
  handle: GeomHandle | null;
}

export function geometryClassOf(g: Geometry): GeometryClass {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return 'polygon';
  if (g.type === 'LineString' || g.type === 'MultiLineString') return 'line';
  return 'point';
}

export function prepareFeature(
  port: GeometryPort,
  slot: number,
  plan: PlanMeta,
  feature: { id: string; layer: LayerCode; geometry: Geometry; properties: Properties },
  options: { keepHandle?: boolean } = {},
): PreparedFeature {
  const fromStore = preparedFromStore(port, slot, plan, feature, options);
  if (fromStore) return fromStore;
  // Read once: a stored feature's geometry is rebuilt on each read.
  let geometry = feature.geometry;
  const geometryClass = geometryClassOf(geometry);
  let invalid: PreparedFeature['invalid'] = null;
  // A polygon is its own footprint: hold it once here and keep the handle for the run's overlays.
  let handle: GeomHandle | null = null;
  if (geometryClass !== 'point') {
    const held = port.hold(geometry);
    const v = port.validity(held);
    if (!v.valid) {
      invalid = v;
      geometry = repairInvalid(port, geometry, held) ?? geometry;
      port.release(held);
    } else if (geometryClass === 'polygon' && options.keepHandle) {
      handle = held;
    } else {
      port.release(held);
    }
  }
  let footprint: Geometry | null = geometry;
  if (geometryClass === 'line') {
    const widthM = feature.properties[CORRIDOR_WIDTH_FIELD];
    footprint = typeof widthM === 'number' && widthM > 0 ? port.bufferM(geometry, widthM / 2) : null;
  }
  if (invalid === null && isStoredFeature(feature))
    return storedPrepared(feature, slot, plan, geometryClass, footprint, bbox(footprint ?? geometry), handle);
  return {
    handle,
    slot,
    id: feature.id,
    plan,
    layer: feature.layer,
    kind: plan.kind,
    geometryClass,
    properties: feature.properties,
    geometry,
    footprint,
    box: bbox(footprint ?? geometry),
    invalid,
  };
}

const SOURCE = Symbol('preparedSource');

interface StoredPrepared extends PreparedFeature {
  [SOURCE]: { geometry: Geometry };
}

/** One writer for every stored footprint's WKB: the port copies the bytes before the next is written. */
const storedWkb = new WkbWriter();

/**
 * A valid stored polygon or point prepared from its store slot: held from the slot's WKB and boxed by the store's box,
 * as prepareFeature would from the rebuilt geometry, without rebuilding it. Null for anything else (a line is
 * buffered, an invalid polygon repaired, from the geometry).
 */
function preparedFromStore(
  port: GeometryPort,
  slot: number,
  plan: PlanMeta,
  feature: { id: string; layer: LayerCode; geometry: Geometry; properties: Properties },
  options: { keepHandle?: boolean },
): PreparedFeature | null {
  const type = storedGeometryType(feature);
  if (type === undefined) return null;
  const geometryClass = geometryClassOf({ type } as Geometry);
  if (geometryClass === 'line') return null;
  const store = storeOfFeature(feature)!;
  const i = storeIndexOfFeature(feature);
  const box: BBox = [store.bboxes[4 * i]!, store.bboxes[4 * i + 1]!, store.bboxes[4 * i + 2]!, store.bboxes[4 * i + 3]!];
  if (box[0] === Infinity) return null;
  let handle: GeomHandle | null = null;
  if (geometryClass === 'polygon') {
    storedWkb.reset();
    writeStoreWkb(storedWkb, store, i);
    const held = port.hold(storedWkb.written());
    if (!port.validity(held).valid) {
      port.release(held);
      return null;
    }
    if (options.keepHandle) handle = held;
    else port.release(held);
  }
  return storedPrepared(feature, slot, plan, geometryClass, null, box, handle);
}

/**
 * What `port.hold` takes for f's footprint: a stored polygon's or point's WKB written straight from its store slot
 * (the bytes `writeWkb` gives for the rebuilt geometry, without rebuilding it: a view, valid until the next call),
 * else the footprint itself.
 */
export function footprintToHold(f: PreparedFeature): Geometry | Uint8Array {
  const source = (f as Partial<StoredPrepared>)[SOURCE];
  const store = source && f.geometryClass !== 'line' ? storeOfFeature(source) : undefined;
  if (!store) return f.footprint!;
  storedWkb.reset();
  return writeStoreWkb(storedWkb, store, storeIndexOfFeature(source!)) ? storedWkb.written() : f.footprint!;
}

/** Where a stored polygon's footprint lies in its store (its geometry, unrepaired), or null: read it there, not rebuilt. */
export function storedFootprintSlot(f: PreparedFeature): { store: GeometryStore; index: number } | null {
  const source = (f as Partial<StoredPrepared>)[SOURCE];
  const store = source && f.geometryClass === 'polygon' ? storeOfFeature(source) : undefined;
  return store ? { store, index: storeIndexOfFeature(source!) } : null;
}

/** Shared getters (one function for all, so the objects share their hidden class). */
function sourceGeometry(this: StoredPrepared): Geometry {
  return this[SOURCE].geometry;
}

/** The prepared form of an unrepaired stored feature: its geometry (and a polygon's or point's footprint) read through. */
function storedPrepared(
  feature: { id: string; layer: LayerCode; geometry: Geometry; properties: Properties },
  slot: number,
  plan: PlanMeta,
  geometryClass: GeometryClass,
  footprint: Geometry | null,
  box: BBox | null,
  handle: GeomHandle | null,
): PreparedFeature {
  const f = { handle, slot, id: feature.id, plan, layer: feature.layer, kind: plan.kind, geometryClass, properties: feature.properties };
  Object.defineProperty(f, 'geometry', { get: sourceGeometry, enumerable: true, configurable: true });
  if (geometryClass === 'line')
    Object.defineProperty(f, 'footprint', { value: footprint, enumerable: true, writable: true, configurable: true });
  else Object.defineProperty(f, 'footprint', { get: sourceGeometry, enumerable: true, configurable: true });
  Object.defineProperty(f, 'box', { value: box, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(f, 'invalid', { value: null, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(f, SOURCE, { value: feature });
  return f as PreparedFeature;
}
