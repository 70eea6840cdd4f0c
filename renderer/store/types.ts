// Types of the editor's in-memory workspace and of the commands that change it. Commands are plain
// data (structured-clone safe) so the same object is applied, inverted, logged in IndexedDB and replayed.
import type { Geometry, PlanDocument, PlanFeature, PlanId, PlanMeta, Properties, FeatureId } from '../../engine/model/index.ts';
import type { RulePack } from '../../engine/rules/index.ts';
import type { Targets } from '../../engine/indicators/index.ts';
import type { Policy, Resolution } from '../../engine/resolutions/index.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument } from '../../engine/review/index.ts';

export interface PlanEntry {
  meta: PlanMeta;
  /** Features in document order (ids are unique within the workspace). */
  features: ReadonlyMap<FeatureId, PlanFeature>;
}

export interface WorkspaceData {
  plans: ReadonlyMap<PlanId, PlanEntry>;
  /** Drawing and layer-tree order, bottom first. */
  planOrder: readonly PlanId[];
  rulePack: RulePack | null;
  targets: Targets | null;
  /**
   * The precedence policy (schemas/policy.schema.json) proposals and the export follow; null or absent (a
   * workspace stored before it was workspace data) means the bundled default. Changed by `setPolicy`.
   */
  policy?: Policy | null;
  /** Conflict resolutions by conflict key, in maintenance-log order (recorded by `setResolution` commands). */
  resolutions?: readonly Resolution[];
  /** 并联审批 (issue 12). Projects in creation order (`setProject`); absent in older workspaces = none. */
  projects?: readonly ProjectDocument[];
  /** The managed department list (`setDepartments`); null or absent = the bundled default (Jiyuan). */
  departments?: readonly Department[] | null;
  /** 征求意见, department opinions and 联合审查意见, sorted by project id then department id (one per pair). */
  consultations?: readonly Consultation[];
  opinions?: readonly DepartmentOpinion[];
  jointOpinions?: readonly JointOpinion[];
}

export type Command =
  | { kind: 'setAttributes'; planId: PlanId; featureId: FeatureId; before: Properties; after: Properties }
  | { kind: 'setGeometry'; planId: PlanId; featureId: FeatureId; before: Geometry; after: Geometry }
  | { kind: 'addFeature'; planId: PlanId; feature: PlanFeature; index: number }
  | { kind: 'deleteFeature'; planId: PlanId; feature: PlanFeature; index: number }
  | { kind: 'importPlan'; plan: PlanDocument; index: number }
  | { kind: 'removePlan'; plan: PlanDocument; index: number }
  | { kind: 'batch'; label: string; commands: Command[] }
  | { kind: 'setResolution'; conflictKey: string; before: Resolution | null; after: Resolution | null }
  | { kind: 'setPolicy'; before: Policy | null; after: Policy | null }
  /** Adds (before null), replaces or removes (after null) one project; `index` is its place in creation order. */
  | { kind: 'setProject'; projectId: string; index: number; before: ProjectDocument | null; after: ProjectDocument | null }
  | { kind: 'setDepartments'; before: Department[] | null; after: Department[] | null }
  | { kind: 'setConsultation'; projectId: string; department: string; before: Consultation | null; after: Consultation | null }
  | { kind: 'setOpinion'; projectId: string; department: string; before: DepartmentOpinion | null; after: DepartmentOpinion | null }
  | { kind: 'setJointOpinion'; projectId: string; before: JointOpinion | null; after: JointOpinion | null };

export type CommandKind = Command['kind'];

/** What the history reports to listeners (the persistence service appends each to the log at once). */
export type HistoryEvent =
  | { type: 'do'; command: Command }
  | { type: 'undo'; command: Command }
  | { type: 'redo'; command: Command };
