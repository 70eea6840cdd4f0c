// Reads and writes plan documents as chunked blobs, and swaps plan documents inside commands for blob
// references (so a log row for an import stays small and the plan's geometry is stored in chunks).
import type { PlanDocument } from '../../../engine/model/types.ts';
import { chunkRows, type LantuDb, type PlanBlobRow } from '../../db/LantuDb.ts';
import { decodeChunk } from '../../db/geometryChunk.ts';
import type { Command } from '../../store/types.ts';

/** Call inside a transaction over planBlobs and chunks. */
export async function writePlanBlob(
  db: LantuDb,
  blobId: string,
  origin: PlanBlobRow['origin'],
  plan: PlanDocument,
  order: number,
): Promise<void> {
  const chunks = chunkRows(blobId, plan.features);
  await db.planBlobs.put({ blobId, origin, meta: plan.plan, order, featureCount: plan.features.length, chunkCount: chunks.length });
  await db.chunks.where('blobId').equals(blobId).delete();
  await db.chunks.bulkPut(chunks);
}

/** Reads chunk by chunk (one small task each) so reopening a 300k-feature plan never blocks for long. */
export async function readPlanBlob(db: LantuDb, blob: PlanBlobRow): Promise<PlanDocument> {
  const features: PlanDocument['features'] = [];
  for (let chunkNo = 0; chunkNo < blob.chunkCount; chunkNo++) {
    const chunk = await db.chunks.get([blob.blobId, chunkNo]);
    if (!chunk) throw new Error(`规划「${blob.meta.title}」的存储缺少第 ${chunkNo + 1} 块（共 ${blob.chunkCount} 块）`);
    for (const f of decodeChunk(chunk)) features.push(f);
  }
  if (features.length !== blob.featureCount) {
    throw new Error(`规划「${blob.meta.title}」的存储不完整：应有 ${blob.featureCount} 个要素，实际读到 ${features.length} 个`);
  }
  return { type: 'FeatureCollection', plan: blob.meta, features };
}

type StoredCommand = Command | { kind: 'importPlan' | 'removePlan'; planRef: string; index: number };

/** Replaces plan documents by references, writing each plan as a blob (inside the caller's transaction). */
export async function externaliseCommand(db: LantuDb, command: Command, newBlobId: () => string): Promise<unknown> {
  if (command.kind === 'importPlan' || command.kind === 'removePlan') {
    const blobId = newBlobId();
    await writePlanBlob(db, blobId, 'import', command.plan, command.index);
    return { kind: command.kind, planRef: blobId, index: command.index } satisfies StoredCommand;
  }
  if (command.kind === 'batch') {
    const commands = [];
    for (const c of command.commands) commands.push(await externaliseCommand(db, c, newBlobId));
    return { ...command, commands };
  }
  return command;
}

export async function internaliseCommand(db: LantuDb, stored: unknown): Promise<Command> {
  const c = stored as StoredCommand & { plan?: PlanDocument };
  if ((c.kind === 'importPlan' || c.kind === 'removePlan') && 'planRef' in c) {
    const blob = await db.planBlobs.get(c.planRef);
    if (!blob) throw new Error(`编辑记录引用的规划数据 ${c.planRef} 缺失`);
    return { kind: c.kind, plan: await readPlanBlob(db, blob), index: c.index };
  }
  if (c.kind === 'batch') {
    const commands: Command[] = [];
    for (const inner of c.commands) commands.push(await internaliseCommand(db, inner));
    return { ...c, commands };
  }
  return c as Command;
}
