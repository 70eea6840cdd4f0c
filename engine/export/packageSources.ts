// Pure. packageSources(plans, resolutions) → the plans as they were before the resolutions' edits, which a
// package carries as its sources (the package re-applies the resolutions, and `lantu verify` rebuilds from
// them). Resolutions are taken back newest first; one whose edits are no longer in the data (a later edit
// changed the feature) is left in place, so the package reports it re-opened instead of overwriting that edit.
import type { PlanDocument } from '../model/types.ts';
import { resolutionCommand } from '../resolutions/resolutionCommand.ts';
import { sameFeatureState } from '../resolutions/sameFeatureState.ts';
import type { Resolution } from '../resolutions/types.ts';
import { compareResolutions } from '../resolutions/resolutionOrder.ts';

export function packageSources(plans: readonly PlanDocument[], resolutions: readonly Resolution[]): PlanDocument[] {
  const newestFirst = [...resolutions].sort((a, b) => compareResolutions(b, a));
  let current = [...plans];
  for (const r of newestFirst) {
    const inPlace = r.edits.every((e) => sameFeatureState(current.find((p) => p.plan.id === e.planId)?.features.find((f) => f.id === e.featureId), e.after));
    if (inPlace) current = resolutionCommand(r).invert(current);
  }
  return current;
}
