// Writes a workspace as the new base (first start, or opening a .lantu file): plans in chunks, rule pack
// targets and policy in meta, and an empty log. One transaction: all or nothing.
import type { LantuDb } from '../../db/LantuDb.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import type { WorkspaceData } from '../../store/types.ts';
import { writePlanBlob } from './planBlobs.ts';

export async function saveBaseWorkspace(db: LantuDb, ws: WorkspaceData): Promise<void> {
  await db.transaction('rw', [db.meta, db.planBlobs, db.chunks, db.log], async () => {
    await db.planBlobs.clear();
    await db.chunks.clear();
    await db.log.clear();
    for (const [order, planId] of ws.planOrder.entries()) {
      const entry = ws.plans.get(planId);
      if (entry) await writePlanBlob(db, `base:${planId}`, 'base', planDocumentOf(entry), order);
    }
    await db.meta.put({ key: 'workspace', value: { rulePack: ws.rulePack, targets: ws.targets, policy: ws.policy ?? null, createdAt: new Date().toISOString() } });
  });
}
