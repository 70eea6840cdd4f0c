// Pure (given a port). Takes the polygons of an area measure (already clipped to its `within` area), the
// towns and the cache, returns the ellipsoidal area of their union in total and per town. Each polygon is
// split by town first (a polygon a prepared town covers stays whole, the cheap common case), so unions stay
// per town and small instead of one city-wide dissolve followed by 16 intersections. With a cache from an
// earlier call, a town whose members did not change keeps its area, and one where a few changed is patched:
// area − removed members + (∪(added ∪ neighbours) − neighbours), exact while the members do not overlap.
import { bbox, bboxesDisjoint, type BBox } from '../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../model/types.ts';
import type { DissolveContext } from './dissolveContext.ts';
import type { BucketState, TownSplit } from './indicatorCache.ts';
import { safeClip, safeDifference, safeUnion } from './safeOverlay.ts';

export interface DissolvedArea {
  totalM2: number;
  /** Per town code (every town of the context, 0 when nothing falls in it). */
  byTownM2: Map<string, number>;
}

/** Noise: members sharing less than this in total still count as not overlapping (product.md §6). */
export const NOISE_M2 = 1;
/** Beyond this many changed members a bucket is dissolved anew. */
export const MAX_PATCHED = 64;

export function splitByTown(ctx: DissolveContext, piece: Geometry): TownSplit {
  const box = bbox(piece)!;
  const parts: [string, Geometry][] = [];
  for (const town of ctx.towns) {
    if (bboxesDisjoint(box, town.box)) continue;
    const clipped = safeClip(ctx.port, town.handle, piece);
    if (clipped === 'whole') return { whole: town.code };
    if (clipped !== null) parts.push([town.code, clipped]);
  }
  const territory = ctx.territory;
  const outside = territory && !bboxesDisjoint(box, territory.box) ? safeDifference(ctx.port, piece, territory.handle) : piece;
  return { parts, outside };
}

export function memberOf(g: Geometry): { areaM2: number; box: BBox } {
  return { areaM2: ellipsoidalAreaM2(g), box: bbox(g)! };
}

export function dissolveAnew(pieces: readonly Geometry[], ctx: DissolveContext): BucketState {
  const members = new Map<Geometry, { areaM2: number; box: BBox }>();
  let sumM2 = 0;
  for (const p of pieces) {
    const m = memberOf(p);
    members.set(p, m);
    sumM2 += m.areaM2;
  }
  const totalM2 = pieces.length === 0 ? 0 : ellipsoidalAreaM2(safeUnion(ctx.port, pieces));
  return { pieces, members, totalM2, overlapFree: sumM2 - totalM2 < NOISE_M2 };
}

function samePieces(a: readonly Geometry[] | null, b: readonly Geometry[]): boolean {
  if (a === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function patch(prev: BucketState, pieces: readonly Geometry[], ctx: DissolveContext): BucketState | null {
  if (samePieces(prev.pieces, pieces)) return prev;
  const now = new Set(pieces);
  const added = pieces.filter((p) => !prev.members.has(p));
  const removed = [...prev.members.keys()].filter((p) => !now.has(p));
  if (added.length === 0 && removed.length === 0) return { ...prev, pieces };
  if (!prev.overlapFree || added.length + removed.length > MAX_PATCHED) return null;
  const members = new Map(prev.members);
  let totalM2 = prev.totalM2;
  for (const r of removed) {
    totalM2 -= members.get(r)!.areaM2;
    members.delete(r);
  }
  let overlapFree = true;
  if (added.length > 0) {
    const addedMembers = added.map((p) => [p, memberOf(p)] as const);
    const neighbours = [...members].filter(([, m]) => addedMembers.some(([, a]) => !bboxesDisjoint(a.box, m.box)));
    const neighboursM2 = neighbours.reduce((s, [, m]) => s + m.areaM2, 0);
    const addedM2 = addedMembers.reduce((s, [, a]) => s + a.areaM2, 0);
    const gainM2 = ellipsoidalAreaM2(safeUnion(ctx.port, [...added, ...neighbours.map(([g]) => g)])) - neighboursM2;
    totalM2 += gainM2;
    overlapFree = addedM2 - gainM2 < NOISE_M2;
    for (const [g, m] of addedMembers) members.set(g, m);
  }
  return { pieces, members, totalM2, overlapFree };
}

function bucketAreaM2(key: string, pieces: readonly Geometry[], ctx: DissolveContext): number {
  const prev = ctx.cache.buckets.get(key);
  const next = (prev && patch(prev, pieces, ctx)) ?? dissolveAnew(pieces, ctx);
  ctx.cache.buckets.set(key, next);
  return next.totalM2;
}

export function measureDissolvedArea(measureKey: string, pieces: readonly Geometry[], ctx: DissolveContext): DissolvedArea {
  const byTownM2 = new Map<string, number>(ctx.towns.map((t) => [t.code, 0]));
  if (ctx.towns.length === 0) return { totalM2: bucketAreaM2(`${measureKey}|all`, pieces, ctx), byTownM2 };
  const buckets = new Map<string, Geometry[]>(ctx.towns.map((t) => [t.code, []]));
  const outside: Geometry[] = [];
  for (const piece of pieces) {
    let split = ctx.cache.townSplits.get(piece);
    if (!split) {
      split = splitByTown(ctx, piece);
      ctx.cache.townSplits.set(piece, split);
    }
    if ('whole' in split) {
      buckets.get(split.whole)!.push(piece);
      continue;
    }
    for (const [code, part] of split.parts) buckets.get(code)!.push(part);
    if (split.outside) outside.push(split.outside);
  }
  let sumM2 = 0;
  for (const town of ctx.towns) {
    const areaM2 = bucketAreaM2(`${measureKey}|town:${town.code}`, buckets.get(town.code)!, ctx);
    byTownM2.set(town.code, areaM2);
    sumM2 += areaM2;
  }
  const totalM2 = ctx.townsDisjoint
    ? sumM2 + bucketAreaM2(`${measureKey}|outside`, outside, ctx)
    : bucketAreaM2(`${measureKey}|all`, pieces, ctx);
  return { totalM2, byTownM2 };
}
