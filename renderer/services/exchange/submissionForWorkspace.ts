// Pure. submissionForWorkspace(bytes, name, trustedKeys, register, workspace) → a 部门报送包 read for the bureau's
// editor: refused (unsigned, unknown or revoked key, changed signer, tampered, a replay of an older one — the
// engine's Chinese and English message), or its diff against the version the bureau accepted and the three-way
// merge with the plan in the workspace (engine/merge: ancestor = the submission's base, ours = the workspace's
// plan, theirs = the submitted plan). acceptSubmissionCommand turns the decided merge into one undoable batch, with
// the submitted resolutions recorded under the bureau's official log numbers (provisional ones kept beside them).
import {
  checkReplay,
  officialResolutionsOf,
  readSubmission,
  type AcceptedRegister,
  type Submission,
} from '../../../engine/exchange/index.ts';
import { diffPlanVersions, type PlanVersionDiff } from '../../../engine/merge/index.ts';
import { mergePlanVersions, type PlanMergeResult } from '../../../engine/merge/index.ts';
import { resolveMergeConflicts, type MergeChoice } from '../../../engine/merge/index.ts';
import type { Message } from '../../../engine/resolutions/index.ts';
import type { TrustedKeys } from '../../../engine/sign/index.ts';
import type { Language } from '../../i18n/dictionary.ts';
import { message } from '../../i18n/message.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import type { Command, CommandBody, WorkspaceData } from '../../store/types.ts';

export type SubmissionForWorkspace =
  | { ok: false; message: Message }
  | { ok: true; submission: Submission; diff: PlanVersionDiff; merge: PlanMergeResult | null; index: number };

export function submissionForWorkspace(
  bytes: Uint8Array,
  name: string,
  trustedKeys: TrustedKeys,
  register: AcceptedRegister,
  workspace: WorkspaceData,
): SubmissionForWorkspace {
  const read = readSubmission(bytes, name, trustedKeys);
  if (!read.ok) return { ok: false, message: read.message };
  const replay = checkReplay(register, read.submission.manifest, name);
  if (replay) return { ok: false, message: replay };
  const s = read.submission;
  const entry = workspace.plans.get(s.plan.plan.id);
  const index = entry ? workspace.planOrder.indexOf(s.plan.plan.id) : workspace.planOrder.length;
  return {
    ok: true,
    submission: s,
    diff: diffPlanVersions(s.base, s.plan),
    merge: entry ? mergePlanVersions(s.base, planDocumentOf(entry), s.plan) : null,
    index,
  };
}

/** The submitted resolutions as `setResolution` commands against the workspace's, officially numbered at `acceptedAt`. */
function resolutionCommands(s: Submission, workspace: WorkspaceData, acceptedAt: string): CommandBody[] {
  const existing = workspace.resolutions ?? [];
  const { resolutions } = officialResolutionsOf(s.history, acceptedAt, existing);
  return resolutions.map((after) => ({
    kind: 'setResolution',
    conflictKey: after.conflictKey,
    before: existing.find((r) => r.conflictKey === after.conflictKey) ?? null,
    after,
  }));
}

/** The batch that puts the merged plan (conflict i decided by choices[i], 'ours' when undecided) in the workspace,
 *  and the submitted resolutions with official log numbers of `acceptedAt` (ISO time; its day names the numbers);
 *  its history label is in `language`. */
export function acceptSubmissionCommand(
  view: Extract<SubmissionForWorkspace, { ok: true }>,
  workspace: WorkspaceData,
  choices: readonly (MergeChoice | undefined)[],
  acceptedAt: string,
  language: Language,
): Command {
  const s = view.submission;
  const m = s.manifest;
  const label = message(language, 'submissionCommandLabel', {
    plan: m.plan.id,
    sequence: m.sequence,
    station: m.station.stationName || m.station.stationId,
  });
  const resolutions = resolutionCommands(s, workspace, acceptedAt);
  if (!view.merge) return { kind: 'batch', label, commands: [{ kind: 'importPlan', plan: s.plan, index: view.index }, ...resolutions] };
  const merged = resolveMergeConflicts(
    view.merge,
    view.merge.conflicts.map((_c, i) => choices[i] ?? 'ours'),
  );
  const old = planDocumentOf(workspace.plans.get(s.plan.plan.id)!);
  return {
    kind: 'batch',
    label,
    commands: [
      { kind: 'removePlan', plan: old, index: view.index },
      { kind: 'importPlan', plan: merged, index: view.index },
      ...resolutions,
    ],
  };
}
