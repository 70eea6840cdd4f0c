// Pure. registerRows(workspace, reviews, departments, today) → the 项目库 register: the coordinator's opinion
// matrix (engine opinionMatrix: each department's state on the project's current version — recorded opinion,
// awaiting, overdue, stale, not consulted — and the joint opinion) with, per department, the preliminary
// verdict of the latest review on that version, and whether the review's result changed with the blueprint.
import { opinionMatrix, type OpinionMatrixRow } from '../../../engine/review/index.ts';
import type { OpinionCell } from '../../../engine/review/index.ts';
import type { Department, ProjectDocument, Verdict } from '../../../engine/review/index.ts';
import type { ProjectReviewEntry } from '../../store/projectSlice.ts';
import type { WorkspaceData } from '../../store/types.ts';

export interface RegisterCell extends OpinionCell {
  departmentEntry: Department;
  /** The department's preliminary verdict from the review of the current version; null before a review. */
  preliminary: Verdict | null;
}

export interface RegisterRow extends Omit<OpinionMatrixRow, 'cells'> {
  project: ProjectDocument;
  cells: RegisterCell[];
  preliminary: Verdict | null;
  /** The review's result changed after the blueprint changed (cleared once the project is looked at). */
  changed: boolean;
}

export function registerRows(
  ws: Pick<WorkspaceData, 'projects' | 'consultations' | 'opinions' | 'jointOpinions'>,
  reviews: Readonly<Record<string, ProjectReviewEntry>>,
  departments: readonly Department[],
  today: string,
): RegisterRow[] {
  const projects = ws.projects ?? [];
  const matrix = opinionMatrix(projects, departments, ws.consultations ?? [], ws.opinions ?? [], ws.jointOpinions ?? [], today);
  return matrix.rows.map((row, i) => {
    const entry = reviews[row.projectId];
    const review = entry && entry.projectVersion === row.projectVersion ? entry.review : null;
    const cells = row.cells.map((cell, j): RegisterCell => ({
      ...cell,
      departmentEntry: departments[j]!,
      preliminary: review ? (review.departments.find((d) => d.department === cell.department)?.verdict ?? 'pass') : null,
    }));
    return { ...row, project: projects[i]!, cells, preliminary: review?.verdict ?? null, changed: entry?.changed ?? false };
  });
}
