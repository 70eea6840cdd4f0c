// Pure. What a liaison's editor submits for one plan: the plan as the workspace holds it now, and its base = the
// version this installation last took in for that plan (the latest `importPlan` of it in the undo history: the
// import, or the merged version a 接收 put there), else the plan itself (nothing to report). The bytes come from the
// same engine functions `lantu submit` uses (historyFromDiff, buildSubmission), so both shells make the same package;
// the workspace's resolutions still carrying a provisional log number follow as `setResolution` commands, for the
// bureau to number officially when it accepts (a workspace without any makes exactly `lantu submit`'s bytes).
import { buildSubmission, historyFromDiff, type SubmittedCommand } from '../../../engine/exchange/index.ts';
import type { PlanDocument, PlanId } from '../../../engine/model/index.ts';
import { provisionalStationCode } from '../../../engine/resolutions/index.ts';
import type { Signer } from '../../../engine/sign/index.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import type { CommandBody, LoggedCommand, WorkspaceData } from '../../store/types.ts';

function lastImportIn(body: CommandBody, planId: string): PlanDocument | null {
  if (body.kind === 'importPlan') return body.plan.plan.id === planId ? body.plan : null;
  if (body.kind !== 'batch') return null;
  for (let i = body.commands.length - 1; i >= 0; i--) {
    const found = lastImportIn(body.commands[i]!, planId);
    if (found) return found;
  }
  return null;
}

/** The version the history says this installation last imported or accepted for `planId`; null when none. */
export function submissionBaseOf(past: readonly LoggedCommand[], planId: string): PlanDocument | null {
  for (let i = past.length - 1; i >= 0; i--) {
    const found = lastImportIn(past[i]!, planId);
    if (found) return found;
  }
  return null;
}

export interface WorkspaceSubmissionInput {
  workspace: WorkspaceData;
  past: readonly LoggedCommand[];
  planId: PlanId;
  author: string;
  sequence: number;
  /** ISO time in whole seconds (part of the package's bytes). */
  createdAt: string;
}

/** The signed 部门报送包 and the number of edits it carries; null when the workspace has no such plan. */
export async function workspaceSubmission(input: WorkspaceSubmissionInput, signer: Signer): Promise<{ zip: Uint8Array; edits: number; plan: PlanDocument } | null> {
  const entry = input.workspace.plans.get(input.planId);
  if (!entry) return null;
  const plan = planDocumentOf(entry);
  const base = submissionBaseOf(input.past, input.planId) ?? plan;
  const idPrefix = `${signer.stationId}-${input.planId}-${input.sequence}`;
  const edits = historyFromDiff(base, plan, { idPrefix, author: input.author, station: signer.stationId, at: input.createdAt });
  const provisional = (input.workspace.resolutions ?? []).filter((r) => r.logNumber !== undefined && provisionalStationCode(r.logNumber) !== null);
  const history: SubmittedCommand[] = [
    ...edits,
    ...provisional.map(
      (r, n) =>
        ({ kind: 'setResolution', conflictKey: r.conflictKey, before: null, after: r, meta: { id: `${idPrefix}-r${n + 1}`, author: input.author, station: signer.stationId, at: input.createdAt } }) as unknown as SubmittedCommand,
    ),
  ];
  const station = { stationId: signer.stationId, stationName: signer.stationName };
  const zip = await buildSubmission({ plan, base, history, station, author: input.author, sequence: input.sequence, createdAt: input.createdAt }, signer);
  return { zip, edits: history.length, plan };
}
