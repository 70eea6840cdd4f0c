// Pure. A list of plan documents as a workspace of FeatureStores and back, for pipelines that hold plans as
// documents (the export, a package's resolutions): convert once, edit by commands in time proportional to the
// change, convert back once. Plans no command touched come back as the very same documents.
import type { PlanDocument } from '../model/types.ts';
import { planEntryOf } from './planEntry.ts';
import type { PlanEntry, WorkspaceData } from './types.ts';

export interface PlanSet {
  workspace: WorkspaceData;
  /** The documents it was made from, by plan id (to hand back untouched ones as they were). */
  originals: ReadonlyMap<string, { doc: PlanDocument; entry: PlanEntry }>;
}

export function planSetOf(plans: readonly PlanDocument[]): PlanSet {
  const entries = new Map<PlanEntry['meta']['id'], PlanEntry>();
  const originals = new Map<string, { doc: PlanDocument; entry: PlanEntry }>();
  for (const doc of plans) {
    const entry = planEntryOf(doc);
    entries.set(doc.plan.id, entry);
    originals.set(doc.plan.id, { doc, entry });
  }
  return { workspace: { plans: entries, planOrder: plans.map((p) => p.plan.id), rulePack: null, targets: null }, originals };
}

/** The plan documents of `ws`, in its plan order; unchanged plans are the original objects. */
export function documentsOf(set: PlanSet, ws: WorkspaceData): PlanDocument[] {
  return ws.planOrder.map((id) => {
    const entry = ws.plans.get(id)!;
    const original = set.originals.get(id);
    if (original && original.entry === entry) return original.doc;
    return { ...(original?.doc ?? { type: 'FeatureCollection' as const, plan: entry.meta }), features: [...entry.features.values()] };
  });
}
