// Pure. A compact column store of many features' geometries in typed arrays (≈ 16 bytes per vertex plus a
// few per ring: 300k parcels cost tens of MB, not the ≈ 1.5 GB of parsed GeoJSON). Build it with a builder,
// `buildGeometryStore` or `streamGeometryStore`; read it with `storeGeometry`, `writeStoreWkb`, `storeAreaM2`.
import type { Geometry, Position } from '../model/types.ts';
import type { PlanDocument } from '../model/types.ts';
import { equalAreaRingAreaM2 } from './equalAreaRingAreaM2.ts';
import {
  WKB_LINESTRING,
  WKB_MULTILINESTRING,
  WKB_MULTIPOINT,
  WKB_MULTIPOLYGON,
  WKB_POINT,
  WKB_POLYGON,
  type CoordinateAt,
  type WkbWriter,
} from './wkb.ts';

/** Geometry type per feature, using the WKB codes (0 = no geometry). */
export type StoreGeometryType = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Layout (three levels, like GeoArrow): feature → parts → rings → vertices.
 * - Point: 1 part, 1 ring, 1 vertex. MultiPoint: n parts of 1 ring of 1 vertex.
 * - LineString: 1 part, 1 ring (the line). MultiLineString: n parts of 1 ring.
 * - Polygon: 1 part, its rings (exterior first). MultiPolygon: n parts.
 * Coordinates are 2-D (Z dropped): vertex v is (coords[2v], coords[2v+1]) in lon/lat.
 * Feature i's parts are [featureParts[i], featureParts[i+1]); part p's rings are [partRings[p],
 * partRings[p+1]); ring r's vertices are [ringVertices[r], ringVertices[r+1]).
 * bboxes[4i..4i+3] = minLon, minLat, maxLon, maxLat; a feature without geometry has an inverted box
 * (+∞, +∞, −∞, −∞) that no search matches.
 * All arrays are plain (transferable to a worker as their buffers).
 *
 * For the rules engine: index i of the store is the feature's index in its source (file order). Hold each
 * feature in the GeometryPort from `writeStoreWkb` bytes once per run (`port.hold(bytes)`), use
 * `bboxes` + `indexStore` (spatialIndex.ts) for candidate pairs, and `storeAreaM2` for per-feature areas.
 */
export interface GeometryStore {
  readonly count: number;
  readonly types: Uint8Array;
  readonly featureParts: Uint32Array;
  readonly partRings: Uint32Array;
  readonly ringVertices: Uint32Array;
  readonly coords: Float64Array;
  readonly bboxes: Float64Array;
}

export interface GeometryStoreBuilder {
  /** Appends one geometry (null for a feature without geometry); returns its index. */
  add(geometry: Geometry | null): number;
  /** Appends a value of unknown shape: a readable GeoJSON geometry is stored, anything else becomes a
   *  feature without geometry. Returns the index and whether the geometry was readable. */
  addUnknown(value: unknown): { index: number; readable: boolean };
  /**
   * Incremental form of `add`, for readers that produce vertices one by one (readGeometryBytes): call
   * `begin(type)`, then `vertex`, `endRing`, `endPart` in the store's layout, then `end()` (returns the
   * index) or `abort()` (drops everything since `begin`, e.g. on a syntax the reader does not handle).
   */
  begin(type: StoreGeometryType): void;
  vertex(x: number, y: number): void;
  endRing(): void;
  endPart(): void;
  end(): number;
  abort(): void;
  /** Number of features added so far. */
  readonly count: number;
  /** Trims the arrays to size and returns the store; the builder must not be used afterwards. */
  finish(): GeometryStore;
}

class Growable<T extends Float64Array | Uint32Array | Uint8Array> {
  length = 0;
  constructor(
    public array: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.array.length) this.grow(this.length + 1);
    this.array[this.length++] = value;
  }
  grow(minimum: number): void {
    let size = Math.max(16, this.array.length * 2);
    while (size < minimum) size *= 2;
    const next = this.make(size);
    next.set(this.array.subarray(0, this.length));
    this.array = next;
  }
  trimmed(): T {
    return this.array.slice(0, this.length) as T;
  }
}

