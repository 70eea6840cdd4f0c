// Pure (types only). The planar-topology port the engine uses for overlay, predicates, buffers, distances,
// validity and repair. The shells create it (GEOS compiled to WebAssembly: `createGeosPort`), so the engine
// never loads WebAssembly itself and another backend (jsts) could replace it behind this interface.
import type { Geometry } from '../model/types.ts';

declare const geomHandleBrand: unique symbol;

/**
 * A geometry held inside the port (a GEOS geometry in WebAssembly memory) until `release(handle)`.
 * Create one per feature per run with `hold()` and pass it to many calls instead of the GeoJSON: this
 * skips re-encoding and, with `{ prepared: true }`, makes `intersects`/`covers` with it as the FIRST
 * argument use an indexed prepared geometry (GEOSPrepare). Handles are plain numbers, valid only in the
 * port that made them and only until released or the port is disposed.
 */
export type GeomHandle = number & { readonly [geomHandleBrand]: true };

/** Every operation accepts a GeoJSON geometry (lon/lat EPSG:4490) or a handle from `hold()`. */
export type GeomInput = Geometry | GeomHandle;

/** Inputs an operation reads once, in order: an array, or any sequence that knows its length. */
export type GeomInputs = Iterable<GeomInput> & { readonly length: number };

/**
 * Which pieces an overlay result keeps. GEOS may return lower-dimension pieces (two polygons touching along
 * an edge intersect in a line); these are dropped so that touching features give no overlap.
 * - `'auto'` (default): intersection keeps the lower dimension of its inputs (polygon ∩ polygon → polygonal,
 *   line ∩ polygon → lineal), difference keeps the dimension of `a`, union keeps the highest input dimension.
 * - `'polygonal'` / `'lineal'` / `'puntal'`: keep only that dimension.
 * The model has no GeometryCollection, so a result always has one dimension.
 */
export type ResultDimension = 'auto' | 'polygonal' | 'lineal' | 'puntal';

export interface OverlayOptions {
  keep?: ResultDimension;
}

/** GEOS validity (OGC rules). `location` is the lon/lat GEOS reports for the problem, when it gives one. */
export type Validity = { valid: true } | { valid: false; reason: string; location: [number, number] | null };

export interface HoldOptions {
  /** Also build a prepared geometry so `intersects(h, x)` and `covers(h, x)` run in O(log n) per test. */
  prepared?: boolean;
}

/**
 * Planar operations on lon/lat coordinates (as PostGIS `geometry` does; areas and lengths of the results
 * are then measured on the ellipsoid by `ellipsoidalAreaM2` / `geodesicLengthM`). Metric operations
 * (`bufferM`, `distanceM`) go through a local transverse Mercator on GRS80 centred on the inputs and back.
 *
 * Results: `null` means empty. Polygonal results are `Polygon` or `MultiPolygon`, lineal `LineString` or
 * `MultiLineString`, coordinates 2-D. Inputs are never mutated. Invalid inputs: overlay on invalid geometry
 * can fail inside GEOS; every method then throws `GeometryError` (never crashes the process) — callers
 * should run `validity()` first and `makeValid()` what is invalid (a finding, then measure the repair).
 */
