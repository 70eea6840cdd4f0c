// Pure. Takes the rules state, the subject and object selections, the side a distance zone is drawn
// around with its margin per feature, and an optional scope of changed slots; returns the candidate
// [subject, object] slot pairs whose boxes (grown by the margin) meet, each pair once, never a feature
// with itself. When both orders qualify (same-layer rules), only the one with the smaller subject id is kept.
import type { BBox } from '../geometry/bbox.ts';
import { expandBoxM } from './expandBoxM.ts';
import type { RulesState } from './rulesState.ts';
import type { Selection } from './selectFeatures.ts';

export interface PairOptions {
  /** Side whose features are grown by `marginM` (the zone side); default: the smaller selection. */
  outerSide?: 'subject' | 'object';
  marginM?: (slot: number) => number;
  /** Only pairs involving one of these slots (incremental re-check). */
  scope?: ReadonlySet<number>;
}

export function candidatePairs(
  state: RulesState,
  subjects: Selection,
  objects: Selection,
  options: PairOptions = {},
): [number, number][] {
  const outerSide = options.outerSide ?? (subjects.slots.length <= objects.slots.length ? 'subject' : 'object');
  const outer = outerSide === 'subject' ? subjects : objects;
  const inner = outerSide === 'subject' ? objects : subjects;
  const margin = options.marginM ?? (() => 0);
  const innerLayers = inner.layers;
  const outerLayers = outer.layers;
  const seen = new Set<string>();
  const pairs: [number, number][] = [];

  const emit = (outerSlot: number, innerSlot: number): void => {
    if (outerSlot === innerSlot) return;
    const s = outerSide === 'subject' ? outerSlot : innerSlot;
    const o = outerSide === 'subject' ? innerSlot : outerSlot;
    const sf = state.features[s]!;
    const of = state.features[o]!;
    if (subjects.mask[o] === 1 && objects.mask[s] === 1 && of.id < sf.id) return;
    const k = `${s}:${o}`;
    if (seen.has(k)) return;
    seen.add(k);
    pairs.push([s, o]);
  };

  const fromOuter = (slot: number): void => {
    const box = state.features[slot]!.box;
    if (!box) return;
    const grown = expandBoxM(box, margin(slot));
    for (const layer of innerLayers) {
      for (const other of state.indexes.get(layer)?.search(grown) ?? []) if (inner.mask[other] === 1) emit(slot, other);
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
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function boxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
