// Pure. The 并联审批 engine (issue 12): project documents, the department list, review packs and verdicts.
// Each slice appends its exports here.
export * from './types.ts';
export { projectVersion } from './projectVersion.ts';
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
export { projectFinding, projectFindingLevel, sortProjectFindings, type ProjectFinding, type ProjectFindingCode } from './projectFinding.ts';
