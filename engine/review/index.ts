// Pure. Public surface of the 并联审批 review module (issue 12). Append-only: each slice adds its exports.
export type * from './types.ts';
export { VERDICTS, PROJECT_STAGES } from './types.ts';
export { projectVersion } from './projectVersion.ts';
export { prepareReviewContext, disposeReviewContext, type ReviewContext, type ReviewContextInput, type ReviewConflict } from './prepareReviewContext.ts';
export { measureProject, REVIEW_NOISE_M2 } from './measureProject.ts';
export { projectFromBoundary, type BoundaryInput, type ProjectFromBoundaryRequest, type ProjectFromBoundaryResult } from './projectFromBoundary.ts';
export { setbackDistanceM, transportKindOf, ROAD_SETBACK_M, RAILWAY_SETBACK_M } from './setbackDistanceM.ts';
export { railwaySetting, RAILWAY_SETTINGS, type SettingShares } from './railwaySetting.ts';
export { indicatorImpacts, type OccupiedAreas } from './indicatorImpacts.ts';
