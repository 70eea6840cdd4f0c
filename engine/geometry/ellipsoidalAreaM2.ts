// Pure. Takes a GeoJSON geometry in lon/lat (EPSG:4490), returns its area in m² on the GRS80 ellipsoid with
// geodesic edges, as pyproj.Geod and PostGIS `geography` compute it. Holes are subtracted, multipolygon parts
// summed; points and lines have area 0.
import type { Geometry, Position } from '../model/types.ts';
import { equalAreaRingAreaM2 } from './equalAreaRingAreaM2.ts';
import { grs80Geodesic } from './grs80.ts';

/**
 * Rings whose bbox spans at most this many degrees (parcels, overlaps) use an exact equal-area projection
 * centred on the ring (equalAreaRingAreaM2, ≈ 0.12 µs per vertex), within 1.3e-6 of Karney's area at that
 * size (the agreement target is 1e-4); larger rings use Karney's algorithm (geographiclib, ≈ 1.3 µs per vertex).
 */
export const SMALL_RING_SPAN_DEG = 0.1;

const polygonArea = grs80Geodesic.Polygon(false);

/** Unsigned area of one ring (closing vertex optional, orientation irrelevant), m², by Karney's algorithm. */
export function geodesicRingAreaM2(ring: readonly Position[]): number {
  polygonArea.Clear();
  const n = ring.length;
  let last = n;
  // A repeated closing vertex adds a zero-length edge: harmless, but skipping it saves one solve.
  if (n > 1 && ring[0]![0] === ring[n - 1]![0] && ring[0]![1] === ring[n - 1]![1]) last = n - 1;
  if (last < 3) return 0;
  for (let i = 0; i < last; i++) polygonArea.AddPoint(ring[i]![1], ring[i]![0]);
  // sign=true gives a signed area for the ring's orientation; reverse=false. Take the magnitude so that
  // wrongly oriented rings (common in shapefiles) measure the same.
  return Math.abs(polygonArea.Compute(false, true).area ?? 0);
}

/** Karney's area of a ring stored flat as [lon0, lat0, lon1, lat1, …] from vertex `start` to `end` (exclusive). */
function geodesicFlatRingAreaM2(coords: Float64Array, start: number, end: number): number {
  polygonArea.Clear();
  let last = end;
  if (end - start > 1 && coords[2 * start] === coords[2 * (end - 1)] && coords[2 * start + 1] === coords[2 * (end - 1) + 1]) last = end - 1;
  if (last - start < 3) return 0;
  for (let i = start; i < last; i++) polygonArea.AddPoint(coords[2 * i + 1]!, coords[2 * i]!);
  return Math.abs(polygonArea.Compute(false, true).area ?? 0);
}

function spanDeg(coords: ArrayLike<number>, start: number, end: number): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = start; i < end; i++) {
    const x = coords[2 * i]!;
    const y = coords[2 * i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Math.max(maxX - minX, maxY - minY);
}

/** Unsigned area in m² of a ring stored flat (see geometryStore), choosing the method by the ring's size. */
export function flatRingAreaM2(coords: Float64Array, start: number, end: number): number {
  return spanDeg(coords, start, end) <= SMALL_RING_SPAN_DEG
    ? equalAreaRingAreaM2(coords, start, end)
    : geodesicFlatRingAreaM2(coords, start, end);
}

/** Unsigned area in m² of one ring (closing vertex optional, orientation irrelevant). */
let scratch = new Float64Array(256);
export function ringAreaM2(ring: readonly Position[]): number {
  if (scratch.length < 2 * ring.length) scratch = new Float64Array(4 * ring.length);
  const flat = scratch;
  for (let i = 0; i < ring.length; i++) {
    flat[2 * i] = ring[i]![0];
    flat[2 * i + 1] = ring[i]![1];
  }
  return flatRingAreaM2(flat, 0, ring.length);
}

function polygonAreaM2(rings: readonly (readonly Position[])[]): number {
  if (rings.length === 0) return 0;
  let area = ringAreaM2(rings[0]!);
  for (let i = 1; i < rings.length; i++) area -= ringAreaM2(rings[i]!);
  return area;
}

export function ellipsoidalAreaM2(geometry: Geometry | null): number {
  if (geometry === null) return 0;
  switch (geometry.type) {
    case 'Polygon':
      return polygonAreaM2(geometry.coordinates);
    case 'MultiPolygon': {
      let sum = 0;
      for (const polygon of geometry.coordinates) sum += polygonAreaM2(polygon);
      return sum;
    }
    default:
      return 0;
  }
}
