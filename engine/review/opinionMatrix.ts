// Pure. opinionMatrix(projects, departments, consultations, opinions, jointOpinions, today) → the coordinator's
// view: one row per project (register order) × one cell per department (managed-list order), with the joint
// opinion issued on the current version, the result the current opinions decide once all are in, and counts.
// `today` (YYYY-MM-DD) is passed in: the engine has no clock.
import { decideJointVerdict } from './decideJointVerdict.ts';
import { projectOpinionCells, type OpinionCell } from './projectOpinionCells.ts';
import { projectVersion } from './projectVersion.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument, Verdict } from './types.ts';

export interface OpinionMatrixRow {
  projectId: string;
  projectName: string;
  projectVersion: string;
  cells: OpinionCell[];
  /** Departments that answered on the current version, and those overdue. */
  answered: number;
  overdue: number;
  /** decideJointVerdict over the current opinions once every department has answered; null before. */
  decided: Verdict | null;
  /** The joint opinion issued on the current version (the latest), else null. */
  joint: JointOpinion | null;
  /** A joint opinion issued on an older version, when none is on the current one: the project changed since. */
  staleJoint: JointOpinion | null;
}

export interface OpinionMatrix {
  /** Department ids, the columns. */
  departments: string[];
  rows: OpinionMatrixRow[];
}

export function opinionMatrix(
  projects: readonly ProjectDocument[],
  departments: readonly Department[],
  consultations: readonly Consultation[],
  opinions: readonly DepartmentOpinion[],
  jointOpinions: readonly JointOpinion[],
  today: string,
): OpinionMatrix {
  // Grouped by project first, so a register of many projects stays linear in the records.
  const byProject = <T extends { projectId: string }>(list: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      const group = map.get(item.projectId);
      if (group) group.push(item);
      else map.set(item.projectId, [item]);
    }
    return map;
  };
  const consultationsOf = byProject(consultations);
  const opinionsOf = byProject(opinions);
  const jointsOf = byProject(jointOpinions);
  const rows = projects.map((project): OpinionMatrixRow => {
    const id = project.project.id;
    const version = projectVersion(project);
    const cells = projectOpinionCells(project, departments, consultationsOf.get(id) ?? [], opinionsOf.get(id) ?? [], today, version);
    const current = cells.flatMap((c) => (c.opinion ? [c.opinion.verdict] : []));
    const joints = jointsOf.get(id) ?? [];
    const joint = joints.filter((j) => j.projectVersion === version).pop() ?? null;
    return {
      projectId: id,
      projectName: project.properties.XMMC,
      projectVersion: version,
      cells,
      answered: current.length,
      overdue: cells.filter((c) => c.state === 'overdue').length,
      decided: departments.length > 0 && current.length === departments.length ? decideJointVerdict(current) : null,
      joint,
      staleJoint: joint ? null : (joints.filter((j) => j.projectVersion !== version).pop() ?? null),
    };
  });
  return { departments: departments.map((d) => d.id), rows };
}
