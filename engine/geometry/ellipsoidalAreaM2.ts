// Pure. Takes a GeoJSON geometry in lon/lat (EPSG:4490), returns its area in m² on the GRS80 ellipsoid with
// geodesic edges, as pyproj.Geod and PostGIS `geography` compute it (within 5e-8 of Karney's area, see
// equalAreaRingAreaM2). Holes are subtracted, multipolygon parts summed; points and lines have area 0.
import type { Geometry, Position } from '../model/types.ts';
import { equalAreaRingAreaM2 } from './equalAreaRingAreaM2.ts';

/** Unsigned area in m² of one ring (closing vertex optional, orientation irrelevant). */
let scratch = new Float64Array(256);
export function ringAreaM2(ring: readonly Position[]): number {
  if (scratch.length < 2 * ring.length) scratch = new Float64Array(4 * ring.length);
  const flat = scratch;
  for (let i = 0; i < ring.length; i++) {
    flat[2 * i] = ring[i]![0];
    flat[2 * i + 1] = ring[i]![1];
  }
  return equalAreaRingAreaM2(flat, 0, ring.length);
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
