// The slots a rule's selectors pick among prepared features, with the engine's selectFeatures semantics (every
// feature of a fresh run is live; YDYHFLDM groups as the engine's ydyhGroup): ascending slots.
import { ydyhGroup } from '../../../engine/model/index.ts';
import { matchAnySelector, type PreparedFeature, type Selector } from '../../../engine/rules/index.ts';

export function selectSlots(features: readonly PreparedFeature[], selectors: readonly Selector[] | undefined): number[] {
  if (!selectors) return [];
  const out: number[] = [];
  for (const f of features) if (matchAnySelector(f, selectors, ydyhGroup)) out.push(f.slot);
  return out;
}
