// Replaces the stored workspace with a workspace payload (schemas/workspace.schema.json: a `.lantu` file's
// content or a generated benchmark workspace): base plans in chunks, the history as log rows (applied,
// then undone in redo order), view preferences; then reloads it into the store. All or nothing.
import type { PlanId } from '../../../engine/model/types.ts';
import type { LantuDb } from '../../db/LantuDb.ts';
import { planEntryOf } from '../../store/applyCommand.ts';
import type { EditorStore } from '../../store/createEditorStore.ts';
import type { PlanEntry } from '../../store/types.ts';
import type { WorkspacePayload } from '../../store/workspacePayload.ts';
import { restoreView } from '../../app/restoreView.ts';
import { loadStoredWorkspace } from './loadStoredWorkspace.ts';
import { externaliseCommand } from './planBlobs.ts';
import { saveBaseWorkspace } from './saveBaseWorkspace.ts';

export async function openWorkspacePayload(store: EditorStore, db: LantuDb, payload: WorkspacePayload): Promise<void> {
  if (payload?.format !== 'lantu-workspace' || !Array.isArray(payload.plans) || !payload.history) {
    throw new Error('不是蓝图工作区数据（缺少 format: "lantu-workspace"、plans 或 history）');
  }
  const plans = new Map<PlanId, PlanEntry>();
  for (const doc of payload.plans) plans.set(doc.plan.id, planEntryOf(doc));
  await saveBaseWorkspace(db, { plans, planOrder: [...plans.keys()], rulePack: payload.rulePack, targets: payload.targets, policy: payload.policy ?? null });
  await db.transaction('rw', [db.log, db.planBlobs, db.chunks, db.meta], async () => {
    const newBlobId = () => `import:${crypto.randomUUID()}`;
    for (const c of payload.history.past) await db.log.add({ command: await externaliseCommand(db, c, newBlobId), undone: 0 });
    for (const c of payload.history.future) await db.log.add({ command: await externaliseCommand(db, c, newBlobId), undone: 1 });
    if (payload.view) await db.meta.put({ key: 'view', value: payload.view });
  });
  const stored = await loadStoredWorkspace(db);
  if (!stored) throw new Error('工作区写入后未能读回');
  store.getState().loadWorkspace(stored.workspace, stored.past, stored.future);
  restoreView(store, stored.view);
}
