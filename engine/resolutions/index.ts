// Pure. Public surface of conflict resolutions: the policy, proposals, resolution records as
// undoable commands, re-opening after a re-run and the open conflicts an export preflight checks.
export type * from './types.ts';
export { RESOLUTION_KINDS, RESOLUTION_KIND_ZH, CHANGE_TYPE_ZH } from './types.ts';
export { changeTypeName } from './changeTypeName.ts';
export { DEFER_FALLBACK_REASON, proposeResolutions } from './proposeResolutions.ts';
export { createResolution, type ResolutionRequest, type ResolutionResult } from './createResolution.ts';
export { resolutionCommand, type ResolutionCommand } from './resolutionCommand.ts';
export { applyResolutions, type AppliedResolutions } from './applyResolutions.ts';
export { reconcileResolutions } from './reconcileResolutions.ts';
export { openConflicts } from './openConflicts.ts';
export { maintenanceLogNumber, isMaintenanceLogNumber, isOfficialLogNumber, provisionalStationCode } from './maintenanceLogNumber.ts';
export type { LogNumberIssuer } from './maintenanceLogNumber.ts';
export { assignOfficialLogNumbers } from './assignOfficialLogNumbers.ts';
export type { OfficialRenumbering } from './assignOfficialLogNumbers.ts';
export {
  conflictStatus,
  isHandled,
  CONFLICT_STATUSES,
  CONFLICT_STATUS_LABEL,
  type ConflictStatus,
  type ConflictStatusInfo,
} from './conflictStatus.ts';
export { compareResolutions, resolutionId, changesData } from './resolutionOrder.ts';
export { repairResolution } from './repairResolution.ts';
export { fullCoverageOf, DEFAULT_FULL_COVERAGE } from './fullCoverageOf.ts';
export { nextFreeBsm } from './nextFreeBsm.ts';
export { resolutionImpact, type ResolutionImpact, type FeatureImpact, type FeatureChange } from './resolutionImpact.ts';
export type { PolicyIssue } from './checkPolicy.ts';
export { validatePolicy } from './validatePolicy.ts';
