// Appends every applied, undone or redone command to the Dexie log the moment the store reports it, in
// order (one queue), and stores view preferences. Reports its status so the UI can show 已自动保存 / errors.
import type { LantuDb } from '../../db/LantuDb.ts';
import { errorText } from '../../i18n/describeError.ts';
import type { EditorStore } from '../../store/createEditorStore.ts';
import type { HistoryEvent } from '../../store/types.ts';
import { externaliseCommand } from './planBlobs.ts';

export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'failed'; message: string };

export interface Autosave {
  /** Resolves when every write queued so far has finished. */
  flush: () => Promise<void>;
  detach: () => void;
}

export function attachAutosave(store: EditorStore, db: LantuDb, onStatus: (status: SaveStatus) => void): Autosave {
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  const enqueue = (write: () => Promise<void>) => {
    pending++;
    onStatus({ state: 'saving' });
    queue = queue
      .then(write)
      .then(
        () => {
          if (--pending === 0) onStatus({ state: 'saved' });
        },
        (error: unknown) => {
          pending--;
          onStatus({ state: 'failed', message: errorText(error, store.getState().language) });
        },
      );
  };
  const onHistory = (event: HistoryEvent) => enqueue(() => writeEvent(db, event));
  const stopHistory = store.getState().onHistory(onHistory);
  const stopView = store.subscribe((s, prev) => {
    if (s.language !== prev.language || s.layerViews !== prev.layerViews || s.workspace.planOrder !== prev.workspace.planOrder) {
      const value = { language: s.language, layerViews: s.layerViews, planOrder: s.workspace.planOrder };
      enqueue(() => db.meta.put({ key: 'view', value }).then(() => undefined));
    }
  });
  return {
    flush: async () => {
      await queue;
    },
    detach: () => {
      stopHistory();
      stopView();
    },
  };
}

/** One history event as one transaction (the whole command or none of it survives a crash). The rows are
 *  prepared first; the body issues Dexie requests only (see planBlobs.ts for why). */
async function writeEvent(db: LantuDb, event: HistoryEvent): Promise<void> {
  if (event.type === 'do') {
    const { stored, blobs } = externaliseCommand(event.command, () => `import:${crypto.randomUUID()}`);
    await db.transaction('rw', [db.log, db.planBlobs, db.chunks], async () => {
      await db.log.where('undone').equals(1).delete();
      await db.planBlobs.bulkPut(blobs.map((w) => w.blob));
      await db.chunks.bulkPut(blobs.flatMap((w) => w.chunks));
      await db.log.add({ command: stored, undone: 0 });
    });
    return;
  }
  await db.transaction('rw', [db.log], async () => {
    if (event.type === 'undo') {
      const last = await db.log.where('undone').equals(0).last();
      if (last?.seq !== undefined) await db.log.update(last.seq, { undone: 1 });
    } else {
      const next = await db.log.where('undone').equals(1).first();
      if (next?.seq !== undefined) await db.log.update(next.seq, { undone: 0 });
    }
  });
}
