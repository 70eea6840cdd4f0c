// Pure. projectOpinionCells(project, departments, consultations, opinions, today) → one cell per department (in
// the managed list's order) saying where the project's current version stands with it: its opinion on this
// version, else a consultation on this version (逾期 once the deadline < today), else an opinion on an older
// version (stale), else 未征求. Where several records match, the last in the list (the latest recorded) counts.
import { projectVersion } from './projectVersion.ts';
import type { Consultation, Department, DepartmentOpinion, ProjectDocument } from './types.ts';
import { say } from '../i18n/index.ts';

/** 未征求 / 已征求待复 / 逾期 / 符合 / 有条件符合 / 不符合 / 意见已过期. */
export type OpinionCellState = 'not-consulted' | 'awaiting' | 'overdue' | 'pass' | 'conditional' | 'fail' | 'stale';

export const OPINION_CELL_LABELS: Readonly<Record<OpinionCellState, { zh: string; en: string }>> = {
  'not-consulted': say('review.projectOpinionCells.not-consulted'),
  awaiting: say('review.projectOpinionCells.awaiting'),
  overdue: say('review.projectOpinionCells.overdue'),
  pass: say('review.projectOpinionCells.pass'),
  conditional: say('review.projectOpinionCells.conditional'),
  fail: say('review.projectOpinionCells.fail'),
  stale: say('review.projectOpinionCells.stale'),
};

export interface OpinionCell {
  department: string;
  state: OpinionCellState;
  /** The opinion on the current version (counted), if any. */
  opinion: DepartmentOpinion | null;
  /** The latest consultation on the current version, if any (its deadline decides 逾期). */
  consultation: Consultation | null;
  /** The latest opinion on an older version, if any (shown, not counted). */
  staleOpinion: DepartmentOpinion | null;
}

export function projectOpinionCells(
  project: ProjectDocument,
  departments: readonly Department[],
  consultations: readonly Consultation[],
  opinions: readonly DepartmentOpinion[],
  today: string,
  version: string = projectVersion(project),
): OpinionCell[] {
  const id = project.project.id;
  return departments.map((d) => {
    let opinion: DepartmentOpinion | null = null;
    let staleOpinion: DepartmentOpinion | null = null;
    let consultation: Consultation | null = null;
    for (const o of opinions) {
      if (o.projectId !== id || o.department !== d.id) continue;
      if (o.projectVersion === version) opinion = o;
      else staleOpinion = o;
    }
    for (const c of consultations) if (c.projectId === id && c.department === d.id && c.projectVersion === version) consultation = c;
    // ISO dates (YYYY-MM-DD) compare as strings.
    const state: OpinionCellState = opinion
      ? opinion.verdict
      : consultation
        ? consultation.deadline < today
          ? 'overdue'
          : 'awaiting'
        : staleOpinion
          ? 'stale'
          : 'not-consulted';
    return { department: d.id, state, opinion, consultation, staleOpinion };
  });
}
