// Pure. workspacePayload(state) → the workspace as plain data following schemas/workspace.schema.json
// (base plans before the history, rule pack, targets, the policy and the 并联审批 records before the
// history (null = the bundled default), the history itself, view preferences): the payload of the `.lantu`
// file. Base plans are recovered by undoing the history on the current state.
import { applyCommand, planDocumentOf } from './applyCommand.ts';
import { invertCommand } from './invertCommand.ts';
import type { EditorState } from './createEditorStore.ts';
import type { Command, WorkspaceData } from './types.ts';
import type { PlanDocument } from '../../engine/model/index.ts';
import type { RulePack } from '../../engine/rules/index.ts';
import type { Targets } from '../../engine/indicators/index.ts';
import type { Policy } from '../../engine/resolutions/index.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument } from '../../engine/review/index.ts';

export interface WorkspacePayload {
  format: 'lantu-workspace';
  schemaVersion: '1.0.0';
  plans: PlanDocument[];
  rulePack: RulePack | null;
  targets: Targets | null;
  /** The base workspace's policy (setPolicy commands in the history change it); absent in older payloads. */
  policy?: Policy | null;
  /** 并联审批 records before the history (set* commands in it change them); absent in older payloads = none
   *  (departments: null = the bundled default list). */
  projects?: ProjectDocument[];
  departments?: Department[] | null;
  consultations?: Consultation[];
  opinions?: DepartmentOpinion[];
  jointOpinions?: JointOpinion[];
  history: { past: Command[]; future: Command[] };
  view: { language: 'zh' | 'en'; layerViews: EditorState['layerViews']; planOrder: string[] };
}

export function workspacePayload(state: Pick<EditorState, 'workspace' | 'past' | 'future' | 'language' | 'layerViews'>): WorkspacePayload {
  const base = [...state.past].reverse().reduce((ws, c) => applyCommand(ws, invertCommand(c)), state.workspace);
  return {
    format: 'lantu-workspace',
    schemaVersion: '1.0.0',
    plans: base.planOrder.map((id) => planDocumentOf(base.plans.get(id)!)),
    rulePack: state.workspace.rulePack,
    targets: state.workspace.targets,
    policy: base.policy ?? null,
    ...reviewRecordsOf(base),
    history: { past: [...state.past], future: [...state.future] },
    view: { language: state.language, layerViews: state.layerViews, planOrder: [...state.workspace.planOrder] },
  };
}

/** The 并联审批 records of a workspace as payload (and IndexedDB meta) fields; empty ones are left out, so a
 *  workspace without projects writes the same payload (and package) bytes as before issue 12. */
export function reviewRecordsOf(ws: WorkspaceData): Pick<WorkspacePayload, 'projects' | 'departments' | 'consultations' | 'opinions' | 'jointOpinions'> {
  return {
    ...(ws.projects?.length ? { projects: [...ws.projects] } : {}),
    ...(ws.departments ? { departments: [...ws.departments] } : {}),
    ...(ws.consultations?.length ? { consultations: [...ws.consultations] } : {}),
    ...(ws.opinions?.length ? { opinions: [...ws.opinions] } : {}),
    ...(ws.jointOpinions?.length ? { jointOpinions: [...ws.jointOpinions] } : {}),
  };
}

/** The 并联审批 records of a payload or stored meta as workspace data (absent fields: none, default list). */
export function reviewRecordsFrom(p: Partial<Pick<WorkspacePayload, 'projects' | 'departments' | 'consultations' | 'opinions' | 'jointOpinions'>>): Pick<WorkspaceData, 'projects' | 'departments' | 'consultations' | 'opinions' | 'jointOpinions'> {
  return {
    projects: p.projects ?? [],
    departments: p.departments ?? null,
    consultations: p.consultations ?? [],
    opinions: p.opinions ?? [],
    jointOpinions: p.jointOpinions ?? [],
  };
}
