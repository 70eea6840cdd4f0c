// Appends every applied, undone or redone command to the Dexie log in order, and stores the base workspace and
// the view preferences and the package last exported. A failed write stays at the head of an in-memory queue and is retried (backoff, and at
// the next edit); nothing behind it is written first, so the log never has a gap and 'saved' means drained.
import type { LantuDb } from '../../db/LantuDb.ts';
import { describeError, errorText } from '../../i18n/describeError.ts';
import type { EditorStore } from '../../store/createEditorStore.ts';
import type { HistoryEvent, LastExport, WorkspaceData } from '../../store/types.ts';
import { LAST_EXPORT_KEY } from './lastExportStore.ts';
import { externaliseCommand, type PlanBlobWrite } from './planBlobs.ts';
import { saveBaseWorkspace } from './saveBaseWorkspace.ts';
import { LAST_CHECK_EDITS_KEY, withEditedIds } from './lastCheckStore.ts';
import { changedFeatureIds } from '../../store/changedFeatureIds.ts';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  /** A write failed: `pending` changes are in memory only and are being retried; `reason` in both languages. */
  | { state: 'failed'; message: string; reason: { zh: string; en: string }; pending: number; attempts: number };

export interface Autosave {
  /** Resolves when every write queued so far is stored, or when an attempt has failed (status 'failed'). */
  flush: () => Promise<void>;
  /** Changes queued in memory and not yet stored. */
  pending: () => number;
  /** Retries a failed write now instead of at the next backoff step. */
  retryNow: () => void;
  /** Queues storing `ws` as the new base (first start, when the direct save failed). */
  saveBase: (ws: WorkspaceData) => void;
  /** Runs `write` (which replaces the whole stored workspace) with no queued write in flight; when it succeeds,
   *  the changes queued before it are dropped (they belong to the replaced workspace). */
  replaceStored: <T>(write: () => Promise<T>) => Promise<T>;
  detach: () => void;
}

/** Timers come through a port so the queue's unit test can step the backoff. */
export interface RetryTimer {
  schedule: (run: () => void, delayMs: number) => () => void;
}

const realTimer: RetryTimer = {
  schedule: (run, delayMs) => {
    const id = setTimeout(run, delayMs);
    return () => clearTimeout(id);
  },
};

