// Pure. Takes the rules state and a rule's selectors, returns the live features any selector picks: a
// membership mask over slots, the slots in order and their layers. Selections are cached in the state per
// selector list and patched by `patchSelections` after an edit, so a re-check never rescans every feature.
import type { LayerCode } from '../model/types.ts';
import { matchAnySelector } from './matchSelector.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import { isAlive, type RulesState } from './rulesState.ts';
import type { Selector } from './types.ts';

export interface Selection {
  mask: Uint8Array;
  slots: number[];
  layers: LayerCode[];
}

const PREFIX = 'sel:';

export function selectFeatures(state: RulesState, selectors: readonly Selector[] | undefined): Selection {
  const key = PREFIX + JSON.stringify(selectors ?? null);
  const cached = state.cache.get(key) as Selection | undefined;
  if (cached) return cached;
  const mask = new Uint8Array(state.features.length);
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
  const selection = { mask, slots, layers: [...layers].sort() };
  state.cache.set(key, selection);
  return selection;
}

/** Updates every cached selection for removed (`before`) and added (`after`) features. */
export function patchSelections(state: RulesState, before: readonly PreparedFeature[], after: readonly PreparedFeature[]): void {
  for (const [key, value] of state.cache) {
    if (!key.startsWith(PREFIX)) continue;
    const selectors = JSON.parse(key.slice(PREFIX.length)) as Selector[] | null;
    const sel = value as Selection;
    if (sel.mask.length < state.features.length) {
      const grown = new Uint8Array(state.features.length + 1024);
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
