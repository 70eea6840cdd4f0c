// Pure. Takes the rules state, the subject and object selections, the side a distance zone is drawn
// around with its margin per feature, and an optional scope of changed slots; returns the candidate pairs
// whose boxes (grown by the margin) meet as flat slots [s0, o0, s1, o1, …] in search order (results never
// depend on it), each pair once, never a feature with itself. When both orders qualify (same-layer rules), only the one with the smaller subject id is kept.
import type { BBox } from '../geometry/bbox.ts';
import type { Geometry, Position } from '../model/types.ts';
import { expandBoxM } from './expandBoxM.ts';
import { CORRIDOR_WIDTH_FIELD, type PreparedFeature } from './prepareFeature.ts';
import type { RulesState } from './rulesState.ts';
import type { Selection } from './selectFeatures.ts';

export interface PairOptions {
  /** Side whose features are grown by `marginM` (the zone side); default: the smaller selection. */
  outerSide?: 'subject' | 'object';
  marginM?: (slot: number) => number;
  /** Only pairs involving one of these slots (incremental re-check). */
  scope?: ReadonlySet<number>;
}

export function candidatePairs(state: RulesState, subjects: Selection, objects: Selection, options: PairOptions = {}): number[] {
  const outerSide = options.outerSide ?? (subjects.slots.length <= objects.slots.length ? 'subject' : 'object');
  const outer = outerSide === 'subject' ? subjects : objects;
  const inner = outerSide === 'subject' ? objects : subjects;
  const margin = options.marginM ?? (() => 0);
  const innerLayers = inner.layers;
  const outerLayers = outer.layers;
  // Flat [s0, o0, s1, o1, …]: 400k little tuples would keep the garbage collector busy.
  const pairs: number[] = [];
  // Pairs already taken, where one could come twice: a re-check's scope reaches a pair from both of its slots.
  // Numeric keys (slots stay far below 2^26): string keys cost more than the pairs' tests at 300k.
  const seen = options.scope ? new Set<number>() : null;

  const emit = (outerSlot: number, innerSlot: number): void => {
    if (outerSlot === innerSlot) return;
    const s = outerSide === 'subject' ? outerSlot : innerSlot;
    const o = outerSide === 'subject' ? innerSlot : outerSlot;
    const sf = state.features[s]!;
    const of = state.features[o]!;
    if (subjects.mask[o] === 1 && objects.mask[s] === 1 && of.id < sf.id) return;
    if (seen) {
      const k = s * 67_108_864 + o;
      if (seen.has(k)) return;
      seen.add(k);
    }
    pairs.push(s, o);
  };

  // A full run meets each pair once: an index search gives a slot once, and a slot is in one layer. Only a line,
  // searched box by box along its segments, meets a neighbour more than once; it keeps its own set.
  const fromOuter = (slot: number): void => {
    const f = state.features[slot]!;
    if (!f.box) return;
    // A long line's box holds thousands of parcels it never comes near: search along its segments instead
    // (grown by the margin plus the corridor's half width).
    if (f.geometryClass !== 'line') {
      const grown = expandBoxM(f.box, margin(slot));
      for (const layer of innerLayers) {
        for (const other of state.indexes.get(layer)?.search(grown) ?? []) if (inner.mask[other] === 1) emit(slot, other);
      }
      return;
    }
    const met = new Set<number>();
    for (const grown of segmentBoxes(f.geometry, margin(slot) + corridorHalfWidthM(f))) {
      for (const layer of innerLayers) {
        for (const other of state.indexes.get(layer)?.search(grown) ?? []) {
          if (inner.mask[other] !== 1 || met.has(other)) continue;
          met.add(other);
          emit(slot, other);
        }
      }
    }
  };

  if (!options.scope) {
    for (const slot of outer.slots) fromOuter(slot);
  } else {
    let maxMargin = 0;
    if (options.marginM) for (const slot of outer.slots) maxMargin = Math.max(maxMargin, margin(slot));
    for (const slot of options.scope) {
      if (outer.mask[slot] === 1) fromOuter(slot);
      if (inner.mask[slot] !== 1) continue;
      const box = state.features[slot]!.box;
      if (!box) continue;
      const grown = expandBoxM(box, maxMargin);
      for (const layer of outerLayers) {
        for (const other of state.indexes.get(layer)?.search(grown) ?? []) {
          if (outer.mask[other] !== 1) continue;
          const ob = state.features[other]!.box;
          if (ob && boxesMeet(expandBoxM(ob, margin(other)), box)) emit(other, slot);
        }
      }
    }
  }
  return pairs;
}

function boxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Boxes of runs of a line's segments (about 200 m of extent each, a longer segment whole), grown by `marginM`. */
function segmentBoxes(g: Geometry, marginM: number): BBox[] {
  const paths = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  const CHUNK_DEG = 0.002;
  const out: BBox[] = [];
  const extend = (b: BBox, p: Position): BBox => [Math.min(b[0], p[0]), Math.min(b[1], p[1]), Math.max(b[2], p[0]), Math.max(b[3], p[1])];
  for (const path of paths) {
    let box: BBox | null = null;
    let last: Position | null = null;
    for (const p of path) {
      if (box === null || last === null) {
        box = [p[0], p[1], p[0], p[1]];
      } else {
        const grown = extend(box, p);
        if (grown[2] - grown[0] <= CHUNK_DEG && grown[3] - grown[1] <= CHUNK_DEG) box = grown;
        else {
          out.push(expandBoxM(box, marginM));
          // The next run starts at the previous vertex, so the segment between the runs is covered.
          box = extend([last[0], last[1], last[0], last[1]], p);
        }
      }
      last = p;
    }
    if (box) out.push(expandBoxM(box, marginM));
  }
  return out;
}

function corridorHalfWidthM(f: PreparedFeature): number {
  const kd = f.properties[CORRIDOR_WIDTH_FIELD];
  return typeof kd === 'number' && kd > 0 ? kd / 2 : 0;
}
