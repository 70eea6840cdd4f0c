// Pure. Whether a box lies in tiles of a fixed grid that GEOS found the union covers whole, so that `outside` can skip a
// feature without holding it: a feature inside such tiles is inside the union (GEOS's predicates are exact, and the
// box is compared with the very coordinates of the tiles' corners), which is what `covers` would have said of it. A
// verdict is asked of GEOS once per tile and kept with the union (forgetUnion drops them together).
import { boxPolygon, type BBox } from '../../geometry/bbox.ts';
import type { GeomHandle } from '../../geometry/port.ts';
import type { Geometry } from '../../model/types.ts';
import type { RulesState } from '../rulesState.ts';
import { tileKey } from './coverageCleanTiles.ts';

export const INSIDE_TILE_DEG = 0.02;
/** A box over more tiles than this is left to GEOS (most features lie in one, some in two or four). */
const MAX_TILES = 4;

/** The cache key of a union's tile verdicts. */
export function insideTilesKey(unionKey: string): string {
  return `${unionKey}#insideTiles`;
}

/** Tile (tx, ty) as a polygon: adjacent tiles share the very same corner coordinates. */
function tile(tx: number, ty: number): Geometry {
  return boxPolygon([tx * INSIDE_TILE_DEG, ty * INSIDE_TILE_DEG, (tx + 1) * INSIDE_TILE_DEG, (ty + 1) * INSIDE_TILE_DEG]);
}

export function insideCoveredTiles(state: RulesState, unionKey: string, union: GeomHandle, box: BBox): boolean {
  const x0 = Math.floor(box[0] / INSIDE_TILE_DEG);
  const x1 = Math.floor(box[2] / INSIDE_TILE_DEG);
  const y0 = Math.floor(box[1] / INSIDE_TILE_DEG);
  const y1 = Math.floor(box[3] / INSIDE_TILE_DEG);
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES) return false;
  // The division rounds: the box must lie within the corners as the tiles' polygons carry them.
  if (box[0] < x0 * INSIDE_TILE_DEG || box[2] > (x1 + 1) * INSIDE_TILE_DEG) return false;
  if (box[1] < y0 * INSIDE_TILE_DEG || box[3] > (y1 + 1) * INSIDE_TILE_DEG) return false;
  const key = insideTilesKey(unionKey);
  let verdicts = state.cache.get(key) as Map<number, boolean> | undefined;
  if (verdicts === undefined) state.cache.set(key, (verdicts = new Map()));
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      const k = tileKey(tx, ty);
      let covered = verdicts.get(k);
      if (covered === undefined) {
        covered = state.port.covers(union, tile(tx, ty));
        verdicts.set(k, covered);
      }
      if (!covered) return false;
    }
  }
  return true;
}
