// Writes a workspace as the new base (first start): plans in chunks, rule pack, targets, policy and the
// 并联审批 records in meta, and an empty log. One transaction: all or nothing; the rows are prepared before it opens.
import type { LantuDb } from '../../db/LantuDb.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import type { WorkspaceData } from '../../store/types.ts';
import { planBlobWrite } from './planBlobs.ts';
import { reviewRecordsOf } from '../../store/workspacePayload.ts';
import { LAST_CHECK_KEYS } from './lastCheckStore.ts';
import { LAST_EXPORT_KEY } from './lastExportStore.ts';
import { OVERVIEW_KEY_PREFIX } from './storedOverviews.ts';

export async function saveBaseWorkspace(db: LantuDb, ws: WorkspaceData): Promise<void> {
  const writes = ws.planOrder.flatMap((planId, order) => {
    const entry = ws.plans.get(planId);
    return entry ? [planBlobWrite(`base:${planId}`, 'base', planDocumentOf(entry), order)] : [];
  });
  const meta = {
    key: 'workspace',
    value: {
      rulePack: ws.rulePack,
      targets: ws.targets,
      policy: ws.policy ?? null,
      ...reviewRecordsOf(ws),
      createdAt: new Date().toISOString(),
    },
  };
  await db.transaction('rw', [db.meta, db.planBlobs, db.chunks, db.log], async () => {
    await db.planBlobs.clear();
    await db.chunks.clear();
    await db.log.clear();
    await db.meta.bulkDelete([...LAST_CHECK_KEYS, LAST_EXPORT_KEY]);
    await db.meta.where('key').startsWith(OVERVIEW_KEY_PREFIX).delete();
    await db.planBlobs.bulkPut(writes.map((w) => w.blob));
    await db.chunks.bulkPut(writes.flatMap((w) => w.chunks));
    await db.meta.put(meta);
  });
}
