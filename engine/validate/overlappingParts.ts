// Pure. overlappingParts(polygons) → the first two parts of one MultiPolygon whose interiors overlap (the summed
// area would count the overlap twice), with a point of the overlap, or undefined. Parts touching at a point or
// along an edge do not overlap (a point within 1e-10° of an edge counts as on it). Parts must be valid polygons (polygonDefect first). Planar test on lon/lat,
// O((n + m) log(n + m)) for two parts of n and m edges plus point look-ups at the edges where they touch.
import type { Position } from '../model/types.ts';

type Rings = readonly (readonly Position[])[];

export interface PartsOverlap {
  first: number;
  second: number;
  at: [number, number];
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function overlappingParts(polygons: readonly Rings[]): PartsOverlap | undefined {
  if (polygons.length < 2) return undefined;
  const boxes = polygons.map(boxOf);
  const order = polygons.map((_p, i) => i).sort((a, b) => boxes[a]!.minX - boxes[b]!.minX || a - b);
  for (let i = 0; i < order.length; i++) {
    const a = order[i]!;
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j]!;
      if (boxes[b]!.minX > boxes[a]!.maxX) break;
      if (boxes[b]!.minY > boxes[a]!.maxY || boxes[b]!.maxY < boxes[a]!.minY) continue;
      const [first, second] = a < b ? [a, b] : [b, a];
      const at = overlapPoint(polygons[first]!, polygons[second]!);
      if (at) return { first, second, at };
    }
  }
  return undefined;
}

function boxOf(rings: Rings): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of rings[0] ?? []) {
    if (p[0] < box.minX) box.minX = p[0];
    if (p[0] > box.maxX) box.maxX = p[0];
    if (p[1] < box.minY) box.minY = p[1];
    if (p[1] > box.maxY) box.maxY = p[1];
  }
  return box;
}

/**
 * Interiors of two valid polygons overlap when their boundaries cross properly; else the boundaries at most touch,
 * and then either one part's interior lies in the other's (a point strictly inside one lies strictly inside the
 * other: identical parts, a part within another), or one boundary enters the other's interior right after a
 * contact (the midpoint of an edge touching the other part lies strictly inside it). Only points of
 * touching edges are located, so two large parts that merely share a box cost an x-sweep and two look-ups.
 */
function overlapPoint(a: Rings, b: Rings): [number, number] | undefined {
  const sweep = sweepEdges(a, b);
  if (sweep.crossing) return sweep.crossing;
  const inB = new PointLocator(b);
  const inA = new PointLocator(a);
  return interiorInside(a, inB) ?? interiorInside(b, inA) ?? samplesInside(sweep.touchingA, inB) ?? samplesInside(sweep.touchingB, inA);
}

/** The midpoint of a given edge ([x1, y1, x2, y2] each) strictly inside the other part: an edge touching the other
 *  part and entering its interior there is inside it up to its next contact, which would be a crossing or a touch. */
function samplesInside(edges: readonly number[][], locator: PointLocator): [number, number] | undefined {
  for (const [x1, y1, x2, y2] of edges) {
    const x = (x1! + x2!) / 2;
    const y = (y1! + y2!) / 2;
    if (locator.locate(x, y) > 0) return [x, y];
  }
  return undefined;
}

function interiorInside(rings: Rings, locator: PointLocator): [number, number] | undefined {
  const p = interiorPoint(rings);
  return p && locator.locate(p[0], p[1]) > 0 ? p : undefined;
}

/** A point strictly inside the polygon: the middle of the widest inside stretch of a horizontal line between
 *  two vertex heights (so it meets no vertex). */
