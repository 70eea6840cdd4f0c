// Pure. Planar ring arithmetic shared by validation, import and the rules: signed shoelace area, orientation of
// three points, and point-in-ring (crossing number, with or without the boundary). Works in whatever plane the
// coordinates are in (lon/lat or metres); areas here are for winding and ordering, never reported (see ellipsoidalAreaM2).
import type { Position } from '../model/types.ts';

/** Signed shoelace area: > 0 counter-clockwise in a y-up frame. Open or closed rings (the closing pair adds 0). */
export function signedRingArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return a / 2;
}

/** signedRingArea of a flat x, y ring, taken relative to its first vertex (projected eastings of 3.8e7 m would cost digits). */
export function signedRingAreaXY(xy: Float64Array): number {
  const n = xy.length >> 1;
  let sum = 0;
  const ox = xy[0]!;
  const oy = xy[1]!;
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    sum += (xy[2 * i]! - ox) * (xy[2 * j + 1]! - oy) - (xy[2 * j]! - ox) * (xy[2 * i + 1]! - oy);
  }
  return sum / 2;
}

/** 1 when c is left of a→b, -1 right, 0 collinear. */
export function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const d = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

/** c lies within the box of segment ab (on the segment, given the three are collinear). */
export function withinSegmentBox(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/** 1 when a horizontal ray from (x, y) crosses the ring an odd number of times, else 0 (points on an edge go either way). */
export function ringCrossingParity(x: number, y: number, ring: readonly Position[]): 0 | 1 {
  let inside = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0],
      yi = ring[i]![1],
      xj = ring[j]![0],
      yj = ring[j]![1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside ^= 1;
  }
  return inside === 1 ? 1 : 0;
}

/** 1 inside, -1 outside, 0 on the boundary (crossing number after an exact on-edge test). */
export function pointInRing(x: number, y: number, ring: readonly Position[]): 1 | 0 | -1 {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0],
      yi = ring[i]![1],
      xj = ring[j]![0],
      yj = ring[j]![1];
    if (orientation(xj, yj, xi, yi, x, y) === 0 && withinSegmentBox(xj, yj, xi, yi, x, y)) return 0;
  }
  return ringCrossingParity(x, y, ring) === 1 ? 1 : -1;
}

/** pointInRing over a flat x, y ring (not closed: the first vertex is not repeated). */
export function pointInRingXY(x: number, y: number, xy: Float64Array): 1 | 0 | -1 {
  const n = xy.length >> 1;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = xy[2 * i]!,
      yi = xy[2 * i + 1]!,
      xj = xy[2 * j]!,
      yj = xy[2 * j + 1]!;
    if (orientation(xj, yj, xi, yi, x, y) === 0 && withinSegmentBox(xj, yj, xi, yi, x, y)) return 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}
