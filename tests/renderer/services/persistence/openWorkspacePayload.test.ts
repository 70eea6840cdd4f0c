import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { createEditorStore } from '../../../../renderer/store/createEditorStore.ts';
import { workspacePayload } from '../../../../renderer/store/workspacePayload.ts';
import { openWorkspacePayload } from '../../../../renderer/services/persistence/openWorkspacePayload.ts';
import { loadStoredWorkspace } from '../../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { fixturePlan, fixtureWorkspace, snapshot } from '../../fixtures.ts';

describe('openWorkspacePayload', () => {
  it('stores a payload with its history so the store and a later reopen show the same workspace', async () => {
    const source = createEditorStore();
    source.getState().loadWorkspace(fixtureWorkspace());
    const land = fixturePlan('land');
    const parcel = land.features[0]!;
    source.getState().execute({ kind: 'setAttributes', planId: land.plan.id, featureId: parcel.id, before: parcel.properties, after: { ...parcel.properties, BZ: '已核' } });
    source.getState().execute({ kind: 'importPlan', plan: fixturePlan('transport'), index: 3 });
    source.getState().undo();
    source.getState().setLanguage('en');
    const payload = workspacePayload(source.getState());

    const db = new LantuDb('open-payload', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    await openWorkspacePayload(store, db, payload);
    expect(snapshot(store.getState().workspace)).toEqual(snapshot(source.getState().workspace));
    expect(store.getState().past.map((c) => c.kind)).toEqual(['setAttributes']);
    expect(store.getState().future.map((c) => c.kind)).toEqual(['importPlan']);
    expect(store.getState().language).toBe('en');
    const reopened = await loadStoredWorkspace(db);
    expect(snapshot(reopened!.workspace)).toEqual(snapshot(source.getState().workspace));
    store.getState().redo();
    expect(store.getState().workspace.plans.has(fixturePlan('transport').plan.id)).toBe(true);
  });

  it('refuses data that is not a workspace and keeps the stored one', async () => {
    const db = new LantuDb('open-bad', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    await expect(openWorkspacePayload(store, db, { format: 'other' } as never)).rejects.toThrow('不是蓝图工作区数据');
    expect(await loadStoredWorkspace(db)).toBeNull();
  });
});
