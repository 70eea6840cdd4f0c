// The command log: every command is in IndexedDB once autosave has flushed; reopening replays it to the
// same workspace with the same undo and redo stacks, and undo works after the reload.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { createEditorStore } from '../../../../renderer/store/createEditorStore.ts';
import { attachAutosave, type SaveStatus } from '../../../../renderer/services/persistence/attachAutosave.ts';
import { loadStoredWorkspace } from '../../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { saveBaseWorkspace } from '../../../../renderer/services/persistence/saveBaseWorkspace.ts';
import type { FeatureId, PlanFeature } from '../../../../engine/model/types.ts';
import { fixturePlan, fixtureWorkspace, snapshot } from '../../fixtures.ts';

async function session(indexedDB: IDBFactory) {
  const db = new LantuDb('lantu-test', { indexedDB, IDBKeyRange });
  const store = createEditorStore();
  let stored = await loadStoredWorkspace(db);
  if (!stored) {
    await saveBaseWorkspace(db, fixtureWorkspace());
    stored = await loadStoredWorkspace(db);
  }
  store.getState().loadWorkspace(stored!.workspace, stored!.past, stored!.future);
  const statuses: SaveStatus[] = [];
  const autosave = attachAutosave(store, db, (s) => statuses.push(s));
  return { db, store, autosave, statuses };
}

const land = fixturePlan('land');
const parcel = land.features[0]!;
const drawn: PlanFeature = {
  type: 'Feature',
  id: 'bbbbbbbb-0000-5000-8000-000000000001' as FeatureId,
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
  properties: { BSM: '419001100000008888', YDYHFLDM: '0701' },
};

describe('attachAutosave and loadStoredWorkspace', () => {
  it('replays the log to the same workspace and history after a restart, and undo still works', async () => {
    const indexedDB = new IDBFactory();
    const first = await session(indexedDB);
    const s = first.store.getState();
    s.execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: parcel.id,
      before: parcel.properties,
      after: { ...parcel.properties, YDYHFLDM: '0901' },
    });
    s.execute({ kind: 'addFeature', planId: land.plan.id, feature: drawn, index: land.features.length });
    s.execute({ kind: 'importPlan', plan: fixturePlan('transport'), index: 3 });
    s.execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[2]!, index: 2 });
    s.undo();
    await first.autosave.flush();
    expect(first.statuses.at(-1)).toEqual({ state: 'saved' });
    const expected = snapshot(first.store.getState().workspace);
    // Who made each entry, where and when survives the restart (an import's plan is stored apart from its row).
    const metas = [...first.store.getState().past, ...first.store.getState().future].map((c) => c.meta);
    first.autosave.detach();
    first.db.close();

    const second = await session(indexedDB);
    const t = second.store.getState();
    expect(snapshot(t.workspace)).toEqual(expected);
    expect(t.past.map((c) => c.kind)).toEqual(['setAttributes', 'addFeature', 'importPlan']);
    expect(t.future.map((c) => c.kind)).toEqual(['deleteFeature']);
    expect([...t.past, ...t.future].map((c) => c.meta)).toEqual(metas);
    expect(t.workspace.plans.get(fixturePlan('transport').plan.id)!.features.size).toBe(1);

    t.undo();
    expect(second.store.getState().workspace.plans.has(fixturePlan('transport').plan.id)).toBe(false);
    second.store.getState().undo();
    second.store.getState().undo();
    expect(snapshot(second.store.getState().workspace)).toEqual(snapshot(fixtureWorkspace()));
    await second.autosave.flush();
    second.db.close();

    const third = await session(indexedDB);
    expect(snapshot(third.store.getState().workspace)).toEqual(snapshot(fixtureWorkspace()));
    expect(third.store.getState().past).toHaveLength(0);
    expect(third.store.getState().future).toHaveLength(4);
    third.store.getState().redo();
    expect(third.store.getState().workspace.plans.get(land.plan.id)!.features.get(parcel.id)!.properties.YDYHFLDM).toBe('0901');
    third.db.close();
  });

  it('drops the undone branch from the log when a new command follows an undo', async () => {
    const indexedDB = new IDBFactory();
    const first = await session(indexedDB);
    const s = first.store.getState();
    s.execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[2]!, index: 2 });
    s.undo();
    s.execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[1]!, index: 1 });
    await first.autosave.flush();
    expect((await first.db.log.toArray()).map((r) => r.undone)).toEqual([0]);
    first.db.close();
    const second = await session(indexedDB);
    expect(second.store.getState().past).toHaveLength(1);
    expect(second.store.getState().future).toHaveLength(0);
    second.db.close();
  });

  it('stores a batch of hundreds of commands in one transaction without "Transaction committed too early"', async () => {
    // Before the fix each nested command cost an await outside Dexie and the transaction committed early.
    const indexedDB = new IDBFactory();
    const first = await session(indexedDB);
    const commands = Array.from({ length: 300 }, (_, i) => ({
      kind: 'setAttributes' as const,
      planId: land.plan.id,
      featureId: parcel.id,
      before: i === 0 ? parcel.properties : { ...parcel.properties, BZ: String(i) },
      after: { ...parcel.properties, BZ: String(i + 1) },
    }));
    first.store
      .getState()
      .execute({ kind: 'batch', label: '批量', commands: [...commands, { kind: 'importPlan', plan: fixturePlan('transport'), index: 3 }] });
    await first.autosave.flush();
    expect(first.statuses.some((s) => s.state === 'failed')).toBe(false);
    expect(first.statuses.at(-1)).toEqual({ state: 'saved' });
    const expected = snapshot(first.store.getState().workspace);
    first.db.close();
    const second = await session(indexedDB);
    expect(snapshot(second.store.getState().workspace)).toEqual(expected);
    expect((second.store.getState().past[0] as { commands: unknown[] }).commands).toHaveLength(301);
    second.db.close();
  });

  it('stores the view preferences with the workspace', async () => {
    const indexedDB = new IDBFactory();
    const first = await session(indexedDB);
    first.store.getState().setLanguage('en');
    first.store.getState().setLayerView(`${land.plan.id}/GHYDYH`, { opacity: 0.5 });
    await first.autosave.flush();
    first.db.close();
    const stored = await loadStoredWorkspace(new LantuDb('lantu-test', { indexedDB, IDBKeyRange }));
    expect(stored!.view).toMatchObject({ language: 'en', layerViews: { [`${land.plan.id}/GHYDYH`]: { opacity: 0.5, visible: true } } });
  });
});
