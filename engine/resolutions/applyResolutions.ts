// Pure. applyResolutions(plans, resolutions) → the plans with every resolution's edits applied in
// maintenance-log order, plus the resolutions that could not be applied because a feature no longer is what
// the resolution saw (a re-import or an edit changed it): those are skipped, never forced over new data.
// A record without edits (暂缓, a 例外 without 补划) has nothing to apply and no log number: it is in neither list.
// The edits go through engine/edit's commands on id-indexed feature stores: each costs what it changes.
import { applyCommand } from '../edit/applyCommand.ts';
import { documentsOf, planSetOf } from '../edit/planSet.ts';
import { featureEditCommands } from '../edit/resolutionCommands.ts';
import { layerLabel } from '../model/conflictLabel.ts';
import type { FeatureId, PlanDocument, PlanId } from '../model/types.ts';
import { compareResolutions } from './resolutionOrder.ts';
import { sameFeatureState } from './sameFeatureState.ts';
import type { Message, Resolution } from './types.ts';
import { say } from '../i18n/index.ts';

export interface AppliedResolutions {
  plans: PlanDocument[];
  /** Log numbers applied, in order. */
  applied: string[];
  skipped: { logNumber: string; conflictKey: string; reason: Message }[];
}

export function applyResolutions(plans: readonly PlanDocument[], resolutions: readonly Resolution[]): AppliedResolutions {
  const set = planSetOf(plans);
  let ws = set.workspace;
  const applied: string[] = [];
  const skipped: AppliedResolutions['skipped'] = [];
  const ordered = [...resolutions].sort(compareResolutions);
  for (const r of ordered) {
    if (r.edits.length === 0 || r.logNumber === undefined) continue;
    const stale = r.edits.find(
      (e) => !sameFeatureState(ws.plans.get(e.planId as PlanId)?.features.get(e.featureId as FeatureId), e.before),
    );
    if (stale) {
      const bsm = stale.before?.properties['BSM'] ?? stale.after?.properties['BSM'] ?? stale.featureId;
      skipped.push({
        logNumber: r.logNumber,
        conflictKey: r.conflictKey,
        reason: say('resolutions.applyResolutions.applyResolutions', {
          bsm: String(bsm),
          detail: { zh: layerLabel(stale.layer, 'zh'), en: layerLabel(stale.layer, 'en') },
        }),
      });
      continue;
    }
    // An edit of a plan that is not in the list has nowhere to go (as before: skipped, not an error).
    ws = applyCommand(ws, {
      kind: 'batch',
      label: r.conflictKey,
      commands: featureEditCommands(
        r.edits.filter((e) => ws.plans.has(e.planId as PlanId)),
        ws,
      ),
    });
    applied.push(r.logNumber);
  }
  return { plans: documentsOf(set, ws), applied, skipped };
}
