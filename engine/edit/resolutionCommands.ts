// Pure. A conflict resolution as edit commands: resolutionToCommand(resolution, workspace) is one history
// entry (a batch) that writes the resolution's feature edits as the editor's own feature commands and records
// the resolution under its conflict key, so a resolution is undone and redone like any other edit;
// featureEditCommands are the feature commands alone (the export and applyResolutions write edits with them).
import type { FeatureId, PlanId } from '../model/types.ts';
import { RESOLUTION_KIND_ZH, type FeatureEdit, type Resolution } from '../resolutions/types.ts';
import { featureStoreOf } from './featureMap.ts';
import { sameData } from './sameData.ts';
import type { CommandBody, WorkspaceData } from './types.ts';

export function resolutionToCommand(resolution: Resolution, ws: WorkspaceData): CommandBody {
  return {
    kind: 'batch',
    label: `处置 ${resolution.conflictKey}（${RESOLUTION_KIND_ZH[resolution.kind]}）`,
    commands: resolutionCommands(resolution, ws),
  };
}

/** The commands of one resolution, without the enclosing batch (bulk application nests them). */
export function resolutionCommands(resolution: Resolution, ws: WorkspaceData): CommandBody[] {
  const commands = featureEditCommands(resolution.edits, ws);
  const before = ws.resolutions?.find((r) => r.conflictKey === resolution.conflictKey) ?? null;
  commands.push({ kind: 'setResolution', conflictKey: resolution.conflictKey, before, after: resolution });
  return commands;
}

/**
 * The feature commands that take each edit from its `before` to its `after` state, in order: attribute and
 * geometry edits for a changed feature, addFeature (at the plan's end) for 调入, deleteFeature for a removal.
 * `ws` is the state the first edit applies to; each command is built against it as the earlier ones left it.
 */
export function featureEditCommands(edits: readonly FeatureEdit[], ws: WorkspaceData): CommandBody[] {
  const commands: CommandBody[] = [];
  const added = new Map<PlanId, number>();
  for (const e of edits) {
    const planId = e.planId as PlanId;
    const featureId = e.featureId as FeatureId;
    const entry = ws.plans.get(planId);
    if (e.before && e.after) {
      if (!sameData(e.before.properties, e.after.properties)) {
        commands.push({ kind: 'setAttributes', planId, featureId, before: e.before.properties, after: e.after.properties });
      }
      if (!sameData(e.before.geometry, e.after.geometry)) {
        commands.push({ kind: 'setGeometry', planId, featureId, before: e.before.geometry, after: e.after.geometry });
      }
    } else if (e.after) {
      const size = (entry?.features.size ?? 0) + (added.get(planId) ?? 0);
      added.set(planId, (added.get(planId) ?? 0) + 1);
      commands.push({
        kind: 'addFeature',
        planId,
        feature: { type: 'Feature', id: featureId, layer: e.layer, geometry: e.after.geometry, properties: e.after.properties },
        index: size,
      });
    } else if (e.before) {
      const feature = entry?.features.get(featureId);
      const index = entry && feature ? featureStoreOf(entry.features).indexOf(featureId) : -1;
      // A feature that is already gone makes applyCommand refuse the batch, which is the honest outcome.
      commands.push({
        kind: 'deleteFeature',
        planId,
        feature: feature ?? { type: 'Feature', id: featureId, layer: e.layer, ...e.before },
        index: Math.max(index, 0),
      });
    }
  }
  return commands;
}
