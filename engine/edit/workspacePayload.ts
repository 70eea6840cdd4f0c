// Pure. The workspace as plain data following schemas/workspace.schema.json (the payload of a `.lantu` file and
// the editor's IndexedDB content): base plans, rule pack, targets, the policy and the 并联审批 records before
// the history, the history itself and the view preferences (the editor's own; the engine passes them through).
import type { PlanDocument } from '../model/types.ts';
import type { RulePack } from '../rules/types.ts';
import type { Targets } from '../indicators/types.ts';
import type { Policy } from '../resolutions/types.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument } from '../review/types.ts';
import { baseOf } from './replayHistory.ts';
import { planDocumentOf } from './planEntry.ts';
import type { Command, WorkspaceData } from './types.ts';

/** The payload's file inside a `.lantu` container. */
export const WORKSPACE_PAYLOAD_FILE = 'workspace.json';

export interface WorkspacePayload<View = { language: 'zh' | 'en'; layerViews: Record<string, unknown>; planOrder: string[] }> {
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
  /** Commands oldest first; older payloads' commands have no `meta` (filled in on opening). */
  history: { past: Command[]; future: Command[] };
  view: View;
}

export type PayloadRecords = Pick<WorkspacePayload, 'projects' | 'departments' | 'consultations' | 'opinions' | 'jointOpinions'>;

/** The payload of a live workspace and its history (base plans recovered by undoing the history). */
export function payloadOf<View>(
  current: WorkspaceData,
  past: readonly Command[],
  future: readonly Command[],
  view: View,
): WorkspacePayload<View> {
  const base = baseOf(current, past);
  return {
    format: 'lantu-workspace',
    schemaVersion: '1.0.0',
    plans: base.planOrder.map((id) => planDocumentOf(base.plans.get(id)!)),
    rulePack: current.rulePack,
    targets: current.targets,
    policy: base.policy ?? null,
    ...reviewRecordsOf(base),
    history: { past: [...past], future: [...future] },
    view,
  };
}

/** The 并联审批 records of a workspace as payload (and IndexedDB meta) fields; empty ones are left out, so a
 *  workspace without projects writes the same payload (and package) bytes as before 并联审批 was added. */
export function reviewRecordsOf(ws: WorkspaceData): PayloadRecords {
  return {
    ...(ws.projects?.length ? { projects: [...ws.projects] } : {}),
    ...(ws.departments ? { departments: [...ws.departments] } : {}),
    ...(ws.consultations?.length ? { consultations: [...ws.consultations] } : {}),
    ...(ws.opinions?.length ? { opinions: [...ws.opinions] } : {}),
    ...(ws.jointOpinions?.length ? { jointOpinions: [...ws.jointOpinions] } : {}),
  };
}

/** The 并联审批 records of a payload or stored meta as workspace data (absent fields: none, default list). */
export function reviewRecordsFrom(
  p: Partial<PayloadRecords>,
): Pick<WorkspaceData, 'projects' | 'departments' | 'consultations' | 'opinions' | 'jointOpinions'> {
  return {
    projects: p.projects ?? [],
    departments: p.departments ?? null,
    consultations: p.consultations ?? [],
    opinions: p.opinions ?? [],
    jointOpinions: p.jointOpinions ?? [],
  };
}
