// Pure. resolveMergeConflicts(result, choices) → the merged document with each decided conflict applied:
// for conflict i, choices[i] is 'ours' (keep the local value), 'theirs' (take the new version's) or
// 'ancestor' (go back to the previous version's). Undecided conflicts keep our value. Input not mutated.
import type { Geometry, LayerCode, PlanDocument, PlanFeature, PropertyValue } from '../model/types.ts';
import type { MergeConflict, PlanMergeResult } from './mergePlanVersions.ts';

export type MergeChoice = 'ours' | 'theirs' | 'ancestor';

function pick(c: MergeConflict, choice: MergeChoice): MergeConflict['ours'] {
  return choice === 'ours' ? c.ours : choice === 'theirs' ? c.theirs : c.ancestor;
}

export function resolveMergeConflicts(result: PlanMergeResult, choices: readonly (MergeChoice | undefined)[]): PlanDocument {
  const features = result.merged.features.map((f) => ({ ...f, properties: { ...f.properties } }));
  const index = new Map(features.map((f, i) => [f.id as string, i]));
  const removed = new Set<string>();
  const appended: PlanFeature[] = [];
  result.conflicts.forEach((c, i) => {
    const choice = choices[i];
    if (!choice || choice === 'ours') return;
    const value = pick(c, choice);
    const at = index.get(c.id);
    if (c.kind === 'field' && at !== undefined) {
      if (value === null || value === undefined) delete features[at]!.properties[c.field!];
      else features[at]!.properties[c.field!] = value as PropertyValue;
    } else if (c.kind === 'geometry' && at !== undefined) {
      features[at]!.geometry = value as Geometry;
    } else if (c.kind === 'layer' && at !== undefined) {
      features[at]!.layer = value as LayerCode;
    } else if (value === null || value === undefined) {
      removed.add(c.id);
    } else if (at !== undefined) {
      features[at] = value as PlanFeature;
    } else {
      appended.push(value as PlanFeature);
    }
  });
  return { ...result.merged, features: [...features.filter((f) => !removed.has(f.id)), ...appended] };
}
