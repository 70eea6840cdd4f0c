// Pure. applyReviewCommand(workspace, command) → the workspace with one 并联审批 record set (a project, the
// department list, a 征求意见, a department opinion or a 联合审查意见). `before` must be what is recorded now
// (compared as data), `after` takes its place (null: removed). Throws CommandError when it does not fit.
import type { Consultation, DepartmentOpinion, JointOpinion, ProjectDocument } from '../review/types.ts';
import { CommandError } from './commandError.ts';
import type { CommandBody, WorkspaceData } from './types.ts';

export type ReviewCommand = Extract<
  CommandBody,
  { kind: 'setProject' | 'setDepartments' | 'setConsultation' | 'setOpinion' | 'setJointOpinion' }
>;

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Code-unit order (no localeCompare): records sort the same on every workstation. */
const byKey = <T extends { projectId: string; department?: string }>(a: T, b: T): number => {
  const ka = `${a.projectId}\u0000${a.department ?? ''}`;
  const kb = `${b.projectId}\u0000${b.department ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

function misfit(what: string, whatEn: string): CommandError {
  return new CommandError(`${what}已变化，与这条编辑记录不符`, `${whatEn} has changed since this edit was recorded`);
}

function setKeyed<T extends { projectId: string; department?: string }>(
  list: readonly T[] | undefined,
  matches: (r: T) => boolean,
  before: T | null,
  after: T | null,
  label: [string, string],
): T[] {
  const current = (list ?? []).find(matches) ?? null;
  if (!same(current, before)) throw misfit(...label);
  if (after && !matches(after))
    throw new CommandError(`${label[0]}与记录的项目或部门不符`, `${label[1]} names another project or department`);
  const rest = (list ?? []).filter((r) => !matches(r));
  return (after ? [...rest, after] : rest).sort(byKey);
}

function setProject(projects: readonly ProjectDocument[], c: Extract<ReviewCommand, { kind: 'setProject' }>): ProjectDocument[] {
  const at = projects.findIndex((p) => p.project.id === c.projectId);
  const current = at < 0 ? null : projects[at]!;
  if (!same(current, c.before))
    throw misfit(`项目 ${c.after?.properties.XMMC ?? c.before?.properties.XMMC ?? c.projectId} `, `project ${c.projectId}`);
  if (c.after && c.after.project.id !== c.projectId)
    throw new CommandError(
      `项目编号不一致：${c.after.project.id} ≠ ${c.projectId}`,
      `project ids differ: ${c.after.project.id} ≠ ${c.projectId}`,
    );
  const next = [...projects];
  if (current && c.after) next[at] = c.after;
  else if (current) next.splice(at, 1);
  else if (c.after) next.splice(Math.max(0, Math.min(c.index, next.length)), 0, c.after);
  return next;
}

export function applyReviewCommand(ws: WorkspaceData, c: ReviewCommand): WorkspaceData {
  switch (c.kind) {
    case 'setProject':
      return { ...ws, projects: setProject(ws.projects ?? [], c) };
    case 'setDepartments':
      if (!same(ws.departments ?? null, c.before)) throw misfit('部门名录', 'the department list');
      return { ...ws, departments: c.after };
    case 'setConsultation':
      return {
        ...ws,
        consultations: setKeyed<Consultation>(
          ws.consultations,
          (r) => r.projectId === c.projectId && r.department === c.department,
          c.before,
          c.after,
          [`项目 ${c.projectId} 发给 ${c.department} 的征求意见`, `the consultation of ${c.department} on project ${c.projectId}`],
        ),
      };
    case 'setOpinion':
      return {
        ...ws,
        opinions: setKeyed<DepartmentOpinion>(
          ws.opinions,
          (r) => r.projectId === c.projectId && r.department === c.department,
          c.before,
          c.after,
          [`${c.department} 对项目 ${c.projectId} 的意见`, `the opinion of ${c.department} on project ${c.projectId}`],
        ),
      };
    case 'setJointOpinion':
      return {
        ...ws,
        jointOpinions: setKeyed<JointOpinion>(ws.jointOpinions, (r) => r.projectId === c.projectId, c.before, c.after, [
          `项目 ${c.projectId} 的联合审查意见`,
          `the joint opinion on project ${c.projectId}`,
        ]),
      };
  }
}
