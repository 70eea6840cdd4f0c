// Pure. resolutionCommand(resolution) → an undoable command over plan documents: `apply` writes each edit's
// `after` state (adding, replacing or removing the feature), `invert` restores the `before` states in reverse
// order, so `invert(apply(plans))` equals `plans`. Inputs are never mutated; untouched plans keep identity.
import type { FeatureId, PlanDocument, PlanFeature } from '../model/types.ts';
import { RESOLUTION_KIND_ZH, type FeatureEdit, type FeatureState, type Resolution } from './types.ts';

export interface ResolutionCommand {
  /** e.g. "处置 R08:…（主体让步）" for the undo history. */
  label: string;
  logNumber: string | undefined;
  apply(plans: readonly PlanDocument[]): PlanDocument[];
  invert(plans: readonly PlanDocument[]): PlanDocument[];
}

export function resolutionCommand(resolution: Resolution): ResolutionCommand {
  return {
    label: `处置 ${resolution.conflictKey}（${RESOLUTION_KIND_ZH[resolution.kind]}）`,
    logNumber: resolution.logNumber,
    apply: (plans) =>
      writeStates(
        plans,
        resolution.edits.map((e) => ({ edit: e, state: e.after })),
      ),
    invert: (plans) =>
      writeStates(
        plans,
        [...resolution.edits].reverse().map((e) => ({ edit: e, state: e.before })),
      ),
  };
}

function writeStates(plans: readonly PlanDocument[], writes: { edit: FeatureEdit; state: FeatureState | null }[]): PlanDocument[] {
  const out = [...plans];
  for (const { edit, state } of writes) {
    const index = out.findIndex((p) => p.plan.id === edit.planId);
    if (index === -1) continue;
    const plan = out[index]!;
    const at = plan.features.findIndex((f) => f.id === edit.featureId);
    const features = [...plan.features];
    if (state === null) {
      if (at !== -1) features.splice(at, 1);
    } else {
      const feature: PlanFeature = {
        type: 'Feature',
        id: edit.featureId as FeatureId,
        layer: edit.layer,
        geometry: state.geometry,
        properties: state.properties,
      };
      if (at === -1) features.push(feature);
      else features[at] = feature;
    }
    out[index] = { ...plan, features };
  }
  return out;
}
