// Pure. nestRingsByContainment(rings) groups closed planar rings into polygons: a ring inside an odd number of
// others is a hole of the smallest ring containing it, otherwise a shell (an island in a hole is a new shell).
// Returns ring indices per polygon, shell first, shells in input order. Crossing rings are not detected here.
import { pointInRingXY, signedRingAreaXY } from '../../geometry/planarRing.ts';

export interface PlanarRing {
  /** x, y pairs, not closed (the first vertex is not repeated). */
  xy: Float64Array;
}

function ringInside(inner: Float64Array, outer: Float64Array): boolean {
  const n = inner.length >> 1;
  for (let i = 0; i < n; i++) {
    const where = pointInRingXY(inner[2 * i]!, inner[2 * i + 1]!, outer);
    if (where !== 0) return where === 1;
  }
  return false;
}

export function nestRingsByContainment(rings: readonly PlanarRing[]): number[][] {
  const area = rings.map((r) => Math.abs(signedRingAreaXY(r.xy)));
  const order = rings.map((_, i) => i).sort((a, b) => area[b]! - area[a]! || a - b);
  const parent = new Array<number>(rings.length).fill(-1);
  const depth = new Array<number>(rings.length).fill(0);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    // The smallest ring (latest in descending-area order) that contains ring i.
    for (let m = k - 1; m >= 0; m--) {
      const j = order[m]!;
      if (area[j]! > area[i]! && ringInside(rings[i]!.xy, rings[j]!.xy)) {
        parent[i] = j;
        depth[i] = depth[j]! + 1;
        break;
      }
    }
  }
  const polygons = new Map<number, number[]>();
  for (let i = 0; i < rings.length; i++) if (depth[i]! % 2 === 0) polygons.set(i, [i]);
  for (let i = 0; i < rings.length; i++) if (depth[i]! % 2 === 1) polygons.get(parent[i]!)!.push(i);
  return [...polygons.values()];
}
