// Autosave never hides a failure: a write that IndexedDB refuses stays queued in memory, in order, and is
// retried (backoff, and at the next edit); 'saved' is reported only when the queue has drained, and the log
// then replays to the live state. The failure is injected below Dexie's transactions (a DBCore middleware),
// so the real transaction aborts and rolls back as it does on a full disk.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { createEditorStore } from '../../../../renderer/store/createEditorStore.ts';
import {
  attachAutosave,
  retryDelayMs,
  type RetryTimer,
  type SaveStatus,
} from '../../../../renderer/services/persistence/attachAutosave.ts';
import { loadStoredWorkspace } from '../../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { saveBaseWorkspace } from '../../../../renderer/services/persistence/saveBaseWorkspace.ts';
import { setErrorDetailLog } from '../../../../renderer/i18n/describeError.ts';
import type { FeatureId, PlanFeature } from '../../../../engine/model/types.ts';
import { fixturePlan, fixtureWorkspace, snapshot } from '../../fixtures.ts';

setErrorDetailLog(() => undefined);

/** Fails every write while `on` (or the next `times` writes) with the browser's quota error. */
type Fault = { on: boolean; times: number; hits: number };

function faultyDb(indexedDB: IDBFactory, fault: Fault): LantuDb {
  const db = new LantuDb('lantu-test', { indexedDB, IDBKeyRange });
  db.use({
    stack: 'dbcore',
    name: 'write-fault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (fault.on || fault.times > 0) {
              fault.times = Math.max(0, fault.times - 1);
              fault.hits++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return db;
}

/** The backoff timer as a list the test fires by hand. */
function manualTimer() {
  const scheduled: { run: () => void; delayMs: number; cancelled: boolean }[] = [];
  const timer: RetryTimer = {
    schedule: (run, delayMs) => {
      const entry = { run, delayMs, cancelled: false };
      scheduled.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  };
  const fireLatest = () => {
    const entry = scheduled.filter((e) => !e.cancelled).at(-1);
    if (!entry) throw new Error('no retry scheduled');
    entry.cancelled = true;
    entry.run();
  };
  return { timer, scheduled, fireLatest };
}

async function session(indexedDB: IDBFactory, fault: Fault = { on: false, times: 0, hits: 0 }, timer = manualTimer().timer) {
  const db = faultyDb(indexedDB, fault);
  const store = createEditorStore();
  let stored = await loadStoredWorkspace(db);
  if (!stored) {
    await saveBaseWorkspace(db, fixtureWorkspace());
    stored = await loadStoredWorkspace(db);
  }
  store.getState().loadWorkspace(stored!.workspace, stored!.past, stored!.future);
  const statuses: SaveStatus[] = [];
  const autosave = attachAutosave(store, db, (s) => statuses.push(s), timer);
  return { db, store, autosave, statuses };
}

const land = fixturePlan('land');
const parcel = land.features[0]!;
const drawn: PlanFeature = {
  type: 'Feature',
  id: 'bbbbbbbb-0000-5000-8000-000000000002' as FeatureId,
  layer: 'GHYDYH',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [112.6, 35.1],
        [112.61, 35.1],
        [112.61, 35.11],
        [112.6, 35.1],
      ],
    ],
  },
  properties: { BSM: '419001100000009999', YDYHFLDM: '0701' },
};
const setZone = (code: string) => ({
  kind: 'setAttributes' as const,
  planId: land.plan.id,
  featureId: parcel.id,
  before: parcel.properties,
  after: { ...parcel.properties, YDYHFLDM: code },
});

async function logCommands(db: LantuDb): Promise<string[]> {
  return (await db.log.orderBy('seq').toArray()).map((r) => `${r.undone}:${(r.command as { kind: string }).kind}`);
}