function interiorPoint(rings: Rings): [number, number] | undefined {
  let count = 0;
  for (const r of rings) count += r.length;
  const all = new Float64Array(count);
  let at = 0;
  for (const r of rings) for (const p of r) all[at++] = p[1];
  all.sort();
  // Distinct heights, then the middle pair of neighbours: the line between them meets no vertex.
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  if (distinct < 2) return undefined;
  const k = (distinct - 1) >> 1;
  const y = (all[k]! + all[k + 1]!) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((p, q) => p - q);
  let best: [number, number] | undefined;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) {
      width = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const d = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

interface Sweep {
  crossing: [number, number] | undefined;
  /** Edges of a (of b) that touch an edge of the other part without crossing it. */
  touchingA: number[][];
  touchingB: number[][];
}

/** An x-sweep over the edges of both parts: the first proper crossing (each edge strictly on both sides of the
 *  other), else every edge that touches one of the other part (an endpoint on it, or collinear overlap). */
function sweepEdges(a: Rings, b: Rings): Sweep {
  let total = 0;
  for (const r of a) total += Math.max(0, r.length - 1);
  for (const r of b) total += Math.max(0, r.length - 1);
  // Flat typed arrays, not an object per edge: two parts of 100k vertices each make 200k edges.
  const xy = new Float64Array(4 * total);
  const minX = new Float64Array(total);
  const maxX = new Float64Array(total);
  const minY = new Float64Array(total);
  const maxY = new Float64Array(total);
  const part = new Uint8Array(total);
  const touching = new Uint8Array(total);
  let n = 0;
  const add = (rings: Rings, which: 0 | 1) => {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const x1 = ring[i]![0],
          y1 = ring[i]![1],
          x2 = ring[i + 1]![0],
          y2 = ring[i + 1]![1];
        if (x1 === x2 && y1 === y2) continue;
        xy[4 * n] = x1;
        xy[4 * n + 1] = y1;
        xy[4 * n + 2] = x2;
        xy[4 * n + 3] = y2;
        minX[n] = x1 < x2 ? x1 : x2;
        maxX[n] = x1 < x2 ? x2 : x1;
        minY[n] = y1 < y2 ? y1 : y2;
        maxY[n] = y1 < y2 ? y2 : y1;
        part[n] = which;
        n++;
      }
    }
  };
  add(a, 0);
  add(b, 1);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((p, q) => minX[p]! - minX[q]!);
  for (let i = 0; i < n; i++) {
    const e = order[i]!;
    const eMaxX = maxX[e]!,
      eMinY = minY[e]!,
      eMaxY = maxY[e]!,
      ePart = part[e]!;
    const ex1 = xy[4 * e]!,
      ey1 = xy[4 * e + 1]!,
      ex2 = xy[4 * e + 2]!,
      ey2 = xy[4 * e + 3]!;
    for (let j = i + 1; j < n; j++) {
      const f = order[j]!;
      if (minX[f]! > eMaxX) break;
      if (part[f] === ePart || minY[f]! > eMaxY || maxY[f]! < eMinY) continue;
      const fx1 = xy[4 * f]!,
        fy1 = xy[4 * f + 1]!,
        fx2 = xy[4 * f + 2]!,
        fy2 = xy[4 * f + 3]!;
      const o1 = orient(ex1, ey1, ex2, ey2, fx1, fy1);
      const o2 = orient(ex1, ey1, ex2, ey2, fx2, fy2);
      if (o1 * o2 > 0) continue;
      const o3 = orient(fx1, fy1, fx2, fy2, ex1, ey1);
      const o4 = orient(fx1, fy1, fx2, fy2, ex2, ey2);
      if (o3 * o4 > 0) continue;
      if (o1 * o2 < 0 && o3 * o4 < 0) {
        const t = ((fx1 - ex1) * (fy2 - fy1) - (fy1 - ey1) * (fx2 - fx1)) / ((ex2 - ex1) * (fy2 - fy1) - (ey2 - ey1) * (fx2 - fx1));
        return { crossing: [ex1 + t * (ex2 - ex1), ey1 + t * (ey2 - ey1)], touchingA: [], touchingB: [] };
      }
      // Collinear edges touch only when their boxes overlap (checked above); others meet at an endpoint.
      touching[e] = 1;
      touching[f] = 1;
    }
  }
  const touchingA: number[][] = [];
  const touchingB: number[][] = [];
  for (let k = 0; k < n; k++) {
    if (touching[k] === 1) (part[k] === 0 ? touchingA : touchingB).push([xy[4 * k]!, xy[4 * k + 1]!, xy[4 * k + 2]!, xy[4 * k + 3]!]);
  }
  return { crossing: undefined, touchingA, touchingB };
}

