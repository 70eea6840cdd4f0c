// Public surface of engine/merge for the shells (main, renderer, scripts); engine modules import each other's files directly.
export { buildBlueprint } from './buildBlueprint.ts';
export { diffPlanVersions } from './diffPlanVersions.ts';
export type { FieldChange, PlanVersionDiff } from './diffPlanVersions.ts';
export { mergePlanVersions } from './mergePlanVersions.ts';
export type { MergeConflict } from './mergePlanVersions.ts';
export { resolveMergeConflicts } from './resolveMergeConflicts.ts';
export type { MergeChoice } from './resolveMergeConflicts.ts';
export type { PlanMergeResult } from './mergePlanVersions.ts';
export type { FeatureMeasure, MeasureChange } from './diffPlanVersions.ts';
export { replaceLayers } from './replaceLayers.ts';
export type { KeptLayer, LayerReplacement, ReplacedLayer } from './replaceLayers.ts';
export { isLargeDeletion, LARGE_DELETION_SHARE } from './isLargeDeletion.ts';
