// Reopens the workspace stored in IndexedDB: base plans, then the log replayed in order. Applied rows
// become the undo stack, undone rows the redo stack. Returns null when nothing was ever stored. Resolutions
// stored by older versions are repaired on the way in (repairCommand).
import type { PlanId } from '../../../engine/model/index.ts';
import type { RulePack } from '../../../engine/rules/index.ts';
import type { Targets } from '../../../engine/indicators/index.ts';
import type { Policy } from '../../../engine/resolutions/index.ts';
import type { LantuDb } from '../../db/LantuDb.ts';
import { applyCommand, planEntryOf } from '../../store/applyCommand.ts';
import type { Command, PlanEntry, WorkspaceData } from '../../store/types.ts';
import { repairCommand } from '../../store/repairCommand.ts';
import { internaliseCommand, readPlanBlob } from './planBlobs.ts';
import { reviewRecordsFrom, type WorkspacePayload } from '../../store/workspacePayload.ts';

export interface StoredWorkspace {
  workspace: WorkspaceData;
  past: Command[];
  future: Command[];
  view: unknown;
}

export async function loadStoredWorkspace(db: LantuDb): Promise<StoredWorkspace | null> {
  const metaRow = await db.meta.get('workspace');
  if (!metaRow) return null;
  // `policy` is absent in workspaces stored before the policy was workspace data: they follow the default.
  // The 并联审批 records are absent in workspaces stored before 并联审批 was added: none, and the default departments.
  const meta = metaRow.value as { rulePack: RulePack | null; targets: Targets | null; policy?: Policy | null } & Partial<WorkspacePayload>;
  const blobs = (await db.planBlobs.where('origin').equals('base').toArray()).sort((a, b) => a.order - b.order);
  const plans = new Map<PlanId, PlanEntry>();
  for (const blob of blobs) {
    const doc = await readPlanBlob(db, blob);
    plans.set(doc.plan.id, planEntryOf(doc));
  }
  let workspace: WorkspaceData = {
    plans,
    planOrder: [...plans.keys()],
    rulePack: meta.rulePack,
    targets: meta.targets,
    policy: meta.policy ?? null,
    ...reviewRecordsFrom(meta),
  };
  const past: Command[] = [];
  const future: Command[] = [];
  for (const row of await db.log.orderBy('seq').toArray()) {
    const command = repairCommand(await internaliseCommand(db, row.command));
    if (row.undone) {
      future.push(command);
    } else {
      workspace = applyCommand(workspace, command);
      past.push(command);
    }
  }
  const viewRow = await db.meta.get('view');
  return { workspace, past, future, view: viewRow?.value ?? null };
}
