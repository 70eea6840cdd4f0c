// Pure. polygonDefect(rings) → the first validity defect of one polygon (closed rings of ≥ 4 positions,
// lon/lat), or undefined: a ring touching or crossing itself, two rings crossing or sharing an edge, or a
// hole outside its shell. Planar test on lon/lat (validity does not depend on the metric). Segments are
// swept in x order, so a ring of n segments costs O(n log n + k); small polygons use the plain pair loop.
import { orientation, pointInRing, withinSegmentBox } from '../geometry/planarRing.ts';
import type { Position } from '../model/types.ts';

export type PolygonDefect =
  | { kind: 'self-intersection'; ring: number; otherRing: number; at: [number, number] }
  | { kind: 'hole-outside-shell'; ring: number };

/** Below this many segments the all-pairs loop beats sorting. */
const BRUTE_FORCE_MAX_SEGMENTS = 48;

export function polygonDefect(rings: readonly (readonly Position[])[]): PolygonDefect | undefined {
  const segs = buildSegments(rings);
  const hit = segs.count <= BRUTE_FORCE_MAX_SEGMENTS ? pairLoop(segs) : sweep(segs);
  if (hit) return hit;
  const shell = rings[0];
  if (!shell) return undefined;
  for (let r = 1; r < rings.length; r++) {
    const outside = holeOutside(rings[r]!, shell);
    if (outside) return { kind: 'hole-outside-shell', ring: r };
  }
  return undefined;
}

interface Segments {
  count: number;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  ring: Int32Array;
  /** Index of the segment within its ring, and the ring's segment count (for adjacency). */
  index: Int32Array;
  ringSize: Int32Array;
}

// Scratch buffers reused across calls (grown on demand) so that 300k small polygons do not allocate
// seven typed arrays each; nothing in them outlives a call.
let scratch: Segments = allocate(64);

function allocate(capacity: number): Segments {
  return {
    count: 0,
    x1: new Float64Array(capacity),
    y1: new Float64Array(capacity),
    x2: new Float64Array(capacity),
    y2: new Float64Array(capacity),
    ring: new Int32Array(capacity),
    index: new Int32Array(capacity),
    ringSize: new Int32Array(capacity),
  };
}

function buildSegments(rings: readonly (readonly Position[])[]): Segments {
  let total = 0;
  for (const ring of rings) total += Math.max(0, ring.length - 1);
  if (total > scratch.x1.length) scratch = allocate(Math.max(total, scratch.x1.length * 2));
  const s = scratch;
  s.count = 0;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    const start = s.count;
    // Repeated consecutive positions make zero-length segments that would "touch" their neighbours' neighbours.
    let px = ring[0]![0];
    let py = ring[0]![1];
    for (let i = 1; i < ring.length; i++) {
      const x = ring[i]![0];
      const y = ring[i]![1];
      if (x === px && y === py) continue;
      const k = s.count++;
      s.x1[k] = px;
      s.y1[k] = py;
      s.x2[k] = x;
      s.y2[k] = y;
      s.ring[k] = r;
      s.index[k] = k - start;
      px = x;
      py = y;
    }
    for (let k = start; k < s.count; k++) s.ringSize[k] = s.count - start;
  }
  return s;
}

function pairLoop(s: Segments): PolygonDefect | undefined {
  for (let a = 0; a < s.count; a++) {
    const minXa = Math.min(s.x1[a]!, s.x2[a]!), maxXa = Math.max(s.x1[a]!, s.x2[a]!);
    const minYa = Math.min(s.y1[a]!, s.y2[a]!), maxYa = Math.max(s.y1[a]!, s.y2[a]!);
    for (let b = a + 1; b < s.count; b++) {
      if (Math.max(s.x1[b]!, s.x2[b]!) < minXa || Math.min(s.x1[b]!, s.x2[b]!) > maxXa) continue;
      if (Math.max(s.y1[b]!, s.y2[b]!) < minYa || Math.min(s.y1[b]!, s.y2[b]!) > maxYa) continue;
      const hit = test(s, a, b);
      if (hit) return hit;
    }
  }
  return undefined;
}

