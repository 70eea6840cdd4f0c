// Pure (given a port). Takes the polygons of an area measure, an optional clip area (the dissolved
// `within` selector) and the towns, returns the ellipsoidal area of their union in total and per town.
// Each polygon is clipped first (a polygon a prepared area covers is kept whole, the cheap common case),
// so unions stay per town and small instead of one city-wide dissolve followed by 16 intersections.
import { bbox, bboxesDisjoint } from '../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../model/types.ts';
import type { DissolveContext, HeldArea } from './dissolveContext.ts';
import { safeClip, safeDifference, safeUnion } from './safeOverlay.ts';

export interface DissolvedArea {
  totalM2: number;
  /** Per town code (every town of the context, 0 when nothing falls in it). */
  byTownM2: Map<string, number>;
}

function clipTo(ctx: DissolveContext, area: HeldArea, g: Geometry): Geometry | null {
  const box = bbox(g);
  if (!box || bboxesDisjoint(box, area.box)) return null;
  const clipped = safeClip(ctx.port, area.handle, g);
  return clipped === 'whole' ? g : clipped;
}

export function measureDissolvedArea(
  polygons: readonly Geometry[],
  within: HeldArea | null,
  ctx: DissolveContext,
): DissolvedArea {
  const pieces: Geometry[] = [];
  for (const g of polygons) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const piece = within ? clipTo(ctx, within, g) : g;
    if (piece) pieces.push(piece);
  }
  const byTownM2 = new Map<string, number>(ctx.towns.map((t) => [t.code, 0]));
  if (ctx.towns.length === 0) {
    return { totalM2: ellipsoidalAreaM2(safeUnion(ctx.port, pieces)), byTownM2 };
  }
  const buckets = new Map<string, Geometry[]>(ctx.towns.map((t) => [t.code, []]));
  const outside: Geometry[] = [];
  for (const piece of pieces) {
    const box = bbox(piece)!;
    let wholeInOneTown = false;
    for (const town of ctx.towns) {
      if (bboxesDisjoint(box, town.box)) continue;
      const clipped = safeClip(ctx.port, town.handle, piece);
      if (clipped === null) continue;
      buckets.get(town.code)!.push(clipped === 'whole' ? piece : clipped);
      if (clipped === 'whole') {
        wholeInOneTown = true;
        break;
      }
    }
    if (wholeInOneTown) continue;
    const territory = ctx.territory;
    const rest = territory && !bboxesDisjoint(box, territory.box) ? safeDifference(ctx.port, piece, territory.handle) : piece;
    if (rest) outside.push(rest);
  }
  let sumM2 = 0;
  for (const town of ctx.towns) {
    const areaM2 = ellipsoidalAreaM2(safeUnion(ctx.port, buckets.get(town.code)!));
    byTownM2.set(town.code, areaM2);
    sumM2 += areaM2;
  }
  const totalM2 = ctx.townsDisjoint
    ? sumM2 + ellipsoidalAreaM2(safeUnion(ctx.port, outside))
    : ellipsoidalAreaM2(safeUnion(ctx.port, pieces));
  return { totalM2, byTownM2 };
}
