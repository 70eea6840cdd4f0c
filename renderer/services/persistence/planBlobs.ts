// Reads and writes plan documents as chunked blobs, and swaps plan documents inside commands for blob
// references (so a log row for an import stays small and the plan's geometry is stored in chunks).
// Rows are prepared before a transaction opens and written inside it with Dexie calls only: a transaction
// body that awaits anything else (even an async helper) loses Dexie's zone after ~100 such awaits and
// commits early ("Transaction committed too early").
import type { PlanDocument } from '../../../engine/model/index.ts';
import { chunkRows, type ChunkRow, type LantuDb, type PlanBlobRow } from '../../db/LantuDb.ts';
import { decodeChunk } from '../../db/geometryChunk.ts';
import { catalogueError } from '../../i18n/catalogueError.ts';
import type { Command } from '../../store/types.ts';

/** One plan document ready to store: its blob row and its chunks. */
export interface PlanBlobWrite {
  blob: PlanBlobRow;
  chunks: ChunkRow[];
}

/** Pure: the rows that store a plan document under `blobId`. */
export function planBlobWrite(blobId: string, origin: PlanBlobRow['origin'], plan: PlanDocument, order: number): PlanBlobWrite {
  const chunks = chunkRows(blobId, plan.features);
  return { blob: { blobId, origin, meta: plan.plan, order, featureCount: plan.features.length, chunkCount: chunks.length }, chunks };
}

/** Reads chunk by chunk (one small task each) so reopening a 300k-feature plan never blocks for long. */
export async function readPlanBlob(db: LantuDb, blob: PlanBlobRow): Promise<PlanDocument> {
  const features: PlanDocument['features'] = [];
  for (let chunkNo = 0; chunkNo < blob.chunkCount; chunkNo++) {
    const chunk = await db.chunks.get([blob.blobId, chunkNo]);
    if (!chunk) throw catalogueError('planBlobChunkMissing', { title: blob.meta.title, chunk: chunkNo + 1, chunks: blob.chunkCount });
    for (const f of decodeChunk(chunk)) features.push(f);
  }
  if (features.length !== blob.featureCount) {
    throw catalogueError('planBlobIncomplete', { title: blob.meta.title, expected: blob.featureCount, actual: features.length });
  }
  return { type: 'FeatureCollection', plan: blob.meta, features };
}

type StoredCommand = Command | { kind: 'importPlan' | 'removePlan'; planRef: string; index: number; meta?: Command['meta'] };

/** Pure: the command with plan documents replaced by references, and the blobs those references name. */
export function externaliseCommand(command: Command, newBlobId: () => string): { stored: unknown; blobs: PlanBlobWrite[] } {
  const blobs: PlanBlobWrite[] = [];
  const swap = (c: Command): unknown => {
    if (c.kind === 'importPlan' || c.kind === 'removePlan') {
      const blobId = newBlobId();
      blobs.push(planBlobWrite(blobId, 'import', c.plan, c.index));
      return { kind: c.kind, planRef: blobId, index: c.index, ...(c.meta ? { meta: c.meta } : {}) } satisfies StoredCommand;
    }
    if (c.kind === 'batch') return { ...c, commands: c.commands.map(swap) };
    return c;
  };
  return { stored: swap(command), blobs };
}

export async function internaliseCommand(db: LantuDb, stored: unknown): Promise<Command> {
  const c = stored as StoredCommand & { plan?: PlanDocument };
  if ((c.kind === 'importPlan' || c.kind === 'removePlan') && 'planRef' in c) {
    const blob = await db.planBlobs.get(c.planRef);
    if (!blob) throw catalogueError('planBlobMissing', { blob: c.planRef });
    return { kind: c.kind, plan: await readPlanBlob(db, blob), index: c.index, ...(c.meta ? { meta: c.meta } : {}) };
  }
  if (c.kind === 'batch') {
    const commands: Command[] = [];
    for (const inner of c.commands) commands.push(await internaliseCommand(db, inner));
    return { ...c, commands };
  }
  return c as Command;
}
