// Pure. registerRows(workspace, reviews, departments, today) → one row per project for the 项目库 register:
// its current version, each department's preliminary verdict (from the latest review) and recorded opinion,
// whether that opinion is stale (given on another version), whether the 征求意见 is overdue, and the joint
// opinion (stale too when the project changed after it was issued).
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument, Verdict } from '../../../engine/review/types.ts';
import type { ProjectReviewEntry } from '../../store/projectSlice.ts';
import type { WorkspaceData } from '../../store/types.ts';

export interface RegisterCell {
  department: Department;
  preliminary: Verdict | null;
  opinion: DepartmentOpinion | null;
  /** The opinion was given on another version of the project. */
  stale: boolean;
  consultation: Consultation | null;
  /** Consulted, no current opinion, and the deadline has passed. */
  overdue: boolean;
}

export interface RegisterRow {
  project: ProjectDocument;
  version: string;
  cells: RegisterCell[];
  preliminary: Verdict | null;
  joint: JointOpinion | null;
  jointStale: boolean;
  /** The review's result changed after the blueprint changed. */
  changed: boolean;
}

export function registerRows(
  ws: Pick<WorkspaceData, 'projects' | 'consultations' | 'opinions' | 'jointOpinions'>,
  reviews: Readonly<Record<string, ProjectReviewEntry>>,
  departments: readonly Department[],
  today: string,
): RegisterRow[] {
  return (ws.projects ?? []).map((project) => {
    const id = project.project.id;
    const version = projectVersion(project);
    const entry = reviews[id];
    const review = entry && entry.projectVersion === version ? entry.review : null;
    const cells = departments.map((department): RegisterCell => {
      const opinion = ws.opinions?.find((o) => o.projectId === id && o.department === department.id) ?? null;
      const consultation = ws.consultations?.find((c) => c.projectId === id && c.department === department.id) ?? null;
      const stale = opinion !== null && opinion.projectVersion !== version;
      return {
        department,
        preliminary: review?.departments.find((d) => d.department === department.id)?.verdict ?? (review ? 'pass' : null),
        opinion,
        stale,
        consultation,
        overdue: consultation !== null && (opinion === null || stale) && consultation.deadline < today,
      };
    });
    const joint = ws.jointOpinions?.find((j) => j.projectId === id) ?? null;
    return { project, version, cells, preliminary: review?.verdict ?? null, joint, jointStale: joint !== null && joint.projectVersion !== version, changed: entry?.changed ?? false };
  });
}
