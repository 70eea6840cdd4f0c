// Pure types of the one edit model: the workspace as the editor, the CLI and the export hold it, and the
// commands that change it. Commands are plain data (structured-clone safe) so the same object is applied,
// inverted, logged (IndexedDB, a `.lantu` history) and replayed; a logged command carries who, where and when.
import type { Geometry, PlanDocument, PlanFeature, PlanId, PlanMeta, Properties, FeatureId } from '../model/types.ts';
import type { RulePack } from '../rules/types.ts';
import type { Targets } from '../indicators/types.ts';
import type { Policy, Resolution } from '../resolutions/types.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument } from '../review/types.ts';

export interface PlanEntry {
  meta: PlanMeta;
  /** Features in document order (ids are unique within the workspace); a FeatureStore once edited. */
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
  /** 并联审批. Projects in creation order (`setProject`); absent in older workspaces = none. */
  projects?: readonly ProjectDocument[];
  /** The managed department list (`setDepartments`); null or absent = the bundled default (Jiyuan). */
  departments?: readonly Department[] | null;
  /** 征求意见, department opinions and 联合审查意见, sorted by project id then department id (one per pair). */
  consultations?: readonly Consultation[];
  opinions?: readonly DepartmentOpinion[];
  jointOpinions?: readonly JointOpinion[];
}

/** Who made a logged command, on which station, and when (README Decisions: "Command metadata"). */
export interface CommandMeta {
  /** Unique id of the command (a UUID for new edits; `legacy-<n>` for commands upgraded from older logs). */
  id: string;
  /** The person-readable station name at the time (e.g. "生态环境局-张工"); '' when unknown. */
  author: string;
  /** The station id ('local' before the app set one; 'unknown' for upgraded commands). */
  station: string;
  /** ISO time the command was made; '' when an older log did not record it. */
  at: string;
}

/** What a command does, without its metadata: what callers build and what a batch holds. */
export type CommandBody =
  | { kind: 'setAttributes'; planId: PlanId; featureId: FeatureId; before: Properties; after: Properties }
  | { kind: 'setGeometry'; planId: PlanId; featureId: FeatureId; before: Geometry; after: Geometry }
  | { kind: 'addFeature'; planId: PlanId; feature: PlanFeature; index: number }
  | { kind: 'deleteFeature'; planId: PlanId; feature: PlanFeature; index: number }
  | { kind: 'importPlan'; plan: PlanDocument; index: number }
  | { kind: 'removePlan'; plan: PlanDocument; index: number }
  | { kind: 'batch'; label: string; commands: CommandBody[] }
  | { kind: 'setResolution'; conflictKey: string; before: Resolution | null; after: Resolution | null }
  | { kind: 'setPolicy'; before: Policy | null; after: Policy | null }
  /** Adds (before null), replaces or removes (after null) one project; `index` is its place in creation order. */
  | { kind: 'setProject'; projectId: string; index: number; before: ProjectDocument | null; after: ProjectDocument | null }
  | { kind: 'setDepartments'; before: Department[] | null; after: Department[] | null }
  | { kind: 'setConsultation'; projectId: string; department: string; before: Consultation | null; after: Consultation | null }
  | { kind: 'setOpinion'; projectId: string; department: string; before: DepartmentOpinion | null; after: DepartmentOpinion | null }
  | { kind: 'setJointOpinion'; projectId: string; before: JointOpinion | null; after: JointOpinion | null };

/**
 * A command as the history holds it: its body with optional metadata. The store stamps every command it
 * executes and upgrades every command it loads, so history entries always have `meta`; nested batch
 * commands and commands being built have none (the batch's meta covers them).
 */
export type Command = CommandBody & { meta?: CommandMeta };

/** A history entry: a command with its metadata. */
export type LoggedCommand = CommandBody & { meta: CommandMeta };

export type CommandKind = CommandBody['kind'];