describe('attachAutosave when IndexedDB refuses a write', () => {
  it('keeps a refused write queued and stores it before the next edit, so the log has no gap', async () => {
    const indexedDB = new IDBFactory();
    const fault: Fault = { on: false, times: 0, hits: 0 };
    const first = await session(indexedDB, fault);
    fault.times = 1;
    first.store.getState().execute(setZone('0901'));
    await first.autosave.flush();
    expect(first.statuses.at(-1)).toMatchObject({ state: 'failed', pending: 1 });
    expect(await logCommands(first.db)).toEqual([]);
    first.store.getState().execute({ kind: 'addFeature', planId: land.plan.id, feature: drawn, index: land.features.length });
    await first.autosave.flush();
    expect(first.statuses.at(-1)).toEqual({ state: 'saved' });
    // Before the queue, the first command was dropped and the second one reported 已自动保存 over the hole.
    expect(await logCommands(first.db)).toEqual(['0:setAttributes', '0:addFeature']);
    const live = snapshot(first.store.getState().workspace);
    first.autosave.detach();
    first.db.close();
    const second = await session(indexedDB);
    expect(snapshot(second.store.getState().workspace)).toEqual(live);
    second.db.close();
  });

  it('never reports saved while a write keeps failing, retries with backoff and at each edit, and replays to the live state once drained', async () => {
    const indexedDB = new IDBFactory();
    const fault: Fault = { on: false, times: 0, hits: 0 };
    const { timer, scheduled, fireLatest } = manualTimer();
    const first = await session(indexedDB, fault, timer);
    first.store.getState().execute(setZone('0901'));
    await first.autosave.flush();
    fault.on = true;
    const failedFrom = first.statuses.length;
    const s = first.store.getState();
    s.execute({ kind: 'addFeature', planId: land.plan.id, feature: drawn, index: land.features.length });
    s.execute({ kind: 'importPlan', plan: fixturePlan('transport'), index: 3 });
    s.undo();
    s.execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[2]!, index: 2 });
    s.undo();
    await first.autosave.flush();
    fireLatest();
    await first.autosave.flush();
    fireLatest();
    await first.autosave.flush();

    const during = first.statuses.slice(failedFrom);
    expect(during.some((x) => x.state === 'saved')).toBe(false);
    const last = first.statuses.at(-1)!;
    // Five history events and one view write (the import changed the plan order).
    expect(last).toMatchObject({ state: 'failed', pending: 6 });
    if (last.state !== 'failed') throw new Error('not failed');
    expect(last.reason.zh).toBe('本地存储空间不足（浏览器配额或磁盘已满），更改未能保存');
    expect(last.reason.en).toBe('no storage space left (the browser quota or the disk is full); the change was not saved');
    expect(last.message).toBe(last.reason.zh);
    expect(first.autosave.pending()).toBe(6);
    // Every edit is still in memory; only the first command is in the log.
    expect(first.store.getState().past.map((c) => c.kind)).toEqual(['setAttributes', 'addFeature']);
    expect(first.store.getState().future.map((c) => c.kind)).toEqual(['deleteFeature']);
    expect(await logCommands(first.db)).toEqual(['0:setAttributes']);
    // The head was tried once, then at two timer retries; the backoff doubles from 1 s.
    expect(fault.hits).toBe(3);
    expect(scheduled.map((e) => e.delayMs)).toEqual([1000, 2000, 4000]);
    // A new change retries at once (not waiting for the 4 s step); the status follows the language switch
    // (the queued view write takes the new language rather than queueing another).
    first.store.getState().setLanguage('en');
    await first.autosave.flush();
    expect(fault.hits).toBe(4);
    expect(scheduled.map((e) => [e.delayMs, e.cancelled])).toEqual([
      [1000, true],
      [2000, true],
      [4000, true],
      [8000, false],
    ]);
    expect(first.statuses.at(-1)).toMatchObject({ state: 'failed', message: last.reason.en, pending: 6 });

    fault.on = false;
    const drainFrom = first.statuses.length;
    fireLatest();
    await first.autosave.flush();
    // The banner's count goes down as the queue drains; 'saved' only at the end.
    expect(first.statuses.slice(drainFrom).map((x) => (x.state === 'failed' ? x.pending : x.state))).toEqual([5, 4, 3, 2, 1, 'saved']);
    expect(first.autosave.pending()).toBe(0);
    // The undone import was dropped by the next command, as it would have been without the failure.
    expect(await logCommands(first.db)).toEqual(['0:setAttributes', '0:addFeature', '1:deleteFeature']);
    const live = {
      ws: snapshot(first.store.getState().workspace),
      past: first.store.getState().past,
      future: first.store.getState().future,
    };
    first.autosave.detach();
    first.db.close();

    const second = await session(indexedDB);
    expect(snapshot(second.store.getState().workspace)).toEqual(live.ws);
    expect(second.store.getState().past).toEqual(live.past);
    expect(second.store.getState().future).toEqual(live.future);
    expect((await loadStoredWorkspace(second.db))!.view).toMatchObject({ language: 'en' });
    second.db.close();
  });

  it('queues a base workspace that could not be written and stores it before the edits made on it', async () => {
    const indexedDB = new IDBFactory();
    const fault: Fault = { on: true, times: 0, hits: 0 };
    const db = faultyDb(indexedDB, fault);
    const base = fixtureWorkspace();
    await expect(saveBaseWorkspace(db, base)).rejects.toThrow();
    const store = createEditorStore();
    store.getState().loadWorkspace(base);
    const statuses: SaveStatus[] = [];
    const autosave = attachAutosave(store, db, (x) => statuses.push(x), manualTimer().timer);
    autosave.saveBase(base);
    store.getState().execute(setZone('0901'));
    await autosave.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', pending: 2 });
    expect(await loadStoredWorkspace(db)).toBeNull();
    fault.on = false;
    autosave.retryNow();
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
    const live = snapshot(store.getState().workspace);
    autosave.detach();
    db.close();
    const second = await session(indexedDB);
    expect(snapshot(second.store.getState().workspace)).toEqual(live);
    expect(second.store.getState().past.map((c) => c.kind)).toEqual(['setAttributes']);
    second.db.close();
  });

  it('drops the queued writes of a replaced workspace only when the replacement is stored', async () => {
    const indexedDB = new IDBFactory();
    const fault: Fault = { on: false, times: 0, hits: 0 };
    const first = await session(indexedDB, fault);
    fault.on = true;
    first.store.getState().execute(setZone('0901'));
    await first.autosave.flush();
    await expect(first.autosave.replaceStored(() => saveBaseWorkspace(first.db, fixtureWorkspace()))).rejects.toThrow();
    expect(first.autosave.pending()).toBe(1);
    expect(first.statuses.at(-1)).toMatchObject({ state: 'failed', pending: 1 });
    fault.on = false;
    await first.autosave.replaceStored(() => saveBaseWorkspace(first.db, fixtureWorkspace()));
    await first.autosave.flush();
    expect(first.autosave.pending()).toBe(0);
    expect(first.statuses.at(-1)).toEqual({ state: 'saved' });
    // The replaced workspace's edit is not appended to the new one's log.
    expect(await logCommands(first.db)).toEqual([]);
    first.db.close();
  });

  it('waits 1 s after the first failure, doubling to at most 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
