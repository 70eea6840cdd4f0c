// Pure. nestRingsByContainment(rings) groups closed planar rings into polygons: a ring inside an odd number of
// others is a hole of the smallest ring containing it, otherwise a shell (an island in a hole is a new shell).
// Returns ring indices per polygon, shell first, shells in input order. Crossing rings are not detected here.

export interface PlanarRing {
  /** x, y pairs, not closed (the first vertex is not repeated). */
  xy: Float64Array;
}

export function signedAreaOf(xy: Float64Array): number {
  const n = xy.length >> 1;
  let sum = 0;
  // Relative to the first vertex: projected eastings of 3.8e7 m would otherwise cost digits.
  const ox = xy[0]!;
  const oy = xy[1]!;
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    sum += (xy[2 * i]! - ox) * (xy[2 * j + 1]! - oy) - (xy[2 * j]! - ox) * (xy[2 * i + 1]! - oy);
  }
  return sum / 2;
}

/** 1 inside, 0 outside, -1 on the boundary. */
function pointInRing(x: number, y: number, xy: Float64Array): number {
  const n = xy.length >> 1;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = xy[2 * i]!, yi = xy[2 * i + 1]!, xj = xy[2 * j]!, yj = xy[2 * j + 1]!;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) return -1;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : 0;
}

function ringInside(inner: Float64Array, outer: Float64Array): boolean {
  const n = inner.length >> 1;
  for (let i = 0; i < n; i++) {
    const where = pointInRing(inner[2 * i]!, inner[2 * i + 1]!, outer);
    if (where !== -1) return where === 1;
  }
  return false;
}

export function nestRingsByContainment(rings: readonly PlanarRing[]): number[][] {
  const area = rings.map((r) => Math.abs(signedAreaOf(r.xy)));
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
