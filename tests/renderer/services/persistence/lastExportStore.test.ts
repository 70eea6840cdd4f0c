// The package a workspace last exported survives a reload (autosave stores it in IndexedDB's meta table), a
// malformed record is ignored, and it goes with the stored workspace when another one replaces it.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { createEditorStore } from '../../../../renderer/store/createEditorStore.ts';
import type { LastExport } from '../../../../renderer/store/types.ts';
import { attachAutosave } from '../../../../renderer/services/persistence/attachAutosave.ts';
import { LAST_EXPORT_KEY, lastExportOf, loadLastExport } from '../../../../renderer/services/persistence/lastExportStore.ts';
import { loadStoredWorkspace } from '../../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { saveBaseWorkspace } from '../../../../renderer/services/persistence/saveBaseWorkspace.ts';
import { fixtureWorkspace } from '../../fixtures.ts';

const record: LastExport = { packageSha256: 'ab'.repeat(32), created: '2026-12-05T07:00:00.000Z', status: 'draft', afterCommandId: null };

describe('lastExportStore', () => {
  it('keeps the last export across a reload and drops it when the stored workspace is replaced', async () => {
    const indexedDB = new IDBFactory();
    const db = new LantuDb('lantu-last-export', { indexedDB, IDBKeyRange });
    await saveBaseWorkspace(db, fixtureWorkspace());
    const store = createEditorStore();
    const stored = await loadStoredWorkspace(db);
    store.getState().loadWorkspace(stored!.workspace, stored!.past, stored!.future);
    const autosave = attachAutosave(store, db, () => undefined);
    store.getState().setLastExport(record);
    await autosave.flush();
    autosave.detach();
    expect(await loadLastExport(new LantuDb('lantu-last-export', { indexedDB, IDBKeyRange }))).toEqual(record);

    await saveBaseWorkspace(db, fixtureWorkspace());
    expect(await db.meta.get(LAST_EXPORT_KEY)).toBeUndefined();
    expect(await loadLastExport(db)).toBeNull();
  });

  it('ignores a malformed record', () => {
    expect(lastExportOf(record)).toEqual(record);
    expect(lastExportOf({ ...record, packageSha256: 'not a hash' })).toBeNull();
    expect(lastExportOf({ ...record, status: 'other' })).toBeNull();
    expect(lastExportOf({ ...record, afterCommandId: 7 })).toBeNull();
    expect(lastExportOf(null)).toBeNull();
  });

  it('is cleared in the store when another workspace is loaded', () => {
    const store = createEditorStore();
    store.getState().setLastExport(record);
    store.getState().loadWorkspace(fixtureWorkspace());
    expect(store.getState().lastExport).toBeNull();
  });
});
