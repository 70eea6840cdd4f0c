// Pure. applyReviewCommand(workspace, command) → the workspace with one 并联审批 record set (a project, the
// department list, a 征求意见, a department opinion or a 联合审查意见). `before` must be what is recorded now
// (compared as data), `after` takes its place (null: removed). Throws CommandError when it does not fit.
import type { Consultation, DepartmentOpinion, JointOpinion, ProjectDocument } from '../review/types.ts';
import { say, type Bilingual } from '../i18n/index.ts';
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

function misfit(what: Bilingual): CommandError {
  return CommandError.of(say('edit.applyReviewCommand.misfit', { what }));
}

function setKeyed<T extends { projectId: string; department?: string }>(
  list: readonly T[] | undefined,
  matches: (r: T) => boolean,
  before: T | null,
  after: T | null,
  label: Bilingual,
): T[] {
  const current = (list ?? []).find(matches) ?? null;
  if (!same(current, before)) throw misfit(label);
  if (after && !matches(after)) throw CommandError.of(say('edit.applyReviewCommand.other-record', { what: label }));
  const rest = (list ?? []).filter((r) => !matches(r));
  return (after ? [...rest, after] : rest).sort(byKey);
}

function setProject(projects: readonly ProjectDocument[], c: Extract<ReviewCommand, { kind: 'setProject' }>): ProjectDocument[] {
  const at = projects.findIndex((p) => p.project.id === c.projectId);
  const current = at < 0 ? null : projects[at]!;
  if (!same(current, c.before)) {
    const name = c.after?.properties.XMMC ?? c.before?.properties.XMMC ?? c.projectId;
    throw misfit(say('edit.applyReviewCommand.project', { project: { zh: String(name), en: c.projectId } }));
  }
  if (c.after && c.after.project.id !== c.projectId)
    throw CommandError.of(say('edit.applyReviewCommand.project-ids', { found: c.after.project.id, id: c.projectId }));
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
      if (!same(ws.departments ?? null, c.before)) throw misfit(say('edit.applyReviewCommand.departments'));
      return { ...ws, departments: c.after };
    case 'setConsultation':
      return {
        ...ws,
        consultations: setKeyed<Consultation>(
          ws.consultations,
          (r) => r.projectId === c.projectId && r.department === c.department,
          c.before,
          c.after,
          say('edit.applyReviewCommand.consultation', { projectId: c.projectId, department: c.department }),
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
          say('edit.applyReviewCommand.opinion', { projectId: c.projectId, department: c.department }),
        ),
      };
    case 'setJointOpinion':
      return {
        ...ws,
        jointOpinions: setKeyed<JointOpinion>(
          ws.jointOpinions,
          (r) => r.projectId === c.projectId,
          c.before,
          c.after,
          say('edit.applyReviewCommand.joint-opinion', { projectId: c.projectId }),
        ),
      };
  }
}