const TYPE_CODES: Record<Geometry['type'], StoreGeometryType> = {
  Point: WKB_POINT as 1,
  LineString: WKB_LINESTRING as 2,
  Polygon: WKB_POLYGON as 3,
  MultiPoint: WKB_MULTIPOINT as 4,
  MultiLineString: WKB_MULTILINESTRING as 5,
  MultiPolygon: WKB_MULTIPOLYGON as 6,
};

function isPosition(value: unknown, planar: boolean): value is Position {
  return (
    Array.isArray(value) &&
    (planar ? value.length === 2 : value.length >= 2) &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

function isPath(value: unknown, planar: boolean): value is Position[] {
  return Array.isArray(value) && value.every((p) => isPosition(p, planar));
}

function isPathList(value: unknown, planar: boolean): value is Position[][] {
  return Array.isArray(value) && value.every((p) => isPath(p, planar));
}

/** True when `value` has the shape of one of the model's GeoJSON geometries (finite 2-D+ positions; with `planar`,
 * exactly 2-D, the positions the store gives back as they came). */
export function isReadableGeometry(value: unknown, planar = false): value is Geometry {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return isPosition(coordinates, planar);
    case 'MultiPoint':
    case 'LineString':
      return isPath(coordinates, planar);
    case 'MultiLineString':
    case 'Polygon':
      return isPathList(coordinates, planar);
    case 'MultiPolygon':
      return Array.isArray(coordinates) && coordinates.every((p) => isPathList(p, planar));
    default:
      return false;
  }
}

export function createGeometryStoreBuilder(expectedFeatures = 1024): GeometryStoreBuilder {
  const types = new Growable(new Uint8Array(expectedFeatures), (n) => new Uint8Array(n));
  const featureParts = new Growable(new Uint32Array(expectedFeatures + 1), (n) => new Uint32Array(n));
  const partRings = new Growable(new Uint32Array(expectedFeatures + 1), (n) => new Uint32Array(n));
  const ringVertices = new Growable(new Uint32Array(expectedFeatures * 2 + 1), (n) => new Uint32Array(n));
  const coords = new Growable(new Float64Array(expectedFeatures * 20), (n) => new Float64Array(n));
  const bboxes = new Growable(new Float64Array(expectedFeatures * 4), (n) => new Float64Array(n));
  featureParts.push(0);
  partRings.push(0);
  ringVertices.push(0);
  let count = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;

  function ring(path: readonly Position[]): void {
    if (coords.length + 2 * path.length > coords.array.length) coords.grow(coords.length + 2 * path.length);
    const array = coords.array;
    let at = coords.length;
    for (const p of path) {
      const x = p[0];
      const y = p[1];
      array[at++] = x;
      array[at++] = y;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    coords.length = at;
    ringVertices.push(at / 2);
  }

  function part(rings: readonly (readonly Position[])[]): void {
    for (const r of rings) ring(r);
    partRings.push(ringVertices.length - 1);
  }

  function startFeatureBox(): void {
    minX = Infinity;
    minY = Infinity;
    maxX = -Infinity;
    maxY = -Infinity;
  }

  /** Closes the feature being added: its part range and bounding box; returns its index. */
  function endFeature(): number {
    featureParts.push(partRings.length - 1);
    bboxes.push(minX);
    bboxes.push(minY);
    bboxes.push(maxX);
    bboxes.push(maxY);
    return count++;
  }

  function add(geometry: Geometry | null): number {
    startFeatureBox();
    if (geometry === null) {
      types.push(0);
    } else {
      types.push(TYPE_CODES[geometry.type]);
      switch (geometry.type) {
        case 'Point':
          part([[geometry.coordinates]]);
          break;
        case 'MultiPoint':
          for (const p of geometry.coordinates) part([[p]]);
          break;
        case 'LineString':
          part([geometry.coordinates]);
          break;
        case 'MultiLineString':
          for (const line of geometry.coordinates) part([line]);
          break;
        case 'Polygon':
          part(geometry.coordinates);
          break;
        case 'MultiPolygon':
          for (const polygon of geometry.coordinates) part(polygon);
          break;
      }
    }
    return endFeature();
  }

  let savedCoords = 0;
  let savedRings = 0;
  let savedParts = 0;

  return {
    add,
    begin(type) {
      savedCoords = coords.length;
      savedRings = ringVertices.length;
      savedParts = partRings.length;
      types.push(type);
      startFeatureBox();
    },
    vertex(x, y) {
      if (coords.length + 2 > coords.array.length) coords.grow(coords.length + 2);
      coords.array[coords.length++] = x;
      coords.array[coords.length++] = y;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    },
    endRing() {
      ringVertices.push(coords.length / 2);
    },
    endPart() {
      partRings.push(ringVertices.length - 1);
    },
    end: endFeature,
    abort() {
      coords.length = savedCoords;
      ringVertices.length = savedRings;
      partRings.length = savedParts;
      types.length = count;
    },
    addUnknown(value) {
      const readable = isReadableGeometry(value);
      return { index: add(readable ? value : null), readable };
    },
    get count() {
      return count;
    },
    finish() {
      return {
        count,
        types: types.trimmed(),
        featureParts: featureParts.trimmed(),
        partRings: partRings.trimmed(),
        ringVertices: ringVertices.trimmed(),
        coords: coords.trimmed(),
        bboxes: bboxes.trimmed(),
      };
    },
  };
}

/** Builds the store of a parsed plan document's features, in document order. */
export function buildGeometryStore(plan: PlanDocument): GeometryStore {
  const builder = createGeometryStoreBuilder(plan.features.length);
  for (const feature of plan.features) builder.add(feature.geometry ?? null);
  return builder.finish();
}

function storePath(store: GeometryStore, ringIndex: number): [number, number][] {
  const start = store.ringVertices[ringIndex]!;
  const end = store.ringVertices[ringIndex + 1]!;
  const path: [number, number][] = new Array(end - start);
  for (let v = start; v < end; v++) path[v - start] = [store.coords[2 * v]!, store.coords[2 * v + 1]!];
  return path;
}

function storeRings(store: GeometryStore, partIndex: number): [number, number][][] {
  const rings: [number, number][][] = [];
  for (let r = store.partRings[partIndex]!; r < store.partRings[partIndex + 1]!; r++) rings.push(storePath(store, r));
  return rings;
}

/** Feature i's geometry as GeoJSON (2-D), or null when it has none. */
export function storeGeometry(store: GeometryStore, i: number): Geometry | null {
  const firstPart = store.featureParts[i]!;
  const endPart = store.featureParts[i + 1]!;
  const parts: number[] = [];
  for (let p = firstPart; p < endPart; p++) parts.push(p);
  switch (store.types[i]) {
    case WKB_POINT:
      return { type: 'Point', coordinates: storeRings(store, firstPart)[0]![0]! };
    case WKB_MULTIPOINT:
      return { type: 'MultiPoint', coordinates: parts.map((p) => storeRings(store, p)[0]![0]!) };
    case WKB_LINESTRING:
      return { type: 'LineString', coordinates: storeRings(store, firstPart)[0]! };
    case WKB_MULTILINESTRING:
      return { type: 'MultiLineString', coordinates: parts.map((p) => storeRings(store, p)[0]!) };
    case WKB_POLYGON:
      return { type: 'Polygon', coordinates: storeRings(store, firstPart) };
    case WKB_MULTIPOLYGON:
      return { type: 'MultiPolygon', coordinates: parts.map((p) => storeRings(store, p)) };
    default:
      return null;
  }
}

function writeStorePath(writer: WkbWriter, store: GeometryStore, ringIndex: number, at: CoordinateAt | undefined): void {
  const start = store.ringVertices[ringIndex]!;
  const end = store.ringVertices[ringIndex + 1]!;
  const coords = store.coords;
  writer.uint32(end - start);
  writer.reserve(16 * (end - start));
  if (at) for (let v = start; v < end; v++) writer.xy(at(coords[2 * v]!), at(coords[2 * v + 1]!));
  else for (let v = start; v < end; v++) writer.xy(coords[2 * v]!, coords[2 * v + 1]!);
}

function writeStorePoint(writer: WkbWriter, store: GeometryStore, partIndex: number, at: CoordinateAt | undefined): void {
  const v = store.ringVertices[store.partRings[partIndex]!]!;
  const x = store.coords[2 * v]!;
  const y = store.coords[2 * v + 1]!;
  writer.header(WKB_POINT);
  if (at) writer.xy(at(x), at(y));
  else writer.xy(x, y);
}

function writeStorePolygon(writer: WkbWriter, store: GeometryStore, partIndex: number, at: CoordinateAt | undefined): void {
  writer.header(WKB_POLYGON);
  const first = store.partRings[partIndex]!;
  const end = store.partRings[partIndex + 1]!;
  writer.uint32(end - first);
  for (let r = first; r < end; r++) writeStorePath(writer, store, r, at);
}

/**
 * Appends feature i's geometry as WKB to `writer` (no GeoJSON objects are created), each coordinate through `at`
 * when given, and returns false when the feature has no geometry. Typical use: `writer.reset(); writeStoreWkb(w,
 * store, i); port.hold(w.written())`.
 */
export function writeStoreWkb(writer: WkbWriter, store: GeometryStore, i: number, at?: CoordinateAt): boolean {
  const type = store.types[i]!;
  const firstPart = store.featureParts[i]!;
  const endPart = store.featureParts[i + 1]!;
  switch (type) {
    case WKB_POINT:
      writeStorePoint(writer, store, firstPart, at);
      return true;
    case WKB_LINESTRING:
      writer.header(WKB_LINESTRING);
      writeStorePath(writer, store, store.partRings[firstPart]!, at);
      return true;
    case WKB_POLYGON:
      writeStorePolygon(writer, store, firstPart, at);
      return true;
    case WKB_MULTIPOINT:
      writer.header(WKB_MULTIPOINT);
      writer.uint32(endPart - firstPart);
      for (let p = firstPart; p < endPart; p++) writeStorePoint(writer, store, p, at);
      return true;
    case WKB_MULTILINESTRING:
      writer.header(WKB_MULTILINESTRING);
      writer.uint32(endPart - firstPart);
      for (let p = firstPart; p < endPart; p++) {
        writer.header(WKB_LINESTRING);
        writeStorePath(writer, store, store.partRings[p]!, at);
      }
      return true;
    case WKB_MULTIPOLYGON:
      writer.header(WKB_MULTIPOLYGON);
      writer.uint32(endPart - firstPart);
      for (let p = firstPart; p < endPart; p++) writeStorePolygon(writer, store, p, at);
      return true;
    default:
      return false;
  }
}

/** How many positions feature i holds (closing vertices included), as positionCount counts its geometry. */
export function storePositionCount(store: GeometryStore, i: number): number {
  return store.ringVertices[store.partRings[store.featureParts[i + 1]!]!]! - store.ringVertices[store.partRings[store.featureParts[i]!]!]!;
}

/**
 * Feature i's ellipsoidal area in m² (GRS80, holes subtracted), straight from the typed arrays: the same bits as
 * `ellipsoidalAreaM2` of the rebuilt geometry, holes taken from their polygon before the polygons are summed.
 */
export function storeAreaM2(store: GeometryStore, i: number): number {
  const type = store.types[i];
  if (type !== WKB_POLYGON && type !== WKB_MULTIPOLYGON) return 0;
  let sum = 0;
  for (let p = store.featureParts[i]!; p < store.featureParts[i + 1]!; p++) {
    const first = store.partRings[p]!;
    const end = store.partRings[p + 1]!;
    if (first === end) continue;
    let polygon = equalAreaRingAreaM2(store.coords, store.ringVertices[first]!, store.ringVertices[first + 1]!);
    for (let r = first + 1; r < end; r++) polygon -= equalAreaRingAreaM2(store.coords, store.ringVertices[r]!, store.ringVertices[r + 1]!);
    sum += polygon;
  }
  return sum;
}

/** The store's ArrayBuffers, for a postMessage transfer list (the store is plain typed arrays, so it clones). */
export function geometryStoreBuffers(store: GeometryStore): ArrayBuffer[] {
  return [store.types, store.featureParts, store.partRings, store.ringVertices, store.coords, store.bboxes].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
