// Pure. applyCommand(workspace, command) → the new workspace; the input is never mutated and untouched
// plans keep their identity (so map layers and selectors of other plans do not redraw).
// Throws CommandError when the command does not fit the workspace (a stale log row, a missing feature).
import type { FeatureId, PlanDocument, PlanFeature, PlanId } from '../../engine/model/index.ts';
import type { Command, PlanEntry, WorkspaceData } from './types.ts';
import { FeatureMap } from './featureMap.ts';
import { setResolution } from './setResolution.ts';
import { applyReviewCommand } from './applyReviewCommand.ts';

/** A command that does not fit the workspace, in Chinese (`message`) and English (`en`). */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

export function applyCommand(ws: WorkspaceData, command: Command): WorkspaceData {
  switch (command.kind) {
    case 'setAttributes':
      return updateFeature(ws, command.planId, command.featureId, (f) => ({ ...f, properties: { ...command.after } }));
    case 'setGeometry':
      return updateFeature(ws, command.planId, command.featureId, (f) => ({ ...f, geometry: command.after }));
    case 'addFeature': {
      const entry = planEntry(ws, command.planId);
      if (entry.features.has(command.feature.id)) throw new CommandError(`要素 ${command.feature.id} 已存在`, `feature ${command.feature.id} already exists`);
      const list = [...entry.features.values()];
      list.splice(Math.min(command.index, list.length), 0, command.feature);
      return withPlan(ws, command.planId, { ...entry, features: FeatureMap.from(list) });
    }
    case 'deleteFeature': {
      const entry = planEntry(ws, command.planId);
      if (!entry.features.has(command.feature.id)) throw new CommandError(`要素 ${command.feature.id} 不存在`, `feature ${command.feature.id} does not exist`);
      const features = FeatureMap.from([...entry.features.values()].filter((f) => f.id !== command.feature.id));
      return withPlan(ws, command.planId, { ...entry, features });
    }
    case 'importPlan': {
      const id = command.plan.plan.id;
      if (ws.plans.has(id)) throw new CommandError(`规划 ${id} 已存在`, `plan ${id} already exists`);
      const plans = new Map(ws.plans);
      plans.set(id, planEntryOf(command.plan));
      const planOrder = [...ws.planOrder];
      planOrder.splice(Math.min(command.index, planOrder.length), 0, id);
      return { ...ws, plans, planOrder };
    }
    case 'removePlan': {
      const id = command.plan.plan.id;
      if (!ws.plans.has(id)) throw new CommandError(`规划 ${id} 不存在`, `plan ${id} does not exist`);
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

export function planEntryOf(doc: PlanDocument): PlanEntry {
  return { meta: doc.plan, features: FeatureMap.from(doc.features) };
}

export function planDocumentOf(entry: PlanEntry): PlanDocument {
  return { type: 'FeatureCollection', plan: entry.meta, features: [...entry.features.values()] };
}

function planEntry(ws: WorkspaceData, planId: PlanId): PlanEntry {
  const entry = ws.plans.get(planId);
  if (!entry) throw new CommandError(`规划 ${planId} 不存在`, `plan ${planId} does not exist`);
  return entry;
}

function updateFeature(
  ws: WorkspaceData,
  planId: PlanId,
  featureId: FeatureId,
  change: (f: PlanFeature) => PlanFeature,
): WorkspaceData {
  const entry = planEntry(ws, planId);
  const feature = entry.features.get(featureId);
  if (!feature) throw new CommandError(`规划 ${planId} 中没有要素 ${featureId}`, `plan ${planId} has no feature ${featureId}`);
  const changed = change(feature);
  let features: PlanEntry['features'];
  if (entry.features instanceof FeatureMap) {
    features = entry.features.replace(changed);
  } else {
    const copy = new Map(entry.features);
    copy.set(featureId, changed);
    features = copy;
  }
  return withPlan(ws, planId, { ...entry, features });
}

function withPlan(ws: WorkspaceData, planId: PlanId, entry: PlanEntry): WorkspaceData {
  const plans = new Map(ws.plans);
  plans.set(planId, entry);
  return { ...ws, plans };
}
