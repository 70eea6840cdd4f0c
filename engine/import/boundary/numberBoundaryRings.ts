// Pure. numberBoundaryRings(rings) → rings in a Gauss-Krüger zone whose points have no 点号, numbered J1… as the
// 部标 TXT expects: the outer ring clockwise and holes counter-clockwise, each starting at its north-west corner,
// the numbers continuing from ring to ring; rings already numbered are returned as they are.
import type { BoundaryPoint, BoundaryRing } from './types.ts';

/** Numbers rings whose points have no 点号: outer clockwise, holes counter-clockwise, from the north-west. */
export function numberBoundaryRings(rings: readonly BoundaryRing[]): BoundaryRing[] {
  if (rings.every((r) => r.points.every((p) => p.pointId !== ''))) return rings as BoundaryRing[];
  let next = 1;
  return rings.map((ring, r) => {
    let pts = ring.points.slice();
    const closed = pts.length > 1 && pts[0]!.xM === pts[pts.length - 1]!.xM && pts[0]!.yM === pts[pts.length - 1]!.yM;
    if (closed) pts.pop();
    const ccw = signedZoneAreaM2(pts) > 0;
    if (ccw === (r === 0)) pts.reverse();
    // North-west corner of the ring's box: smallest easting, largest northing.
    let minE = Infinity;
    let maxN = -Infinity;
    for (const p of pts) {
      minE = Math.min(minE, p.yM);
      maxN = Math.max(maxN, p.xM);
    }
    let start = 0;
    let best = Infinity;
    pts.forEach((p, i) => {
      const d = (p.yM - minE) * (p.yM - minE) + (maxN - p.xM) * (maxN - p.xM);
      if (d < best) {
        best = d;
        start = i;
      }
    });
    pts = [...pts.slice(start), ...pts.slice(0, start)].map((p) => ({ ...p, pointId: `J${next++}` }));
    pts.push({ ...pts[0]! });
    return { ringNo: ring.ringNo, points: pts };
  });
}

/** Shoelace over (easting, northing): positive when counter-clockwise on the map; closing point optional. */
export function signedZoneAreaM2(points: readonly BoundaryPoint[]): number {
  let s = 0;
  const e0 = points[0]?.yM ?? 0;
  const n0 = points[0]?.xM ?? 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    s += (a.yM - e0) * (b.xM - n0) - (b.yM - e0) * (a.xM - n0);
  }
  return s / 2;
}
