// Pure. Takes the rules state and a rule's selectors, returns the live features any selector picks: a
// membership mask over slots, the slots in order and their layers. Selections are cached in the state per
// selector list and patched by `patchSelections` after an edit, so a re-check never rescans every feature.
import type { LayerCode } from '../model/types.ts';
import { matchAnySelector } from './matchSelector.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import { isAlive, type RulesState } from './rulesState.ts';
import type { Selector } from './types.ts';

export interface Selection {
  /** Room for the slots a few re-checks add, so the first of them does not copy every mask. */
  mask: Uint8Array;
  slots: number[];
  layers: LayerCode[];
  /** What it selects by (null: nothing), kept so a re-check need not parse its key. */
  selectors: readonly Selector[] | null;
}

/** Spare mask length: slots added by re-checks before a mask has to grow. */
const SPARE_SLOTS = 1024;

const PREFIX = 'sel:';

export function selectFeatures(state: RulesState, selectors: readonly Selector[] | undefined): Selection {
  const key = PREFIX + JSON.stringify(selectors ?? null);
  const cached = state.cache.get(key) as Selection | undefined;
  if (cached) return cached;
  const mask = new Uint8Array(state.features.length + SPARE_SLOTS);
  const slots: number[] = [];
  const layers = new Set<LayerCode>();
  if (selectors) {
    for (const f of state.features) {
      if (!isAlive(state, f.slot) || !matchAnySelector(f, selectors, state.groupOf)) continue;
      mask[f.slot] = 1;
      slots.push(f.slot);
      layers.add(f.layer);
    }
  }
  const selection: Selection = { mask, slots, layers: [...layers].sort(), selectors: selectors ?? null };
  state.cache.set(key, selection);
  return selection;
}

/** Updates every cached selection for removed (`before`) and added (`after`) features. */
export function patchSelections(state: RulesState, before: readonly PreparedFeature[], after: readonly PreparedFeature[]): void {
  for (const [key, value] of state.cache) {
    if (!key.startsWith(PREFIX)) continue;
    const sel = value as Selection;
    const selectors = sel.selectors;
    if (sel.mask.length < state.features.length) {
      const grown = new Uint8Array(state.features.length + SPARE_SLOTS);
      grown.set(sel.mask);
      sel.mask = grown;
    }
    for (const f of before) {
      if (sel.mask[f.slot] !== 1) continue;
      sel.mask[f.slot] = 0;
      // Slots are ascending: find and remove in place (no copy of a 300k-entry array per edit).
      const at = lowerBound(sel.slots, f.slot);
      if (sel.slots[at] === f.slot) sel.slots.splice(at, 1);
    }
    if (!selectors) continue;
    for (const f of after) {
      if (!matchAnySelector(f, selectors, state.groupOf)) continue;
      sel.mask[f.slot] = 1;
      sel.slots.push(f.slot);
      if (!sel.layers.includes(f.layer)) sel.layers = [...sel.layers, f.layer].sort();
    }
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
