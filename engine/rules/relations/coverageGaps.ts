// Pure. Gaps of a full-coverage layer: (∪ within) − (∪ layer), computed per tile of a fixed 0.02° grid so
// a re-check after an edit recomputes only the tiles the edit touched; only tiles crossed by an unmatched
// edge (coverageEdges.ts) or whose centre is uncovered need an overlay at all. Pieces from all tiles are dissolved
// at the end (a gap across a tile line is one gap) and each polygon from `minAreaM2` is a finding.
import { bbox, boxPolygon, type BBox } from '../../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../../geometry/ellipsoidalAreaM2.ts';
import { say } from '../../i18n/index.ts';
import type { Geometry } from '../../model/types.ts';
import type { Finding } from '../finding.ts';
import type { GeomHandle } from '../../geometry/port.ts';
import type { LayerCode } from '../../model/types.ts';
import { pointInPolygon } from '../pointInPolygon.ts';
import { isAlive, type RulesState } from '../rulesState.ts';
import { cleanBoxTest, cleanVerdicts, tileKey } from './coverageCleanTiles.ts';
import { countEdges, unmatchedTiles, type EdgeCounts } from './coverageEdges.ts';
import type { Selection } from '../selectFeatures.ts';
import { unionOf } from './evaluateOutside.ts';

export const GAP_TILE_DEG = 0.02;

export function coverageGaps(
  state: RulesState,
  ruleId: string,
  subjects: Selection,
  within: Selection,
  withinKey: string,
  minAreaM2: number,
): Finding[] {
  // Without any feature of the layer the plan simply lacks it: nothing to call a gap.
  if (subjects.slots.length === 0) return [];
  const withinHandle = unionOf(state, withinKey, within.slots);
  const withinGeometry = state.cache.get(withinKey) as Geometry | null;
  const extent = bbox(withinGeometry);
  if (!withinHandle || !extent) return [];
  const port = state.port;
  const layers: readonly LayerCode[] = subjects.layers;
  const pieces: Geometry[] = [];
  const [x0, y0, x1, y1] = tileRange(extent);
  const counts = edgeCountsOf(state, ruleId, subjects, withinGeometry);
  let suspicious: Set<string> | null = null;
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      const key = `gaps:${ruleId}:${tx},${ty}`;
      let piece = state.cache.get(key) as Geometry | null | undefined;
      if (piece === undefined && !(suspicious ??= unmatchedTiles(counts, GAP_TILE_DEG)).has(`${tx},${ty}`)) {
        // No unmatched edge crosses the tile: it is all covered (or outside) or all gap; its centre says which.
        piece = centreCovered(state, withinGeometry!, layers, subjects, tx, ty)
          ? null
          : tileGap(state, ruleId, withinHandle, layers, subjects, tx, ty);
        state.cache.set(key, piece);
      }
      if (piece === undefined) {
        piece = tileGap(state, ruleId, withinHandle, layers, subjects, tx, ty);
        state.cache.set(key, piece);
      }
      if (piece) pieces.push(piece);
    }
  }
  if (pieces.length === 0) return [];
  const gaps = port.unaryUnion(pieces, { keep: 'polygonal' });
  const polygons: Geometry[] =
    gaps === null ? [] : gaps.type === 'MultiPolygon' ? gaps.coordinates.map((c) => ({ type: 'Polygon', coordinates: c })) : [gaps];
  const out: Finding[] = [];
  for (const region of polygons) {
    const areaM2 = ellipsoidalAreaM2(region);
    if (areaM2 < minAreaM2) continue;
    out.push({
      subject: null,
      object: null,
      region,
      measure: { areaM2 },
      shares: {},
      label: 'gap',
      detail: say('rules.coverageGaps.gap'),
    });
  }
  return out;
}

function tileBox(tx: number, ty: number): BBox {
  return [tx * GAP_TILE_DEG, ty * GAP_TILE_DEG, (tx + 1) * GAP_TILE_DEG, (ty + 1) * GAP_TILE_DEG];
}

/** (∪ within ∩ tile) − ∪ (layer features meeting the tile). */
function tileGap(
  state: RulesState,
  ruleId: string,
  withinHandle: GeomHandle,
  layers: readonly LayerCode[],
  subjects: Selection,
  tx: number,
  ty: number,
): Geometry | null {
  const port = state.port;
  const box = tileBox(tx, ty);
  const tile = boxPolygon(box);
  const inside = port.intersection(withinHandle, tile, { keep: 'polygonal' });
  if (!inside) return null;
  // The cover is dissolved per cell of the tile first (a feature belongs to the cell of its box centre), so
  // a re-check after an edit re-dissolves one cell and then the cells' covers, not every feature of the tile.
  let cells: { id: string; footprint: Geometry }[][] | null = null;
  const covers: Geometry[] = [];
  for (let cell = 0; cell < SUB_CELLS * SUB_CELLS; cell++) {
    const key = `gaps:${ruleId}:${tx},${ty}:cell${cell}`;
    let cover = state.cache.get(key) as Geometry | null | undefined;
    if (cover === undefined) {
      cells ??= tileCells(state, layers, subjects, tx, ty, box);
      // Ordered by feature id, so a re-check (where edited features sit in new slots) dissolves in the same order.
      const covering = cells[cell]!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((x) => x.footprint);
      cover = covering.length > 0 ? port.unaryUnion(covering, { keep: 'polygonal' }) : null;
      state.cache.set(key, cover);
    }
    if (cover) covers.push(cover);
  }
  const cover = covers.length === 0 ? null : covers.length === 1 ? covers[0]! : port.unaryUnion(covers, { keep: 'polygonal' });
  return cover ? port.difference(inside, cover, { keep: 'polygonal' }) : inside;
}

