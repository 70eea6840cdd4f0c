// Pure. selectedSlots(rows, planId, refs) → the table's view of the store's selection: how many of its rows are
// selected, whether a row is (a Set of ids, built once per selection), and the slot of a feature in the rows.
import type { FeatureId, PlanFeature, PlanId } from '../../../engine/model/index.ts';
import type { FeatureRef } from '../../store/selectionSlice.ts';

export interface SelectedSlots {
  /** Selected rows of this table. */
  count: number;
  has(id: string): boolean;
  /** The feature's index in `rows` (document order), or -1. */
  slotOf(id: FeatureId): number;
}

export function selectedSlots(rows: readonly PlanFeature[], planId: PlanId | null, refs: readonly FeatureRef[]): SelectedSlots {
  const ids = new Set<string>();
  if (planId !== null) for (const r of refs) if (r.planId === planId) ids.add(r.featureId);
  return {
    count: ids.size,
    has: (id) => ids.has(id),
    slotOf: (id) => {
      for (let i = 0; i < rows.length; i++) if (rows[i]!.id === id) return i;
      return -1;
    },
  };
}
