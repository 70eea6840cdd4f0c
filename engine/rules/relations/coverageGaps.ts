// Pure. Gaps of a full-coverage layer: (∪ within) − (∪ layer), computed per tile of a fixed 0.02° grid so
// a re-check after an edit recomputes only the tiles the edit touched; only tiles crossed by an unmatched
// edge (coverageEdges.ts) or whose centre is uncovered need an overlay at all. Pieces from all tiles are dissolved
// at the end (a gap across a tile line is one gap) and each polygon from `minAreaM2` is a finding.
import { bbox, type BBox } from '../../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../../geometry/ellipsoidalAreaM2.ts';
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
        piece = centreCovered(state, withinGeometry!, layers, subjects, tx, ty) ? null : tileGap(state, withinHandle, layers, subjects, tx, ty);
        state.cache.set(key, piece);
      }
      if (piece === undefined) {
        piece = tileGap(state, withinHandle, layers, subjects, tx, ty);
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
    out.push({ subject: null, object: null, region, measure: { areaM2 }, shares: {}, label: 'gap', detail: '存在未覆盖的缝隙' });
  }
  return out;
}

function tileBox(tx: number, ty: number): BBox {
  return [tx * GAP_TILE_DEG, ty * GAP_TILE_DEG, (tx + 1) * GAP_TILE_DEG, (ty + 1) * GAP_TILE_DEG];
}

/** (∪ within ∩ tile) − ∪ (layer features meeting the tile). */
function tileGap(state: RulesState, withinHandle: GeomHandle, layers: readonly LayerCode[], subjects: Selection, tx: number, ty: number): Geometry | null {
  const port = state.port;
  const box = tileBox(tx, ty);
  const tile: Geometry = {
    type: 'Polygon',
    coordinates: [[[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]], [box[0], box[1]]]],
  };
  const inside = port.intersection(withinHandle, tile, { keep: 'polygonal' });
  if (!inside) return null;
  // Ordered by feature id, so a re-check (where edited features sit in new slots) dissolves in the same order.
  const found: { id: string; footprint: Geometry }[] = [];
  for (const layer of layers) {
    for (const slot of state.indexes.get(layer)?.search(box) ?? []) {
      const f = state.features[slot]!;
      if (subjects.mask[slot] === 1 && isAlive(state, slot) && f.footprint) found.push({ id: f.id, footprint: f.footprint });
    }
  }
  const covering = found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((x) => x.footprint);
  const cover = covering.length > 0 ? port.unaryUnion(covering, { keep: 'polygonal' }) : null;
  return cover ? port.difference(inside, cover, { keep: 'polygonal' }) : inside;
}

/** True when the tile's centre is outside the territory or inside a feature of the layer. */
function centreCovered(state: RulesState, within: Geometry, layers: readonly LayerCode[], subjects: Selection, tx: number, ty: number): boolean {
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

/** Drops the cached gap tiles a changed box touches (so the next run recomputes only those). */
export function invalidateGapTiles(state: RulesState, ruleId: string, box: BBox): void {
  const [x0, y0, x1, y1] = tileRange(box);
  const clean = cleanVerdicts(state, ruleId);
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      state.cache.delete(`gaps:${ruleId}:${tx},${ty}`);
      clean.delete(tileKey(tx, ty));
    }
  }
}

/** The clean-tile test for the rule's pairwise overlap check, once `coverageGaps` has run; null without one. */
export function coverageCleanTest(state: RulesState, ruleId: string, subjects: Selection, withinKey: string): ((a: BBox, b: BBox) => boolean) | null {
  const within = state.cache.get(withinKey) as Geometry | null | undefined;
  const counts = state.cache.get(`gapEdges:${ruleId}`) as EdgeCounts | undefined;
  if (!within || !counts) return null;
  return cleanBoxTest(state, ruleId, subjects, within, withinKey, counts, GAP_TILE_DEG);
}
