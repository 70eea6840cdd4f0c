// Pure. findSelfIntersection(geometry) → the first place where a polygon ring or a line properly crosses itself
// (or two rings of one polygon cross), or null: the editor refuses such an edit before it reaches the store.
// Validation's stricter check (touching rings, holes outside) is engine/validate/polygonDefects; both use planarRing.
import type { Geometry, Position } from '../model/types.ts';
import { orientation } from './planarRing.ts';

export interface SelfIntersection {
  at: [number, number];
}

export function findSelfIntersection(g: Geometry): SelfIntersection | null {
  switch (g.type) {
    case 'Polygon':
      return ringsCross(g.coordinates, true);
    case 'MultiPolygon':
      for (const p of g.coordinates) {
        const hit = ringsCross(p, true);
        if (hit) return hit;
      }
      return null;
    case 'LineString':
      return ringsCross([g.coordinates], false);
    case 'MultiLineString':
      for (const l of g.coordinates) {
        const hit = ringsCross([l], false);
        if (hit) return hit;
      }
      return null;
    default:
      return null;
  }
}

function ringsCross(rings: readonly Position[][], closed: boolean): SelfIntersection | null {
  const segs: { a: Position; b: Position; ring: number; i: number; n: number }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 1; i < ring.length; i++) segs.push({ a: ring[i - 1]!, b: ring[i]!, ring: r, i: i - 1, n: ring.length - 1 });
  });
  for (let s = 0; s < segs.length; s++) {
    for (let t = s + 1; t < segs.length; t++) {
      const p = segs[s]!;
      const q = segs[t]!;
      if (p.ring === q.ring) {
        const adjacent = Math.abs(p.i - q.i) === 1 || (closed && ((p.i === 0 && q.i === p.n - 1) || (q.i === 0 && p.i === q.n - 1)));
        if (adjacent) continue;
      }
      const hit = properIntersection(p.a, p.b, q.a, q.b);
      if (hit) return { at: hit };
    }
  }
  return null;
}

function properIntersection(a: Position, b: Position, c: Position, d: Position): [number, number] | null {
  const o1 = orientation(c[0], c[1], d[0], d[1], a[0], a[1]);
  const o2 = orientation(c[0], c[1], d[0], d[1], b[0], b[1]);
  const o3 = orientation(a[0], a[1], b[0], b[1], c[0], c[1]);
  const o4 = orientation(a[0], a[1], b[0], b[1], d[0], d[1]);
  if (o1 !== 0 && o2 === -o1 && o3 !== 0 && o4 === -o3) {
    const d1 = cross(c, d, a);
    const t = d1 / (d1 - cross(c, d, b));
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  return null;
}

function cross(o: Position, p: Position, q: Position): number {
  return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
}
