// Pure. Takes the rules state and a rule's selectors, returns a membership mask over slots (live
// features picked by any selector) and the picked slots in slot order.
import { matchAnySelector } from './matchSelector.ts';
import { isAlive, type RulesState } from './rulesState.ts';
import type { Selector } from './types.ts';

export interface Selection {
  mask: Uint8Array;
  slots: number[];
}

export function selectFeatures(state: RulesState, selectors: readonly Selector[] | undefined): Selection {
  const mask = new Uint8Array(state.features.length);
  const slots: number[] = [];
  if (!selectors) return { mask, slots };
  for (const f of state.features) {
    if (!isAlive(state, f.slot)) continue;
    if (matchAnySelector(f, selectors, state.groupOf)) {
      mask[f.slot] = 1;
      slots.push(f.slot);
    }
  }
  return { mask, slots };
}
