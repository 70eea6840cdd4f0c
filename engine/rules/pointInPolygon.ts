// Pure. Takes a lon/lat point and a polygonal geometry, returns whether the point is inside (even-odd rule
// over every ring, so holes count). Points exactly on an edge may go either way; callers use it only where
// that cannot change the answer (the centre of a tile no unmatched edge crosses).
import { ringCrossingParity } from '../geometry/planarRing.ts';
import type { Geometry } from '../model/types.ts';

export function pointInPolygon(x: number, y: number, g: Geometry | null): boolean {
  if (!g) return false;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let inside = 0;
  for (const polygon of polygons) for (const ring of polygon) inside ^= ringCrossingParity(x, y, ring);
  return inside === 1;
}
