// Pure. overlappingParts(polygons) → the first two parts of one MultiPolygon whose interiors overlap (the summed
// area would count the overlap twice), with a point of the overlap, or undefined. Parts touching at a point or
// along an edge do not overlap. Parts must be valid polygons (polygonDefect first). Planar test on lon/lat.
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
      const at = overlapPoint(polygons[first]!, polygons[second]!, boxes[first]!, boxes[second]!);
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
 * Interiors of two valid polygons overlap when their boundaries cross properly, when a vertex or an edge's
 * midpoint of one lies strictly inside the other, or (boundaries that only touch: identical parts, one inside
 * the other along its edges) when a point strictly inside one lies strictly inside the other.
 */
function overlapPoint(a: Rings, b: Rings, boxA: Box, boxB: Box): [number, number] | undefined {
  const crossing = properCrossing(a, b);
  if (crossing) return crossing;
  const inB = new PointLocator(b);
  const inA = new PointLocator(a);
  return samplesInside(a, boxB, inB) ?? samplesInside(b, boxA, inA) ?? interiorInside(a, inB) ?? interiorInside(b, inA);
}

function samplesInside(rings: Rings, other: Box, locator: PointLocator): [number, number] | undefined {
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const x = ring[i]![0];
      const y = ring[i]![1];
      const mx = (x + ring[i + 1]![0]) / 2;
      const my = (y + ring[i + 1]![1]) / 2;
      if (inBox(x, y, other) && locator.locate(x, y) > 0) return [x, y];
      if (inBox(mx, my, other) && locator.locate(mx, my) > 0) return [mx, my];
    }
  }
  return undefined;
}

function interiorInside(rings: Rings, locator: PointLocator): [number, number] | undefined {
  const p = interiorPoint(rings);
  return p && locator.locate(p[0], p[1]) > 0 ? p : undefined;
}

function inBox(x: number, y: number, b: Box): boolean {
  return x > b.minX && x < b.maxX && y > b.minY && y < b.maxY;
}

/** A point strictly inside the polygon: the middle of the widest inside stretch of a horizontal line between
 *  two vertex heights (so it meets no vertex). */
function interiorPoint(rings: Rings): [number, number] | undefined {
  const ys = [...new Set(rings.flatMap((r) => r.map((p) => p[1])))].sort((p, q) => p - q);
  if (ys.length < 2) return undefined;
  const k = (ys.length - 1) >> 1;
  const y = (ys[k]! + ys[k + 1]!) / 2;
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

/** A point where an edge of `a` and an edge of `b` cross properly (each strictly on both sides of the other),
 *  found with an x-sweep over the edges of both. */
function properCrossing(a: Rings, b: Rings): [number, number] | undefined {
  const edges: { x1: number; y1: number; x2: number; y2: number; minX: number; maxX: number; minY: number; maxY: number; part: 0 | 1 }[] = [];
  const add = (rings: Rings, part: 0 | 1) => {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[i + 1]!;
        edges.push({ x1, y1, x2, y2, minX: Math.min(x1, x2), maxX: Math.max(x1, x2), minY: Math.min(y1, y2), maxY: Math.max(y1, y2), part });
      }
    }
  };
  add(a, 0);
  add(b, 1);
  edges.sort((p, q) => p.minX - q.minX);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    for (let j = i + 1; j < edges.length; j++) {
      const f = edges[j]!;
      if (f.minX > e.maxX) break;
      if (f.part === e.part || f.minY > e.maxY || f.maxY < e.minY) continue;
      const o1 = orient(e.x1, e.y1, e.x2, e.y2, f.x1, f.y1);
      const o2 = orient(e.x1, e.y1, e.x2, e.y2, f.x2, f.y2);
      if (o1 * o2 >= 0) continue;
      const o3 = orient(f.x1, f.y1, f.x2, f.y2, e.x1, e.y1);
      const o4 = orient(f.x1, f.y1, f.x2, f.y2, e.x2, e.y2);
      if (o3 * o4 >= 0) continue;
      const t = ((f.x1 - e.x1) * (f.y2 - f.y1) - (f.y1 - e.y1) * (f.x2 - f.x1)) / ((e.x2 - e.x1) * (f.y2 - f.y1) - (e.y2 - e.y1) * (f.x2 - f.x1));
      return [e.x1 + t * (e.x2 - e.x1), e.y1 + t * (e.y2 - e.y1)];
    }
  }
  return undefined;
}

/**
 * Where points lie relative to one polygon (shell minus holes): 1 strictly inside, 0 on the boundary, −1 outside.
 * Edges are binned into horizontal strips, so locating many points costs about the strip's edges each, not
 * all of them (a part of 100k vertices against another).
 */
class PointLocator {
  private readonly minY: number;
  private readonly stripH: number;
  private readonly strips: number[][];
  private readonly coords: Float64Array;

  constructor(rings: Rings) {
    let n = 0;
    for (const r of rings) n += Math.max(0, r.length - 1);
    this.coords = new Float64Array(4 * n);
    let minY = Infinity;
    let maxY = -Infinity;
    let k = 0;
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++) {
        this.coords.set([r[i]![0], r[i]![1], r[i + 1]![0], r[i + 1]![1]], 4 * k++);
        minY = Math.min(minY, r[i]![1]);
        maxY = Math.max(maxY, r[i]![1]);
      }
    }
    const count = Math.max(1, Math.min(4096, Math.ceil(Math.sqrt(n))));
    this.minY = minY;
    this.stripH = maxY > minY ? (maxY - minY) / count : 1;
    this.strips = Array.from({ length: count }, () => []);
    for (let e = 0; e < n; e++) {
      const y1 = this.coords[4 * e + 1]!;
      const y2 = this.coords[4 * e + 3]!;
      const from = this.stripOf(Math.min(y1, y2));
      const to = this.stripOf(Math.max(y1, y2));
      for (let s = from; s <= to; s++) this.strips[s]!.push(e);
    }
  }

  private stripOf(y: number): number {
    const s = Math.floor((y - this.minY) / this.stripH);
    return s < 0 ? 0 : s >= this.strips.length ? this.strips.length - 1 : s;
  }

  locate(x: number, y: number): number {
    const c = this.coords;
    let inside = false;
    for (const e of this.strips[this.stripOf(y)]!) {
      const x1 = c[4 * e]!, y1 = c[4 * e + 1]!, x2 = c[4 * e + 2]!, y2 = c[4 * e + 3]!;
      if (orient(x1, y1, x2, y2, x, y) === 0 && Math.min(x1, x2) <= x && x <= Math.max(x1, x2) && Math.min(y1, y2) <= y && y <= Math.max(y1, y2)) return 0;
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
    }
    return inside ? 1 : -1;
  }
}
