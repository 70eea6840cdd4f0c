// Pure. The resolutions a 部门报送包's history records (its `setResolution` commands, batches included; the last one
// per conflict wins, a removal drops it), and the same with the bureau's official log numbers: each PROVISIONAL
// number (yyyymmdd-CODE-nnnnnn) gets the next official one of the acceptance day after `existing`, keeping it in
// `provisionalLogNumber` (engine/resolutions assignOfficialLogNumbers). Inputs are never mutated.
import { assignOfficialLogNumbers, type OfficialRenumbering } from '../resolutions/index.ts';
import type { Resolution } from '../resolutions/types.ts';
import type { SubmittedCommand } from './submissionTypes.ts';

function collect(command: unknown, out: Map<string, Resolution | null>): void {
  const c = command as { kind?: unknown; commands?: unknown; conflictKey?: unknown; after?: unknown } | null;
  if (!c || typeof c !== 'object') return;
  if (c.kind === 'batch' && Array.isArray(c.commands)) for (const inner of c.commands) collect(inner, out);
  if (c.kind !== 'setResolution' || typeof c.conflictKey !== 'string') return;
  const after = c.after as Resolution | null | undefined;
  out.set(c.conflictKey, after && typeof after === 'object' && after.conflictKey === c.conflictKey ? after : null);
}

/** The resolutions the history leaves recorded, in history order of their last change. */
export function submittedResolutions(history: readonly SubmittedCommand[]): Resolution[] {
  const last = new Map<string, Resolution | null>();
  for (const command of history) collect(command, last);
  return [...last.values()].filter((r): r is Resolution => r !== null);
}

/** The submitted resolutions as the bureau records them on accepting at `acceptedAt`, after the `existing` numbers. */
export function officialResolutionsOf(
  history: readonly SubmittedCommand[],
  acceptedAt: string,
  existing: readonly Pick<Resolution, 'logNumber'>[],
): { resolutions: Resolution[]; renumbered: OfficialRenumbering[] } {
  return assignOfficialLogNumbers(submittedResolutions(history), acceptedAt, existing);
}
