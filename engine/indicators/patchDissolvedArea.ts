// Pure (given a port). Takes a measure whose buckets an earlier call left in the cache, the pieces that left
// it and those that joined since (already clipped to its `within` area), returns its area in total and per
// town, patching only the buckets those pieces fall in; null when the cache cannot say (the caller measures anew).
import { bboxesDisjoint } from '../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../model/types.ts';
import type { DissolveContext } from './dissolveContext.ts';
import type { BucketState } from './indicatorCache.ts';
import { dissolveAnew, MAX_PATCHED, memberOf, NOISE_M2, splitByTown, type DissolvedArea } from './measureDissolvedArea.ts';
import { safeUnion } from './safeOverlay.ts';

interface Delta {
  removed: Geometry[];
  added: Geometry[];
}

export function patchDissolvedArea(
  measureKey: string,
  removed: readonly Geometry[],
  added: readonly Geometry[],
  ctx: DissolveContext,
): DissolvedArea | null {
  const townKey = (code: string) => `${measureKey}|town:${code}`;
  const restKey = ctx.towns.length > 0 && ctx.townsDisjoint ? `${measureKey}|outside` : `${measureKey}|all`;
  const buckets = new Map<string, BucketState>();
  for (const key of [...ctx.towns.map((t) => townKey(t.code)), restKey]) {
    const bucket = ctx.cache.buckets.get(key);
    if (!bucket) return null;
    buckets.set(key, bucket);
  }
  const deltas = new Map<string, Delta>();
  const into = (key: string, piece: Geometry, side: keyof Delta): void => {
    let d = deltas.get(key);
    if (!d) deltas.set(key, (d = { removed: [], added: [] }));
    d[side].push(piece);
  };
  // The same routing as measureDissolvedArea: whole pieces or their town parts per town, and what lies
  // outside every town (or, when towns overlap, every piece) in the rest bucket.
  const route = (piece: Geometry, side: keyof Delta): void => {
    if (ctx.towns.length === 0 || !ctx.townsDisjoint) into(restKey, piece, side);
    if (ctx.towns.length === 0) return;
    let split = ctx.cache.townSplits.get(piece);
    if (!split) {
      split = splitByTown(ctx, piece);
      ctx.cache.townSplits.set(piece, split);
    }
    if ('whole' in split) {
      into(townKey(split.whole), piece, side);
      return;
    }
    for (const [code, part] of split.parts) into(townKey(code), part, side);
    if (split.outside && ctx.townsDisjoint) into(restKey, split.outside, side);
  };
  for (const piece of removed) route(piece, 'removed');
  for (const piece of added) route(piece, 'added');
  // Check every bucket before changing any, so a refusal leaves the cache as it was.
  for (const [key, d] of deltas) {
    const members = buckets.get(key)!.members;
    const leaving = new Set(d.removed);
    if (leaving.size !== d.removed.length || d.removed.some((p) => !members.has(p))) return null;
    if (d.added.some((p) => members.has(p) && !leaving.has(p)) || new Set(d.added).size !== d.added.length) return null;
  }
  for (const [key, d] of deltas) {
    const prev = buckets.get(key)!;
    const next = patchBucket(prev, d, ctx) ?? dissolveAnew(piecesAfter(prev, d), ctx);
    ctx.cache.buckets.set(key, next);
    buckets.set(key, next);
  }
  const byTownM2 = new Map<string, number>();
  let sumM2 = 0;
  for (const town of ctx.towns) {
    const areaM2 = buckets.get(townKey(town.code))!.totalM2;
    byTownM2.set(town.code, areaM2);
    sumM2 += areaM2;
  }
  const restM2 = buckets.get(restKey)!.totalM2;
  return { totalM2: ctx.towns.length > 0 && ctx.townsDisjoint ? sumM2 + restM2 : restM2, byTownM2 };
}

function piecesAfter(prev: BucketState, d: Delta): Geometry[] {
  const leaving = new Set(d.removed);
  return [...[...prev.members.keys()].filter((p) => !leaving.has(p)), ...d.added];
}

/** area − removed members + (∪(added ∪ neighbours) − neighbours), in place; null when that is not exact. */
function patchBucket(prev: BucketState, d: Delta, ctx: DissolveContext): BucketState | null {
  if (!prev.overlapFree || d.removed.length + d.added.length > MAX_PATCHED) return null;
  const members = prev.members;
  let totalM2 = prev.totalM2;
  for (const r of d.removed) {
    totalM2 -= members.get(r)!.areaM2;
    members.delete(r);
  }
  let overlapFree = true;
  if (d.added.length > 0) {
    const addedMembers = d.added.map((p) => [p, memberOf(p)] as const);
    const neighbours: Geometry[] = [];
    let neighboursM2 = 0;
    for (const [g, m] of members) {
      if (!addedMembers.some(([, a]) => !bboxesDisjoint(a.box, m.box))) continue;
      neighbours.push(g);
      neighboursM2 += m.areaM2;
    }
    const addedM2 = addedMembers.reduce((s, [, a]) => s + a.areaM2, 0);
    const gainM2 = ellipsoidalAreaM2(safeUnion(ctx.port, [...d.added, ...neighbours])) - neighboursM2;
    totalM2 += gainM2;
    overlapFree = addedM2 - gainM2 < NOISE_M2;
    for (const [g, m] of addedMembers) members.set(g, m);
  }
  return { pieces: null, members, totalM2, overlapFree };
}