/** Backoff after the n-th failed attempt (1-based): 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelayMs(attempts: number): number {
  let ms = 1000;
  for (let i = 1; i < attempts && ms < 30_000; i++) ms *= 2;
  return Math.min(ms, 30_000);
}

type Item =
  | { kind: 'history'; event: HistoryEvent; prepared?: Prepared }
  | { kind: 'view'; value: unknown }
  | { kind: 'base'; ws: WorkspaceData }
  | { kind: 'lastExport'; value: LastExport | null };
type Prepared = { stored: unknown; blobs: PlanBlobWrite[] };

export function attachAutosave(
  store: EditorStore,
  db: LantuDb,
  onStatus: (status: SaveStatus) => void,
  timer: RetryTimer = realTimer,
): Autosave {
  const queue: Item[] = [];
  let running: Promise<void> | null = null;
  let suspended = false;
  let failure: { error: unknown; attempts: number } | null = null;
  let cancelRetry: (() => void) | null = null;
  let detached = false;

  const report = () => {
    if (failure) {
      const zh = describeError(failure.error, 'zh').text;
      const en = describeError(failure.error, 'en').text;
      const language = store.getState().language;
      onStatus({
        state: 'failed',
        message: language === 'zh' ? zh : en,
        reason: { zh, en },
        pending: queue.length,
        attempts: failure.attempts,
      });
    } else onStatus(queue.length === 0 ? { state: 'saved' } : { state: 'saving' });
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0 && !suspended) {
      const item = queue[0]!;
      try {
        await writeItem(db, item);
      } catch (error) {
        const attempts = (failure?.attempts ?? 0) + 1;
        // Logged once per distinct failure (the library's words go to the log, not to the user).
        if (!failure) errorText(error, 'zh');
        failure = { error, attempts };
        report();
        if (!detached) {
          cancelRetry?.();
          cancelRetry = timer.schedule(() => {
            cancelRetry = null;
            kick();
          }, retryDelayMs(attempts));
        }
        return;
      }
      queue.shift();
      if (queue.length > 0) report();
    }
    if (queue.length === 0) {
      failure = null;
      report();
    }
  };

  const kick = () => {
    if (running || suspended || detached) return;
    cancelRetry?.();
    cancelRetry = null;
    running = drain().finally(() => {
      running = null;
    });
  };

  const enqueue = (item: Item) => {
    queue.push(item);
    if (failure) report();
    else onStatus({ state: 'saving' });
    kick();
  };

  const stopHistory = store.getState().onHistory((event) => enqueue({ kind: 'history', event }));
  const stopView = store.subscribe((s, prev) => {
    // The package last exported is stored when an export lands (and cleared with a replaced workspace's other rows).
    if (s.lastExport !== prev.lastExport && !suspended) enqueue({ kind: 'lastExport', value: s.lastExport });
    if (s.language !== prev.language && failure) report();
    if (s.language !== prev.language || s.layerViews !== prev.layerViews || s.workspace.planOrder !== prev.workspace.planOrder) {
      const value = { language: s.language, layerViews: s.layerViews, planOrder: s.workspace.planOrder };
      // Only the latest view matters: a view write still waiting (not the one in flight) takes the new value.
      // Not while a replacement runs: the items queued before it are dropped when it succeeds.
      let waiting: Item | undefined;
      for (let i = queue.length - 1; i >= (running ? 1 : 0) && !suspended; i--) {
        if (queue[i]!.kind === 'view') {
          waiting = queue[i];
          break;
        }
      }
      if (waiting?.kind === 'view') {
        waiting.value = value;
        kick();
      } else enqueue({ kind: 'view', value });
    }
  });

  return {
    flush: async () => {
      while (running) await running;
    },
    pending: () => queue.length,
    retryNow: kick,
    saveBase: (ws) => enqueue({ kind: 'base', ws }),
    replaceStored: async (write) => {
      suspended = true;
      cancelRetry?.();
      cancelRetry = null;
      try {
        while (running) await running;
        const replaced = queue.length;
        const result = await write();
        queue.splice(0, replaced);
        failure = null;
        return result;
      } finally {
        suspended = false;
        report();
        kick();
      }
    },
    detach: () => {
      detached = true;
      cancelRetry?.();
      cancelRetry = null;
      stopHistory();
      stopView();
    },
  };
}

function writeItem(db: LantuDb, item: Item): Promise<void> {
  if (item.kind === 'base') return saveBaseWorkspace(db, item.ws);
  if (item.kind === 'view') return db.meta.put({ key: 'view', value: item.value }).then(() => undefined);
  if (item.kind === 'lastExport')
    return (item.value ? db.meta.put({ key: LAST_EXPORT_KEY, value: item.value }) : db.meta.delete(LAST_EXPORT_KEY)).then(() => undefined);
  return writeEvent(db, item);
}

/** One history event as one transaction (the whole command or none of it survives a crash or a failure). The
 *  rows are prepared once, before the first attempt; the body issues Dexie requests only (see planBlobs.ts). */
async function writeEvent(db: LantuDb, item: Extract<Item, { kind: 'history' }>): Promise<void> {
  const { event } = item;
  const ids = changedFeatureIds(event.command);
  if (event.type === 'do') {
    const { stored, blobs } = (item.prepared ??= externaliseCommand(event.command, () => `import:${crypto.randomUUID()}`));
    await db.transaction('rw', [db.log, db.planBlobs, db.chunks, db.meta], async () => {
      await db.log.where('undone').equals(1).delete();
      await db.planBlobs.bulkPut(blobs.map((w) => w.blob));
      await db.chunks.bulkPut(blobs.flatMap((w) => w.chunks));
      // A fresh row each attempt: Dexie writes the new key into the object it adds.
      await db.log.add({ command: stored, undone: 0 });
      // With the log row, the features it changes join the stored results' edits (stale after a reload).
      const edits = await db.meta.get(LAST_CHECK_EDITS_KEY);
      if (edits) await db.meta.put(withEditedIds(edits, ids));
    });
    return;
  }
  await db.transaction('rw', [db.log, db.meta], async () => {
    const edits = await db.meta.get(LAST_CHECK_EDITS_KEY);
    if (edits) await db.meta.put(withEditedIds(edits, ids));
    if (event.type === 'undo') {
      const last = await db.log.where('undone').equals(0).last();
      if (last?.seq !== undefined) await db.log.update(last.seq, { undone: 1 });
    } else {
      const next = await db.log.where('undone').equals(1).first();
      if (next?.seq !== undefined) await db.log.update(next.seq, { undone: 0 });
    }
  });
}
