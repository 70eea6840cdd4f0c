// Pure. The rules engine's public API: load and lint rule packs, run a pack over plans (full or
// incremental), and the report types. Shells pass a GeometryPort (GEOS) in.
export { loadRulePack, type PackError, type PackLoad } from './loadRulePack.ts';
export { lintRulePack, type LintResult, type RuleTestResult } from './lintRulePack.ts';
export { runRules, type RulesRun, type RunOptions } from './runRules.ts';
export { recheckFeatures } from './recheckFeatures.ts';
export { resumeCheck, type PreviousCheck } from './resumeCheck.ts';
export { RulesCancelledError } from './RulesCancelledError.ts';
export { renderMessage, M2_PER_HA, M2_PER_MU } from './renderMessage.ts';
export { conflictKey } from './conflictKey.ts';
export { regionHash } from './regionHash.ts';
export { sortConflicts } from './sortConflicts.ts';
export { summarizeConflicts } from './summarizeConflicts.ts';
export { qualityCategoryOf } from './relations/evaluateQuality.ts';
export { SEVERITIES } from './types.ts';
export type * from './types.ts';
export { featureName } from './featureName.ts';
export type { RelationRecord, RecordParty, RuleRecords } from './relationRecord.ts';
export type { RuleExecutor, ExecuteOptions } from './ruleExecutor.ts';
export { embeddedExecutor } from './embeddedExecutor.ts';
export { runExecutor, type ExecutorRun } from './runExecutor.ts';
export { conflictsOfRecords } from './conflictsOfRecords.ts';
export { conflictOfRecord } from './conflictOfRecord.ts';
export { catalogOfPlans, catalogOfState, type RecordCatalog, type CatalogFeature } from './recordCatalog.ts';
export { createRulesState, releaseHandles, type RulesState } from './rulesState.ts';
export { recordsOfRule } from './recordsOfRule.ts';
export { ruleContext } from './runRules.ts';
export { selectFeatures } from './selectFeatures.ts';
export { ruleTestsOverlaps, OVERLAP_NOISE_M2 } from './recordOf.ts';
