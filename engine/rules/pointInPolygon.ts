// Pure. Takes a lon/lat point and a polygonal geometry, returns whether the point is inside (even-odd rule
// over every ring, so holes count). Points exactly on an edge may go either way; callers use it only where
// that cannot change the answer (the centre of a tile no unmatched edge crosses).
import type { Geometry, Position } from '../model/types.ts';

function crossings(x: number, y: number, ring: readonly Position[]): number {
  let inside = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside ^= 1;
  }
  return inside;
}

export function pointInPolygon(x: number, y: number, g: Geometry | null): boolean {
  if (!g) return false;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let inside = 0;
  for (const polygon of polygons) for (const ring of polygon) inside ^= crossings(x, y, ring);
  return inside === 1;
}
