// Pure. resolutionToCommand(resolution, workspace) → one history entry (a batch) that writes the
// resolution's feature edits as the editor's own feature commands and records the resolution under its
// conflict key (replacing an earlier one), so a resolution is undone and redone like any other edit.
import type { FeatureId, PlanId } from '../../../engine/model/index.ts';
import { RESOLUTION_KIND_ZH, type Resolution } from '../../../engine/resolutions/index.ts';
import type { Command, WorkspaceData } from '../../store/types.ts';

export function resolutionToCommand(resolution: Resolution, ws: WorkspaceData): Command {
  return { kind: 'batch', label: `处置 ${resolution.conflictKey}（${RESOLUTION_KIND_ZH[resolution.kind]}）`, commands: resolutionCommands(resolution, ws) };
}

/** The commands of one resolution, without the enclosing batch (bulk application nests them). */
export function resolutionCommands(resolution: Resolution, ws: WorkspaceData): Command[] {
  const commands: Command[] = [];
  for (const e of resolution.edits) {
    const planId = e.planId as PlanId;
    const featureId = e.featureId as FeatureId;
    const entry = ws.plans.get(planId);
    if (e.before && e.after) {
      if (canonical(e.before.properties) !== canonical(e.after.properties)) {
        commands.push({ kind: 'setAttributes', planId, featureId, before: e.before.properties, after: e.after.properties });
      }
      if (canonical(e.before.geometry) !== canonical(e.after.geometry)) {
        commands.push({ kind: 'setGeometry', planId, featureId, before: e.before.geometry, after: e.after.geometry });
      }
    } else if (e.after) {
      commands.push({
        kind: 'addFeature',
        planId,
        feature: { type: 'Feature', id: featureId, layer: e.layer, geometry: e.after.geometry, properties: e.after.properties },
        index: entry?.features.size ?? 0,
      });
    } else if (e.before) {
      const feature = entry?.features.get(featureId);
      const index = entry ? [...entry.features.keys()].indexOf(featureId) : -1;
      // A feature that is already gone makes applyCommand refuse the batch, which is the honest outcome.
      commands.push({ kind: 'deleteFeature', planId, feature: feature ?? { type: 'Feature', id: featureId, layer: e.layer, ...e.before }, index: Math.max(index, 0) });
    }
  }
  const before = ws.resolutions?.find((r) => r.conflictKey === resolution.conflictKey) ?? null;
  commands.push({ kind: 'setResolution', conflictKey: resolution.conflictKey, before, after: resolution });
  return commands;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