function sweep(s: Segments): PolygonDefect | undefined {
  const order = new Int32Array(s.count);
  const minX = new Float64Array(s.count);
  for (let k = 0; k < s.count; k++) {
    order[k] = k;
    minX[k] = Math.min(s.x1[k]!, s.x2[k]!);
  }
  order.sort((a, b) => minX[a]! - minX[b]!);
  for (let i = 0; i < order.length; i++) {
    const a = order[i]!;
    const maxXa = Math.max(s.x1[a]!, s.x2[a]!);
    const minYa = Math.min(s.y1[a]!, s.y2[a]!);
    const maxYa = Math.max(s.y1[a]!, s.y2[a]!);
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j]!;
      if (minX[b]! > maxXa) break;
      if (Math.max(s.y1[b]!, s.y2[b]!) < minYa || Math.min(s.y1[b]!, s.y2[b]!) > maxYa) continue;
      const hit = a < b ? test(s, a, b) : test(s, b, a);
      if (hit) return hit;
    }
  }
  return undefined;
}

function defectAt(s: Segments, a: number, b: number, x: number, y: number): PolygonDefect {
  return { kind: 'self-intersection', ring: s.ring[a]!, otherRing: s.ring[b]!, at: [x, y] };
}

function test(s: Segments, a: number, b: number): PolygonDefect | undefined {
  const ax = s.x1[a]!, ay = s.y1[a]!, bx = s.x2[a]!, by = s.y2[a]!;
  const cx = s.x1[b]!, cy = s.y1[b]!, dx = s.x2[b]!, dy = s.y2[b]!;
  const sameRing = s.ring[a] === s.ring[b];
  const n = s.ringSize[a]!;
  const gap = Math.abs(s.index[a]! - s.index[b]!);
  const adjacent = sameRing && (gap === 1 || (n > 2 && gap === n - 1));
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);

  if (o1 === 0 && o2 === 0) {
    // Collinear: an overlap longer than a point is always a defect (a spike, or rings sharing an edge);
    // a single contact point is a defect only within one ring between non-adjacent segments.
    let contacts = 0;
    let px = 0;
    let py = 0;
    for (let k = 0; k < 4; k++) {
      const on =
        k === 0 ? withinSegmentBox(ax, ay, bx, by, cx, cy) : k === 1 ? withinSegmentBox(ax, ay, bx, by, dx, dy) : k === 2 ? withinSegmentBox(cx, cy, dx, dy, ax, ay) : withinSegmentBox(cx, cy, dx, dy, bx, by);
      if (!on) continue;
      const x = k === 0 ? cx : k === 1 ? dx : k === 2 ? ax : bx;
      const y = k === 0 ? cy : k === 1 ? dy : k === 2 ? ay : by;
      if (contacts === 0) {
        px = x;
        py = y;
        contacts = 1;
      } else if (x !== px || y !== py) contacts = 2;
    }
    if (contacts === 2 || (contacts === 1 && sameRing && !adjacent)) return defectAt(s, a, b, px, py);
    return undefined;
  }
  if (o1 * o2 > 0) return undefined; // c and d strictly on one side of ab: no contact at all
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    // Proper crossing: invalid within a ring and between rings.
    const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / ((bx - ax) * (dy - cy) - (by - ay) * (dx - cx));
    return defectAt(s, a, b, ax + t * (bx - ax), ay + t * (by - ay));
  }
  // Touching at an endpoint: allowed between adjacent segments (their shared vertex) and between different
  // rings (OGC lets rings touch at a point); a ring touching itself elsewhere is a self-intersection.
  if (!sameRing || adjacent) return undefined;
  if (o1 === 0 && withinSegmentBox(ax, ay, bx, by, cx, cy)) return defectAt(s, a, b, cx, cy);
  if (o2 === 0 && withinSegmentBox(ax, ay, bx, by, dx, dy)) return defectAt(s, a, b, dx, dy);
  if (o3 === 0 && withinSegmentBox(cx, cy, dx, dy, ax, ay)) return defectAt(s, a, b, ax, ay);
  if (o4 === 0 && withinSegmentBox(cx, cy, dx, dy, bx, by)) return defectAt(s, a, b, bx, by);
  return undefined;
}

/** True when the hole has a vertex strictly outside the shell (the rings do not cross: checked before). */
function holeOutside(hole: readonly Position[], shell: readonly Position[]): boolean {
  for (const p of hole) {
    const where = pointInRing(p[0], p[1], shell);
    if (where !== 0) return where < 0;
  }
  return false;
}
