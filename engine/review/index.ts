// Pure. The public face of engine/review (并联审批, issue 12): the shared types and the functions other parts
// (the editor's store, Dexie, the CLI) build on. Each slice appends its own exports here.
export * from './types.ts';
export { projectVersion } from './projectVersion.ts';
export { VERDICT_LABELS } from './verdictLabels.ts';
export { isIsoDate } from './isIsoDate.ts';
export type { ReviewFileFinding, ReviewFileFindingLevel } from './reviewFileFinding.ts';
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
