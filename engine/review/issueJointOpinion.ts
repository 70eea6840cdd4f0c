// Pure. issueJointOpinion(project, departments, consultations, opinions, jointOpinions, today, issue) → the
// 联合审查意见 on the project's current version, its verdict decided by decideJointVerdict over every
// department's current opinion; or the blockers (jointOpinionBlockers, plus a blank 文号 / coordinator or a
// malformed date) when it cannot be issued.
import { decideJointVerdict } from './decideJointVerdict.ts';
import { isIsoDate } from './isIsoDate.ts';
import { jointOpinionBlockers, type JointOpinionBlocker } from './jointOpinionBlockers.ts';
import { projectOpinionCells } from './projectOpinionCells.ts';
import { projectVersion } from './projectVersion.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument } from './types.ts';
import { say } from '../i18n/index.ts';

export interface JointOpinionIssue {
  documentNo: string;
  /** YYYY-MM-DD. */
  date: string;
  coordinator: string;
}

export type IssueJointOpinionResult = { ok: true; joint: JointOpinion } | { ok: false; blockers: JointOpinionBlocker[] };

export function issueJointOpinion(
  project: ProjectDocument,
  departments: readonly Department[],
  consultations: readonly Consultation[],
  opinions: readonly DepartmentOpinion[],
  jointOpinions: readonly JointOpinion[],
  today: string,
  issue: JointOpinionIssue,
): IssueJointOpinionResult {
  const name = project.properties.XMMC;
  const blockers = jointOpinionBlockers(project, departments, consultations, opinions, jointOpinions, today);
  if (issue.documentNo.trim() === '')
    blockers.push({
      code: 'invalid-issue',
      ...say('review.issueJointOpinion.issueJointOpinion', { name }),
    });
  if (issue.coordinator.trim() === '')
    blockers.push({
      code: 'invalid-issue',
      ...say('review.issueJointOpinion.issueJointOpinion-2', { name }),
    });
  if (!isIsoDate(issue.date))
    blockers.push({
      code: 'invalid-issue',
      ...say('review.issueJointOpinion.issueJointOpinion-3', { name, date: issue.date }),
    });
  if (blockers.length > 0) return { ok: false, blockers };
  const version = projectVersion(project);
  const verdicts = projectOpinionCells(project, departments, consultations, opinions, today, version).map((c) => c.opinion!.verdict);
  const verdict = decideJointVerdict(verdicts)!;
  return {
    ok: true,
    joint: {
      projectId: project.project.id,
      projectVersion: version,
      verdict,
      documentNo: issue.documentNo.trim(),
      date: issue.date,
      coordinator: issue.coordinator.trim(),
    },
  };
}
