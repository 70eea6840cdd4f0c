// Pure. The public face of engine/review (并联审批): the shared types and the functions other parts
// (the editor's store, Dexie, the CLI) build on. New modules add their exports here.
export * from './types.ts';
export { projectVersion } from './projectVersion.ts';
export { VERDICT_LABELS } from './verdictLabels.ts';
export { isIsoDate } from './isIsoDate.ts';
export type { ReviewFileFinding, ReviewFileFindingLevel } from './reviewFileFinding.ts';
export { reviewFileFinding } from './reviewFileFinding.ts';
export { fieldLabel } from './decodeReviewFile.ts';
export { consultationFileName, opinionFileName, safeFileNamePart } from './reviewFileNames.ts';
export { writeConsultationFile, CONSULTATION_FORMAT, CONSULTATION_SCHEMA_VERSION, type ConsultationFile } from './writeConsultationFile.ts';
export { readConsultationFile, type ConsultationFileRead } from './readConsultationFile.ts';
export { writeOpinionFile, OPINION_FORMAT, OPINION_SCHEMA_VERSION, type OpinionFileNames } from './writeOpinionFile.ts';
export { readOpinionFile, type OpinionFileContext, type OpinionFileRead } from './readOpinionFile.ts';
export { decideJointVerdict } from './decideJointVerdict.ts';
export { projectOpinionCells, OPINION_CELL_LABELS, type OpinionCell, type OpinionCellState } from './projectOpinionCells.ts';
export { opinionMatrix, type OpinionMatrix, type OpinionMatrixRow } from './opinionMatrix.ts';
export { jointOpinionBlockers, type JointOpinionBlocker } from './jointOpinionBlockers.ts';
export { issueJointOpinion, type IssueJointOpinionResult, type JointOpinionIssue } from './issueJointOpinion.ts';
export {
  prepareReviewContext,
  disposeReviewContext,
  type ReviewContext,
  type ReviewContextInput,
  type ReviewConflict,
} from './prepareReviewContext.ts';
export { measureProject, REVIEW_NOISE_M2 } from './measureProject.ts';
export {
  projectFromBoundary,
  type BoundaryInput,
  type ProjectFromBoundaryRequest,
  type ProjectFromBoundaryResult,
} from './projectFromBoundary.ts';
export { setbackDistanceM, transportKindOf, ROAD_SETBACK_M, RAILWAY_SETBACK_M } from './setbackDistanceM.ts';
export { railwaySetting, RAILWAY_SETTINGS, type SettingShares } from './railwaySetting.ts';
export { indicatorImpacts, type OccupiedAreas } from './indicatorImpacts.ts';
export { loadDepartments, departmentById, type DepartmentList, type DepartmentsLoad } from './loadDepartments.ts';
export { loadReviewPack, type ReviewPackLoad } from './loadReviewPack.ts';
export { lintReviewPack } from './lintReviewPack.ts';
export type { ReviewLoadError } from './reviewLoadError.ts';
export { evaluateReview, worseVerdict } from './evaluateReview.ts';
export { assessFact, type FactAssessment } from './assessFact.ts';
export { incompatibleLandUse, permits, permittedPrefixes } from './incompatibleLandUse.ts';
export { isProjectCode, PROJECT_CODE_PATTERN } from './isProjectCode.ts';
export { PROJECT_FIELDS, projectFieldForAlias, projectFieldInfo, type ProjectField, type ProjectFieldInfo } from './projectFields.ts';
export { readProjectDocument, type ProjectRead } from './readProjectDocument.ts';
export { validateProjectDocument, type ProjectValidation } from './validateProjectDocument.ts';
export { checkProjectGeometry } from './checkProjectGeometry.ts';
export {
  projectFinding,
  projectFindingLevel,
  sortProjectFindings,
  type ProjectFinding,
  type ProjectFindingCode,
} from './projectFinding.ts';
export { readDepartments, readReviewPack } from './readReviewJson.ts';
export { writeReviewRegisterFiles, REVIEW_PROJECTS_PATH, REVIEW_OPINIONS_PATH, type ReviewRegister } from './writeReviewRegisterFiles.ts';
export { readReviewRegisterFiles, type ReviewRegisterRead } from './readReviewRegisterFiles.ts';
export {
  buildReviewReportHtml,
  buildReviewReportsHtml,
  type ReviewReportHtmlInput,
  type ReviewReportLanguage,
} from './buildReviewReportHtml.ts';
export {
  reviewReportJson,
  recordedOpinionOf,
  MIN_OVERLAP_M2,
  type ReviewReportEntry,
  type ReviewReportJson,
  type ReviewReportJsonOptions,
  type ReviewReportProjectJson,
} from './reviewReportJson.ts';
export { reviewReportCsv } from './reviewReportCsv.ts';
export { renderDetailMap, renderOverviewMap, type ReviewMapBlueprint } from './renderReviewMaps.ts';
export { landUseColourHex } from './landUseColourHex.ts';
export { projectBoundaryTxt } from './projectBoundaryTxt.ts';
export { projectValueLabel } from './projectValueLabels.ts';
export { outsideTerritoryM2 } from './outsideTerritoryM2.ts';
export { sourcePointsOffsetM } from './sourcePointsOffsetM.ts';
export { spreadsheetSafeCell } from './spreadsheetSafeCell.ts';
