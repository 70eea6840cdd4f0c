// Pure. Which tiles of the gap grid hold no overlap between features of a full-coverage layer, found without
// GEOS: a tile is clean when no unmatched edge (coverageEdges.ts) and no territory edge crosses it, its centre
// lies inside the territory and inside a feature (so the features cover the whole tile), and the features'
// areas clipped to the tile add up to the tile's area (any overlap would add its area twice). Planar areas in
// degrees suffice: both sides of the comparison are measured the same way. A pair of features whose common
// box meets only clean tiles cannot overlap by more than the noise, so the pairwise test skips it.
import type { BBox } from '../../geometry/bbox.ts';
import { signedRingArea } from '../../geometry/planarRing.ts';
import type { Geometry } from '../../model/types.ts';
import { clipRing } from '../clipRing.ts';
import { pointInPolygon } from '../pointInPolygon.ts';
import { isAlive, type RulesState } from '../rulesState.ts';
import type { Selection } from '../selectFeatures.ts';
import type { EdgeCounts } from './coverageEdges.ts';
import { unmatchedTiles } from './coverageEdges.ts';

/** 1e-12 deg² ≈ 0.01 m² at Jiyuan's latitude: far above rounding, far below the 1 m² noise floor. */
const EXCESS_DEG2 = 1e-12;
/** A pair's box spanning more tiles than this goes to GEOS anyway (per-tile slack could add up). */
const MAX_TILES = 16;

function clippedArea(g: Geometry, box: BBox): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let sum = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, r) => {
      const inBox = ring.every((p) => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3]);
      const a = Math.abs(signedRingArea(inBox ? ring : clipRing(ring, box)));
      sum += r === 0 ? a : -a;
    });
  }
  return sum;
}

/** Tiles the territory's boundary passes through (its edges' boxes), cached per territory union. */
function territoryTiles(state: RulesState, withinKey: string, within: Geometry, tileDeg: number): Set<string> {
  const key = `territoryTiles:${withinKey}`;
  let tiles = state.cache.get(key) as Set<string> | undefined;
  if (!tiles) {
    tiles = new Set();
    const polygons = within.type === 'Polygon' ? [within.coordinates] : within.type === 'MultiPolygon' ? within.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = ring[i - 1]!;
          const [bx, by] = ring[i]!;
          for (let ty = Math.floor(Math.min(ay, by) / tileDeg); ty <= Math.floor(Math.max(ay, by) / tileDeg); ty++) {
            for (let tx = Math.floor(Math.min(ax, bx) / tileDeg); tx <= Math.floor(Math.max(ax, bx) / tileDeg); tx++)
              tiles.add(`${tx},${ty}`);
          }
        }
      }
    }
    state.cache.set(key, tiles);
  }
  return tiles;
}

/** Numeric tile key (tiles of one territory stay far inside ±2^20 in both directions). */
export function tileKey(tx: number, ty: number): number {
  return (tx + 1_048_576) * 2_097_152 + (ty + 1_048_576);
}

/** The rule's clean verdicts per tile, kept in the state and dropped per tile when an edit touches it. */
export function cleanVerdicts(state: RulesState, ruleId: string): Map<number, boolean> {
  const key = `cleanTiles:${ruleId}`;
  let verdicts = state.cache.get(key) as Map<number, boolean> | undefined;
  if (!verdicts) state.cache.set(key, (verdicts = new Map()));
  return verdicts;
}

/** Returns a test "every tile the box a ∩ b meets is clean" (boxes as [minX, minY, maxX, maxY]). */
export function cleanBoxTest(
  state: RulesState,
  ruleId: string,
  subjects: Selection,
  within: Geometry,
  withinKey: string,
  counts: EdgeCounts,
  tileDeg: number,
): (a: BBox, b: BBox) => boolean {
  const unmatched = unmatchedTiles(counts, tileDeg);
  const boundary = territoryTiles(state, withinKey, within, tileDeg);
  const verdicts = cleanVerdicts(state, ruleId);
  const clean = (tx: number, ty: number): boolean => {
    const key = tileKey(tx, ty);
    const cached = verdicts.get(key);
    if (cached !== undefined) return cached;
    let verdict = false;
    const t = `${tx},${ty}`;
    const box: BBox = [tx * tileDeg, ty * tileDeg, (tx + 1) * tileDeg, (ty + 1) * tileDeg];
    const cx = (tx + 0.5) * tileDeg;
    const cy = (ty + 0.5) * tileDeg;
    if (!unmatched.has(t) && !boundary.has(t) && pointInPolygon(cx, cy, within)) {
      let covered = false;
      let sum = 0;
      for (const layer of subjects.layers) {
        for (const slot of state.indexes.get(layer)?.search(box) ?? []) {
          const f = state.features[slot]!;
          if (subjects.mask[slot] !== 1 || !isAlive(state, slot)) continue;
          // Read once: a stored feature's footprint is rebuilt on each read.
          const footprint = f.footprint;
          if (!footprint) continue;
          sum += clippedArea(footprint, box);
          if (!covered && pointInPolygon(cx, cy, footprint)) covered = true;
        }
      }
      verdict = covered && Math.abs(sum - tileDeg * tileDeg) <= EXCESS_DEG2;
    }
    verdicts.set(key, verdict);
    return verdict;
  };
  return (a, b) => {
    const x0 = Math.floor(Math.max(a[0], b[0]) / tileDeg);
    const x1 = Math.floor(Math.min(a[2], b[2]) / tileDeg);
    const y0 = Math.floor(Math.max(a[1], b[1]) / tileDeg);
    const y1 = Math.floor(Math.min(a[3], b[3]) / tileDeg);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES) return false;
    for (let ty = y0; ty <= y1; ty++) for (let tx = x0; tx <= x1; tx++) if (!clean(tx, ty)) return false;
    return true;
  };
}
