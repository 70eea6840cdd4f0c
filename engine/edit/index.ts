// Pure. Public surface of engine/edit, the one edit model: the workspace and its commands with
// metadata, apply, exact inverse and replay over id-indexed feature stores, resolutions as commands, and the
// workspace payload (a `.lantu` history) checked, upgraded and replayed. The editor's store, the CLI
// (`lantu replay`, `lantu export <workspace.lantu>`), the export and the resolutions all use it.
export type * from './types.ts';
export { CommandError } from './commandError.ts';
export type { FeatureStore, FeatureChunk } from './featureStore.ts';
export { isFeatureStore } from './featureStore.ts';
export { FeatureMap, featureStoreOf } from './featureMap.ts';
export { planEntryOf, planDocumentOf } from './planEntry.ts';
export { applyCommand } from './applyCommand.ts';
export { invertCommand } from './invertCommand.ts';
export { replayHistory, baseOf } from './replayHistory.ts';
export { stampCommand, upgradeCommands, legacyMeta, isCommandMeta, UNKNOWN_STATION } from './commandMeta.ts';
export { repairCommand } from './repairCommand.ts';
export { setResolution } from './setResolution.ts';
export { applyReviewCommand, type ReviewCommand } from './applyReviewCommand.ts';
export { resolutionToCommand, resolutionCommands, featureEditCommands } from './resolutionCommands.ts';
export { planSetOf, documentsOf, type PlanSet } from './planSet.ts';
export { sameData, firstDifferentField } from './sameData.ts';
export { checkWorkspacePayload, type CheckedPayload, type PayloadSource } from './checkWorkspacePayload.ts';
export { payloadProblemMessage, fieldPath, COMMAND_KINDS, type PayloadProblem } from './payloadProblemMessage.ts';
export {
  payloadOf,
  reviewRecordsOf,
  reviewRecordsFrom,
  WORKSPACE_PAYLOAD_FILE,
  type WorkspacePayload,
  type PayloadRecords,
} from './workspacePayload.ts';