export interface GeometryPort {
  /** a ∩ b, reduced per `keep` (default `'auto'`: polygon ∩ polygon keeps only polygons, so touching edges → null). */
  intersection(a: GeomInput, b: GeomInput, options?: OverlayOptions): Geometry | null;
  /** a − b, reduced per `keep` (default: the dimension of `a`). A hole that contains b leaves a untouched. */
  difference(a: GeomInput, b: GeomInput, options?: OverlayOptions): Geometry | null;
  /**
   * Union of all inputs (dissolve), reduced per `keep` (default: highest input dimension). `[]` → null. The inputs are
   * read once, in order: a lazy sequence lets a caller union geometries it builds one by one (a city's stored parcels).
   */
  unaryUnion(geometries: GeomInputs, options?: OverlayOptions): Geometry | null;
  /** True when a and b share at least one point (touching counts: use `intersection` + area for overlap). */
  intersects(a: GeomInput, b: GeomInput): boolean;
  /** True when no point of b lies outside a. Uses a's prepared geometry when a was held `{ prepared: true }`.
   *  `covers(other, parcel)` ⇒ `intersection(other, parcel)` is the parcel itself (skip the overlay). */
  covers(a: GeomInput, b: GeomInput): boolean;
  /** True when the interiors of a and b share a point (DE-9IM T********): touching edges and a hole holding b
   *  give false. Uses a's prepared geometry when a was held `{ prepared: true }` (cheap rejection of touching pairs). */
  interiorsIntersect(a: GeomInput, b: GeomInput): boolean;
  /**
   * Buffer by `distanceM` metres (negative shrinks polygons), computed in a local transverse Mercator on
   * GRS80 centred on the geometry, 8 segments per quarter circle, round caps and joins. The projection's
   * scale error is < 3e-5 within 50 km of the centre (< 1 mm on a 30 m buffer); areas of buffers agree with
   * shapely's in the same projection to 0.01 % (tests/fixtures/geometry). Null when empty.
   */
  bufferM(geometry: Geometry, distanceM: number): Geometry | null;
  /**
   * Shortest distance in metres (0 when they intersect): GEOS finds the nearest points in a local transverse
   * Mercator on GRS80 centred on both inputs, and the result is the GRS80 geodesic distance between those
   * two points. Agrees with pyproj/PostGIS geodesic distances to 1 mm for features within 50 km of each other.
   */
  distanceM(a: Geometry, b: Geometry): number;
  /** The part of a line in the interior of a polygon, lineal; null when none. Stretches lying on the
   *  polygon's boundary (along an edge, touching a vertex) are not inside: GEOS's plain intersection keeps
   *  them, so the polygon's boundary (cached per held polygon) is subtracted from it. */
  lineInside(line: GeomInput, polygon: GeomInput): Geometry | null;
  /**
   * GEOS MakeValid (method "linework"): a bow-tie keeps both lobes (unlike buffer(0)), a self-touching ring
   * is split, a hole outside its shell becomes a polygon. Returns the repaired geometry reduced to the
   * input's dimension (collapsed pieces are dropped), or null when nothing of that dimension remains.
   */
  makeValid(geometry: GeomInput): Geometry | null;
  /** OGC validity with GEOS's reason ("Self-intersection", "Hole lies outside shell", …) and location. */
  validity(geometry: GeomInput): Validity;
  /** A point guaranteed inside a polygon (on a line), as GEOS PointOnSurface; null for empty input. */
  pointOnSurface(geometry: GeomInput): [number, number] | null;

  /** Keeps a geometry inside the port for repeated use (see `GeomHandle`). GeoJSON or WKB bytes. */
  hold(geometry: Geometry | Uint8Array, options?: HoldOptions): GeomHandle;
  /** Frees a held geometry (and its prepared form). Releasing twice or an unknown handle is a no-op. */
  release(handle: GeomHandle): void;
  /** Number of geometries currently held (for leak checks in tests and benchmarks). */
  heldCount(): number;
  /** Frees everything held and the port's own buffers; the port must not be used afterwards. */
  dispose(): void;
}

/**
 * Thrown by a port when the backend's memory is full (GEOS's WebAssembly memory stops at 2 GB). Not a GeometryError on
 * purpose: the callers that carry on around one pathological geometry (a repair, a pair reported without a measure)
 * must not take it for one, or the same plans would give another report; the run ends with this message instead.
 */
export class GeometryMemoryError extends Error {
  override readonly name = 'GeometryMemoryError';
  constructor(
    readonly operation: string,
    detail: string,
  ) {
    super(`${operation}: the geometry engine (GEOS) ran out of memory; its WebAssembly memory is limited to 2 GB (${detail})`);
  }
}

/** Thrown by a port when the backend fails on an input (typically an invalid geometry). */
export class GeometryError extends Error {
  override readonly name = 'GeometryError';
  constructor(
    message: string,
    readonly operation: string,
  ) {
    super(message);
  }
}
