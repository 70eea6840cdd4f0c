// Pure (geometry through the port). planBulkProposals(input) → the preview of applying the policy's
// proposals to a set of conflicts: per conflict the proposal and either the resolution it makes or why it
// is left for the coordinator (an exception needs an approval document, 补划 needs replacement land, a
// conflict already handled is kept), plus one history entry that applies them all (null when none applies).
// Each applied item says per feature its area before and after (resolutionImpact); the plan lists the features
// that would vanish and needs an explicit confirmation when any does or any changes more than its conflict.
// Resolutions are made one after another on the plans as the earlier ones left them.
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { CONFLICT_STATUS_LABEL } from '../../../engine/resolutions/index.ts';
import { createResolution } from '../../../engine/resolutions/index.ts';
import { fullCoverageOf } from '../../../engine/resolutions/index.ts';
import { maintenanceLogNumber, type LogNumberIssuer } from '../../../engine/resolutions/index.ts';
import { proposeResolutions } from '../../../engine/resolutions/index.ts';
import { resolutionImpact, type FeatureImpact, type ResolutionImpact } from '../../../engine/resolutions/index.ts';
import { resolutionCommand } from '../../../engine/resolutions/index.ts';
import type { Policy, Proposal, Resolution } from '../../../engine/resolutions/index.ts';
import type { Conflict } from '../../../engine/rules/index.ts';
import { applyCommand, planDocumentOf } from '../../store/applyCommand.ts';
import type { Command, WorkspaceData } from '../../store/types.ts';
import { resolutionCommands } from './resolutionToCommand.ts';
import { resolutionStatus } from './resolutionStatus.ts';
import { suggestedAttribute } from './suggestedAttribute.ts';
import type { Language, MessageKey } from '../../i18n/dictionary.ts';
import { message, messages, type MessageParams } from '../../i18n/message.ts';

export interface BulkInput {
  conflicts: readonly Conflict[];
  /** Every conflict of the last check (to tell which resolutions still hold). */
  allConflicts: readonly Conflict[];
  workspace: WorkspaceData;
  policy: Policy;
  decidedBy: string;
  /** ISO time recorded on every resolution of the batch. */
  decidedAt: string;
  /** Who numbers the log entries (a department's station gives provisional numbers); default: official. */
  logIssuer?: LogNumberIssuer;
  port: GeometryPort;
  /** The language of the history entries' labels (default Chinese). */
  language?: Language;
}

export type BulkOutcome =
  { ok: true; resolution: Resolution; impact: ResolutionImpact } | { ok: false; reasonZh: string; reasonEn: string };

export interface BulkItem {
  conflict: Conflict;
  proposal: Proposal;
  outcome: BulkOutcome;
}

export interface BulkPlan {
  items: BulkItem[];
  applied: number;
  command: Command | null;
  /** Features the command would remove, in the items' order. */
  vanishing: FeatureImpact[];
  /** Features the command would add (parts split off in a full-coverage layer, 补划). */
  added: FeatureImpact[];
  /** Applying needs an explicit confirmation: a feature vanishes or changes by more than its conflict's area. */
  needsConfirmation: boolean;
}

export function planBulkProposals(input: BulkInput): BulkPlan {
  const proposals = proposeResolutions(input.conflicts, input.policy);
  const language = input.language ?? 'zh';
  let ws = input.workspace;
  let plans: PlanDocument[] = ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
  const made: Resolution[] = [];
  const items: BulkItem[] = [];
  const batches: Command[] = [];
  input.conflicts.forEach((conflict, i) => {
    const proposal = proposals[i]!;
    const skip = (reasonZh: string, reasonEn: string) => items.push({ conflict, proposal, outcome: { ok: false, reasonZh, reasonEn } });
    const skipWith = (key: MessageKey, params: MessageParams = {}) => {
      const m = messages(key, params);
      return skip(m.zh, m.en);
    };
    const existing = ws.resolutions?.find((r) => r.conflictKey === conflict.key);
    const kept = existing ? resolutionStatus(existing, input.allConflicts) : null;
    // Named by its true status (a 暂缓 or an exception is not 已处置, and neither carries a log number).
    if (existing && kept!.status === 'applied') {
      const label = CONFLICT_STATUS_LABEL[kept!.conflictStatus];
      const log = existing.logNumber;
      return log === undefined ? skipWith('bulkSkipDecided', { status: label }) : skipWith('bulkSkipDecidedLog', { status: label, log });
    }
    if (proposal.kind === 'exception' || proposal.requiresApproval) return skipWith('bulkSkipNeedsApproval');
    if (proposal.requiresCompensation) return skipWith('bulkSkipNeedsCompensation');
    const attribute = proposal.kind === 'changeAttribute' ? suggestedAttribute(conflict, ws) : null;
    if (proposal.kind === 'changeAttribute' && !attribute) return skipWith('bulkSkipNoAttribute');
    const result = createResolution(
      {
        conflict,
        kind: proposal.kind,
        decidedBy: input.decidedBy,
        decidedAt: input.decidedAt,
        logNumber: maintenanceLogNumber(input.decidedAt, [...(input.workspace.resolutions ?? []), ...made], input.logIssuer),
        reason: proposal.reasonZh,
        fullCoverage: fullCoverageOf(input.policy),
        ...(attribute ? { attribute } : {}),
      },
      plans,
      input.port,
    );
    if (!result.ok) return skip(result.errors.map((e) => e.zh).join('；'), result.errors.map((e) => e.en).join('; '));
    const commands = resolutionCommands(result.resolution, ws);
    const batch: Command = { kind: 'batch', label: message(language, 'bulkResolveLabel', { key: conflict.key }), commands };
    ws = applyCommand(ws, batch);
    plans = resolutionCommand(result.resolution).apply(plans);
    made.push(result.resolution);
    batches.push(batch);
    items.push({
      conflict,
      proposal,
      outcome: { ok: true, resolution: result.resolution, impact: resolutionImpact(result.resolution, conflict) },
    });
  });
  const impacts = items.flatMap((i) => (i.outcome.ok ? [i.outcome.impact] : []));
  return {
    items,
    applied: made.length,
    vanishing: impacts.flatMap((i) => i.features.filter((f) => f.change === 'removed')),
    added: impacts.flatMap((i) => i.features.filter((f) => f.change === 'added')),
    needsConfirmation: impacts.some((i) => i.needsConfirmation),
    command:
      batches.length > 0 ? { kind: 'batch', label: message(language, 'bulkApplyLabel', { n: batches.length }), commands: batches } : null,
  };
}
