// Pure. packageSources(plans, resolutions) → the plans as they were before the resolutions' edits, which a
// package carries as its sources (the package re-applies the resolutions, and `lantu verify` rebuilds from
// them). Resolutions are taken back newest first; one whose edits are no longer in the data (a later edit
// changed the feature) is left in place, so the package reports it re-opened instead of overwriting that edit.
// Taking one back is engine/edit's feature commands for its edits reversed (after → before), on feature stores.
import { applyCommand } from '../edit/applyCommand.ts';
import { documentsOf, planSetOf } from '../edit/planSet.ts';
import { featureEditCommands } from '../edit/resolutionCommands.ts';
import type { FeatureId, PlanDocument, PlanId } from '../model/types.ts';
import { sameFeatureState } from '../resolutions/sameFeatureState.ts';
import type { Resolution } from '../resolutions/types.ts';
import { compareResolutions } from '../resolutions/resolutionOrder.ts';

export function packageSources(plans: readonly PlanDocument[], resolutions: readonly Resolution[]): PlanDocument[] {
  const newestFirst = [...resolutions].sort((a, b) => compareResolutions(b, a));
  const set = planSetOf(plans);
  let ws = set.workspace;
  for (const r of newestFirst) {
    const inPlace = r.edits.every((e) =>
      sameFeatureState(ws.plans.get(e.planId as PlanId)?.features.get(e.featureId as FeatureId), e.after),
    );
    if (!inPlace) continue;
    const back = [...r.edits]
      .reverse()
      .filter((e) => ws.plans.has(e.planId as PlanId))
      .map((e) => ({ ...e, before: e.after, after: e.before }));
    ws = applyCommand(ws, { kind: 'batch', label: r.conflictKey, commands: featureEditCommands(back, ws) });
  }
  return documentsOf(set, ws);
}