/** Within ON_EDGE_DEG of a segment counts as on it: the midpoint of an edge two parts share is off it by rounding. */
const ON_EDGE_DEG = 1e-10;

function onSegment(x1: number, y1: number, x2: number, y2: number, x: number, y: number): boolean {
  if (
    x < Math.min(x1, x2) - ON_EDGE_DEG ||
    x > Math.max(x1, x2) + ON_EDGE_DEG ||
    y < Math.min(y1, y2) - ON_EDGE_DEG ||
    y > Math.max(y1, y2) + ON_EDGE_DEG
  )
    return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const cross = dx * (y - y1) - dy * (x - x1);
  // |cross| / length is the distance to the line; compared squared to avoid the square root.
  return cross * cross <= ON_EDGE_DEG * ON_EDGE_DEG * (dx * dx + dy * dy);
}

/**
 * Where points lie relative to one polygon (shell minus holes): 1 strictly inside, 0 on the boundary, −1 outside.
 * Edges are binned into a grid: a point on the boundary (most samples of parts sharing an edge) is found among
 * its cell's edges; the others count crossings in their row of cells, not along every edge.
 */
class PointLocator {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cellW: number;
  private readonly cellH: number;
  private readonly nx: number;
  private readonly ny: number;
  /** Per row, the edges crossing it; per cell, the edges whose box (grown by ON_EDGE_DEG) meets it. */
  private readonly rows: number[][];
  private readonly cells: (number[] | undefined)[];
  private readonly coords: Float64Array;

  constructor(rings: Rings) {
    let n = 0;
    for (const r of rings) n += Math.max(0, r.length - 1);
    this.coords = new Float64Array(4 * n);
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    let k = 0;
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++) {
        const x = r[i]![0],
          y = r[i]![1];
        this.coords[4 * k] = x;
        this.coords[4 * k + 1] = y;
        this.coords[4 * k + 2] = r[i + 1]![0];
        this.coords[4 * k + 3] = r[i + 1]![1];
        k++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
    const side = Math.max(1, Math.min(512, Math.ceil(Math.sqrt(n))));
    this.nx = side;
    this.ny = side;
    this.minX = minX;
    this.minY = minY;
    this.cellW = maxX > minX ? (maxX - minX) / side : 1;
    this.cellH = maxY > minY ? (maxY - minY) / side : 1;
    this.rows = Array.from({ length: side }, () => []);
    this.cells = new Array<number[] | undefined>(side * side);
    const c = this.coords;
    for (let e = 0; e < n; e++) {
      const x1 = c[4 * e]!,
        y1 = c[4 * e + 1]!,
        x2 = c[4 * e + 2]!,
        y2 = c[4 * e + 3]!;
      const r0 = this.row(Math.min(y1, y2) - ON_EDGE_DEG);
      const r1 = this.row(Math.max(y1, y2) + ON_EDGE_DEG);
      const c0 = this.column(Math.min(x1, x2) - ON_EDGE_DEG);
      const c1 = this.column(Math.max(x1, x2) + ON_EDGE_DEG);
      for (let row = r0; row <= r1; row++) {
        this.rows[row]!.push(e);
        for (let col = c0; col <= c1; col++) (this.cells[row * side + col] ??= []).push(e);
      }
    }
  }

  private row(y: number): number {
    const r = Math.floor((y - this.minY) / this.cellH);
    return r < 0 ? 0 : r >= this.ny ? this.ny - 1 : r;
  }

  private column(x: number): number {
    const col = Math.floor((x - this.minX) / this.cellW);
    return col < 0 ? 0 : col >= this.nx ? this.nx - 1 : col;
  }

  locate(x: number, y: number): number {
    const c = this.coords;
    const row = this.row(y);
    for (const e of this.cells[row * this.nx + this.column(x)] ?? []) {
      if (onSegment(c[4 * e]!, c[4 * e + 1]!, c[4 * e + 2]!, c[4 * e + 3]!, x, y)) return 0;
    }
    let inside = false;
    for (const e of this.rows[row]!) {
      const x1 = c[4 * e]!,
        y1 = c[4 * e + 1]!,
        x2 = c[4 * e + 2]!,
        y2 = c[4 * e + 3]!;
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
    }
    return inside ? 1 : -1;
  }
}
