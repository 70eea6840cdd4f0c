// The editor's IndexedDB schema (Dexie). Every version stays declared; a version with an upgrade() is
// never deleted. v1 kept each plan's features inline in one row; v2 stores geometry in chunks
// (planBlobs + chunks) and marks undone log rows so the history survives a restart.
import Dexie, { type Table } from 'dexie';
import type { PlanFeature, PlanMeta } from '../../engine/model/index.ts';
import { encodeChunk, type EncodedChunk } from './geometryChunk.ts';

export const DB_NAME = 'lantu';
export const CHUNK_SIZE = 5000;

export interface MetaRow {
  key: string;
  value: unknown;
}

/** v1 (old): one row per plan with its features inline. */
export interface PlanRowV1 {
  planId: string;
  meta: PlanMeta;
  features: PlanFeature[];
  order: number;
}

/** A stored plan document: the workspace's base plans and the payloads of import commands. */
export interface PlanBlobRow {
  blobId: string;
  origin: 'base' | 'import';
  meta: PlanMeta;
  order: number;
  featureCount: number;
  chunkCount: number;
}

export interface ChunkRow extends EncodedChunk {
  blobId: string;
  chunkNo: number;
}

export interface LogRow {
  seq?: number;
  /** A Command with plan documents replaced by `{ planRef: blobId }` (see persistence). */
  command: unknown;
  /** 1 when undone (the redo stack); a new command deletes undone rows first. */
  undone: 0 | 1;
}

export class LantuDb extends Dexie {
  meta!: Table<MetaRow, string>;
  planBlobs!: Table<PlanBlobRow, string>;
  chunks!: Table<ChunkRow, [string, number]>;
  log!: Table<LogRow, number>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareVersion1(this);
    this.version(2)
      .stores({ plans: null, planBlobs: 'blobId, origin', chunks: '[blobId+chunkNo], blobId', log: '++seq, undone' })
      .upgrade(async (tx) => {
        const oldPlans = (await tx.table('plans').toArray()) as PlanRowV1[];
        for (const old of oldPlans) {
          const blobId = `base:${old.planId}`;
          const chunks = chunkRows(blobId, old.features);
          await tx.table('planBlobs').add({
            blobId, origin: 'base', meta: old.meta, order: old.order,
            featureCount: old.features.length, chunkCount: chunks.length,
          } satisfies PlanBlobRow);
          await tx.table('chunks').bulkAdd(chunks);
        }
        await tx.table('log').toCollection().modify((row: LogRow) => {
          row.undone = 0;
        });
      });
  }
}

/** The v1 schema (kept for the upgrade path and its test). */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({ meta: 'key', plans: 'planId', log: '++seq' });
}

export function chunkRows(blobId: string, features: readonly PlanFeature[]): ChunkRow[] {
  const rows: ChunkRow[] = [];
  for (let i = 0, chunkNo = 0; i < features.length || chunkNo === 0; i += CHUNK_SIZE, chunkNo++) {
    rows.push({ blobId, chunkNo, ...encodeChunk(features.slice(i, i + CHUNK_SIZE)) });
  }
  return rows;
}
