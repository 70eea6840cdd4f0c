// Pure. jointOpinionBlockers(project, departments, consultations, opinions, jointOpinions, today) → why the
// 联合审查意见 cannot be issued yet, each reason in Chinese and English naming the project and the department:
// every department in the managed list must have answered on the current version; none is issued on it yet.
import { projectOpinionCells, type OpinionCell, type OpinionCellState } from './projectOpinionCells.ts';
import { projectVersion } from './projectVersion.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument } from './types.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export interface JointOpinionBlocker {
  /** invalid-issue: a blank 文号 or coordinator, or a malformed date (issueJointOpinion only). */
  code: 'no-departments' | 'not-answered' | 'already-issued' | 'invalid-issue';
  /** The department that has not answered (not-answered only), and where it stands. */
  department?: string;
  state?: OpinionCellState;
  zh: string;
  en: string;
}

export function jointOpinionBlockers(
  project: ProjectDocument,
  departments: readonly Department[],
  consultations: readonly Consultation[],
  opinions: readonly DepartmentOpinion[],
  jointOpinions: readonly JointOpinion[],
  today: string,
): JointOpinionBlocker[] {
  const name = project.properties.XMMC;
  const version = projectVersion(project);
  const blockers: JointOpinionBlocker[] = [];
  if (departments.length === 0) {
    blockers.push({
      code: 'no-departments',
      ...say('review.jointOpinionBlockers.jointOpinionBlockers', { name }),
    });
  }
  const cells = projectOpinionCells(project, departments, consultations, opinions, today, version);
  cells.forEach((cell, i) => {
    if (cell.opinion) return;
    const d = departments[i]!;
    blockers.push({
      code: 'not-answered',
      department: d.id,
      state: cell.state,
      ...say('review.jointOpinionBlockers.jointOpinionBlockers-2', {
        name,
        nameZh: { zh: d.nameZh, en: d.nameEn },
        shortZh: { zh: d.shortZh, en: d.shortEn },
        detail: why(cell),
      }),
    });
  });
  const issued = jointOpinions.filter((j) => j.projectId === project.project.id && j.projectVersion === version).pop();
  if (issued) {
    blockers.push({
      code: 'already-issued',
      ...say('review.jointOpinionBlockers.jointOpinionBlockers-3', { name, documentNo: issued.documentNo, date: issued.date }),
    });
  }
  return blockers;
}

function why(cell: OpinionCell): Bilingual {
  switch (cell.state) {
    case 'awaiting':
      return say('review.jointOpinionBlockers.awaiting', { deadline: cell.consultation!.deadline });
    case 'overdue':
      return say('review.jointOpinionBlockers.overdue', { deadline: cell.consultation!.deadline });
    case 'stale':
      return say('review.jointOpinionBlockers.stale', { date: cell.staleOpinion!.date });
    default:
      return say('review.jointOpinionBlockers.not-consulted');
  }
}