const TOUCH_DEG = 1e-9;

/** Cells per tile side: the cover of a tile is dissolved from SUB_CELLS² cell covers. */
const SUB_CELLS = 4;

/** The cell (0 … SUB_CELLS² − 1) of tile (tx, ty) a box belongs to: the one holding its centre, clamped. */
function cellOf(b: BBox, tx: number, ty: number): number {
  const size = GAP_TILE_DEG / SUB_CELLS;
  const clamp = (v: number) => Math.min(SUB_CELLS - 1, Math.max(0, Math.floor(v)));
  const cx = clamp(((b[0] + b[2]) / 2 - tx * GAP_TILE_DEG) / size);
  const cy = clamp(((b[1] + b[3]) / 2 - ty * GAP_TILE_DEG) / size);
  return cy * SUB_CELLS + cx;
}

function tileCells(
  state: RulesState,
  layers: readonly LayerCode[],
  subjects: Selection,
  tx: number,
  ty: number,
  box: BBox,
): { id: string; footprint: Geometry }[][] {
  const cells: { id: string; footprint: Geometry }[][] = Array.from({ length: SUB_CELLS * SUB_CELLS }, () => []);
  for (const layer of layers) {
    for (const slot of state.indexes.get(layer)?.search(box) ?? []) {
      const f = state.features[slot]!;
      if (subjects.mask[slot] === 1 && isAlive(state, slot) && f.footprint && f.box)
        cells[cellOf(f.box, tx, ty)]!.push({ id: f.id, footprint: f.footprint });
    }
  }
  return cells;
}

/** True when the tile's centre is outside the territory or inside a feature of the layer. */
function centreCovered(
  state: RulesState,
  within: Geometry,
  layers: readonly LayerCode[],
  subjects: Selection,
  tx: number,
  ty: number,
): boolean {
  const x = (tx + 0.5) * GAP_TILE_DEG;
  const y = (ty + 0.5) * GAP_TILE_DEG;
  if (!pointInPolygon(x, y, within)) return true;
  for (const layer of layers) {
    for (const slot of state.indexes.get(layer)?.search([x, y, x, y]) ?? []) {
      if (subjects.mask[slot] === 1 && isAlive(state, slot) && pointInPolygon(x, y, state.features[slot]!.footprint)) return true;
    }
  }
  return false;
}

/** The rule's edge counts over the layer's footprints, built on first use and patched by re-checks. */
export function edgeCountsOf(state: RulesState, ruleId: string, subjects: Selection, within: Geometry | null): EdgeCounts {
  const key = `gapEdges:${ruleId}`;
  let counts = state.cache.get(key) as EdgeCounts | undefined;
  if (!counts) {
    counts = new Map();
    for (const slot of subjects.slots) {
      const fp = state.features[slot]!.footprint;
      if (fp) countEdges(counts, fp, 1);
    }
    if (within) countEdges(counts, within, -1);
    state.cache.set(key, counts);
  }
  return counts;
}

function tileRange(box: BBox): [number, number, number, number] {
  return [
    Math.floor(box[0] / GAP_TILE_DEG),
    Math.floor(box[1] / GAP_TILE_DEG),
    Math.floor(box[2] / GAP_TILE_DEG),
    Math.floor(box[3] / GAP_TILE_DEG),
  ];
}

/** Drops the cached gap tiles a changed box touches, and the cell covers it lies in (so the next run recomputes only those). */
export function invalidateGapTiles(state: RulesState, ruleId: string, box: BBox): void {
  // A hair wider: a tile the box only touches still lists the feature among those meeting it.
  const [x0, y0, x1, y1] = tileRange([box[0] - TOUCH_DEG, box[1] - TOUCH_DEG, box[2] + TOUCH_DEG, box[3] + TOUCH_DEG]);
  const clean = cleanVerdicts(state, ruleId);
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      state.cache.delete(`gaps:${ruleId}:${tx},${ty}`);
      state.cache.delete(`gaps:${ruleId}:${tx},${ty}:cell${cellOf(box, tx, ty)}`);
      clean.delete(tileKey(tx, ty));
    }
  }
}

/** The clean-tile test for the rule's pairwise overlap check, once `coverageGaps` has run; null without one. */
export function coverageCleanTest(
  state: RulesState,
  ruleId: string,
  subjects: Selection,
  withinKey: string,
): ((a: BBox, b: BBox) => boolean) | null {
  const within = state.cache.get(withinKey) as Geometry | null | undefined;
  const counts = state.cache.get(`gapEdges:${ruleId}`) as EdgeCounts | undefined;
  if (!within || !counts) return null;
  return cleanBoxTest(state, ruleId, subjects, within, withinKey, counts, GAP_TILE_DEG);
}
