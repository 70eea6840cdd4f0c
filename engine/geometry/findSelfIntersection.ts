// Pure. findSelfIntersection(geometry) → the first place where a polygon ring or a line crosses itself
// (or two rings of one polygon cross), or null. Used to refuse invalid edits before they reach the store.
import type { Geometry, Position } from '../../engine/model/index.ts';

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
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  return null;
}

function cross(o: Position, p: Position, q: Position): number {
  return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
}
