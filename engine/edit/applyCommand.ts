// Pure. applyCommand(workspace, command) → the new workspace; the input is never mutated and untouched
// plans keep their identity (so map layers and selectors of other plans do not redraw). Feature commands go
// through the plan's FeatureStore, so their cost is that of one chunk, not of the plan. Throws CommandError
// when the command does not fit: a missing plan or feature, or an attribute or geometry edit whose `before`
// is no longer the feature's state (named by plan, feature and field).
import { featureLabel } from '../model/conflictLabel.ts';
import type { FeatureId, LayerCode, PlanFeature, PlanId } from '../model/types.ts';
import { featureName } from '../rules/featureName.ts';
import { applyReviewCommand } from './applyReviewCommand.ts';
import { CommandError } from './commandError.ts';
import { featureStoreOf } from './featureMap.ts';
import { planEntryOf } from './planEntry.ts';
import { firstDifferentField, sameData } from './sameData.ts';
import { setResolution } from './setResolution.ts';
import type { CommandBody, PlanEntry, WorkspaceData } from './types.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export function applyCommand(ws: WorkspaceData, command: CommandBody): WorkspaceData {
  switch (command.kind) {
    case 'setAttributes': {
      const { entry, feature } = featureOf(ws, command.planId, command.featureId);
      if (!sameData(feature.properties, command.before)) {
        const field = firstDifferentField(feature.properties, command.before) ?? '';
        throw stale(entry, feature, say('edit.applyCommand.setAttributes', { field }));
      }
      return withFeature(ws, command.planId, entry, { ...feature, properties: { ...command.after } });
    }
    case 'setGeometry': {
      const { entry, feature } = featureOf(ws, command.planId, command.featureId);
      if (!sameData(feature.geometry, command.before)) throw stale(entry, feature, say('edit.applyCommand.setGeometry'));
      return withFeature(ws, command.planId, entry, { ...feature, geometry: command.after });
    }
    case 'addFeature': {
      const entry = planEntry(ws, command.planId);
      if (entry.features.has(command.feature.id)) {
        throw CommandError.of(
          say('edit.applyCommand.has-feature', { title: entry.meta.title, feature: describe(command.feature), id: command.feature.id }),
        );
      }
      const features = featureStoreOf(entry.features).insert(command.feature, command.index);
      return withPlan(ws, command.planId, { ...entry, features });
    }
    case 'deleteFeature': {
      const entry = planEntry(ws, command.planId);
      if (!entry.features.has(command.feature.id)) {
        throw CommandError.of(
          say('edit.applyCommand.no-feature', { title: entry.meta.title, feature: describe(command.feature), id: command.feature.id }),
        );
      }
      const features = featureStoreOf(entry.features).remove(command.feature.id);
      return withPlan(ws, command.planId, { ...entry, features });
    }
    case 'importPlan': {
      const id = command.plan.plan.id;
      if (ws.plans.has(id)) throw CommandError.of(say('edit.applyCommand.plan-exists', { title: command.plan.plan.title, id }));
      const plans = new Map(ws.plans);
      plans.set(id, planEntryOf(command.plan));
      const planOrder = [...ws.planOrder];
      planOrder.splice(Math.min(command.index, planOrder.length), 0, id);
      return { ...ws, plans, planOrder };
    }
    case 'removePlan': {
      const id = command.plan.plan.id;
      if (!ws.plans.has(id)) throw CommandError.of(say('edit.applyCommand.plan-missing', { title: command.plan.plan.title, id }));
      const plans = new Map(ws.plans);
      plans.delete(id);
      return { ...ws, plans, planOrder: ws.planOrder.filter((p) => p !== id) };
    }
    case 'batch':
      return command.commands.reduce(applyCommand, ws);
    case 'setResolution':
      return { ...ws, resolutions: setResolution(ws.resolutions ?? [], command) };
    case 'setPolicy':
      return { ...ws, policy: command.after };
    case 'setProject':
    case 'setDepartments':
    case 'setConsultation':
    case 'setOpinion':
    case 'setJointOpinion':
      return applyReviewCommand(ws, command);
  }
}

function describe(f: Pick<PlanFeature, 'layer' | 'properties'>): Bilingual {
  const bsm = f.properties['BSM'];
  const side = {
    layer: f.layer,
    bsm: bsm === undefined || bsm === null || bsm === '' ? null : String(bsm),
    name: featureName(f.layer as LayerCode, f.properties),
  };
  return { zh: featureLabel(side, 'zh'), en: featureLabel(side, 'en') };
}

function stale(entry: PlanEntry, feature: PlanFeature, field: Bilingual): CommandError {
  return CommandError.of(say('edit.applyCommand.stale', { title: entry.meta.title, feature: describe(feature), field }));
}

function planEntry(ws: WorkspaceData, planId: PlanId): PlanEntry {
  const entry = ws.plans.get(planId);
  if (!entry) throw CommandError.of(say('edit.applyCommand.no-plan', { planId }));
  return entry;
}

function featureOf(ws: WorkspaceData, planId: PlanId, featureId: FeatureId): { entry: PlanEntry; feature: PlanFeature } {
  const entry = planEntry(ws, planId);
  const feature = entry.features.get(featureId);
  if (!feature) throw CommandError.of(say('edit.applyCommand.no-feature-id', { title: entry.meta.title, featureId }));
  return { entry, feature };
}

function withFeature(ws: WorkspaceData, planId: PlanId, entry: PlanEntry, changed: PlanFeature): WorkspaceData {
  return withPlan(ws, planId, { ...entry, features: featureStoreOf(entry.features).replace(changed) });
}

function withPlan(ws: WorkspaceData, planId: PlanId, entry: PlanEntry): WorkspaceData {
  const plans = new Map(ws.plans);
  plans.set(planId, entry);
  return { ...ws, plans };
}
