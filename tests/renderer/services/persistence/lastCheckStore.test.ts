// The last check's results in IndexedDB (fake-indexeddb in Node): they come back after a restart; the features
// each later log row changes (edit, undo, redo) join the stored edits in the log's own transaction; too many
// become 'all'; replacing the stored workspace drops them; a malformed record reads as none.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { createEditorStore } from '../../../../renderer/store/createEditorStore.ts';
import { attachAutosave } from '../../../../renderer/services/persistence/attachAutosave.ts';
import { loadStoredWorkspace } from '../../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { saveBaseWorkspace } from '../../../../renderer/services/persistence/saveBaseWorkspace.ts';
import {
  LAST_CHECK_KEY,
  loadLastCheck,
  MAX_EDITED_IDS,
  saveLastCheck,
  withEditedIds,
  type LastCheck,
} from '../../../../renderer/services/persistence/lastCheckStore.ts';
import type { Conflict } from '../../../../engine/rules/types.ts';
import { fixturePlan, fixtureWorkspace } from '../../fixtures.ts';

const land = fixturePlan('land');
const [a, b] = land.features;
const conflict = {
  key: 'R01:x:y',
  ruleId: 'R01',
  severity: 'blocker',
  subject: { planId: land.plan.id, featureId: a!.id },
  object: null,
} as unknown as Conflict;
const check: LastCheck = { pack: { id: 'p', version: '1' }, checkedAt: '2026-12-05T08:00:00.000Z', conflicts: [conflict], editedIds: [] };

async function open(indexedDB: IDBFactory) {
  const db = new LantuDb('lantu-last-check', { indexedDB, IDBKeyRange });
  const store = createEditorStore();
  let stored = await loadStoredWorkspace(db);
  if (!stored) {
    await saveBaseWorkspace(db, fixtureWorkspace());
    stored = await loadStoredWorkspace(db);
  }
  store.getState().loadWorkspace(stored!.workspace, stored!.past, stored!.future);
  return { db, store, autosave: attachAutosave(store, db, () => undefined) };
}

describe('lastCheckStore', () => {
  it('keeps the results across a restart and adds every later edit, undo and redo to the stored edits', async () => {
    const indexedDB = new IDBFactory();
    const first = await open(indexedDB);
    await saveLastCheck(first.db, check);
    const s = first.store.getState();
    s.execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: b!.id,
      before: b!.properties,
      after: { ...b!.properties, BZ: 'x' },
    });
    s.undo();
    s.execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: a!.id,
      before: a!.properties,
      after: { ...a!.properties, BZ: 'y' },
    });
    await first.autosave.flush();
    first.autosave.detach();
    first.db.close();

    const second = await open(indexedDB);
    const last = await loadLastCheck(second.db);
    expect(last).toEqual({ ...check, editedIds: [a!.id, b!.id].sort() });
    second.db.close();
  });

  it('writes no edits before any check has been stored', async () => {
    const indexedDB = new IDBFactory();
    const first = await open(indexedDB);
    first.store.getState().execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: b!.id,
      before: b!.properties,
      after: { ...b!.properties, BZ: 'x' },
    });
    await first.autosave.flush();
    expect(await loadLastCheck(first.db)).toBeNull();
    first.db.close();
  });

  it('drops the results when the stored workspace is replaced', async () => {
    const indexedDB = new IDBFactory();
    const first = await open(indexedDB);
    await saveLastCheck(first.db, check);
    await saveBaseWorkspace(first.db, fixtureWorkspace(['land']));
    expect(await loadLastCheck(first.db)).toBeNull();
    first.db.close();
  });

  it('turns more than the limit of edited ids into all, and reads a malformed record as none', async () => {
    const many = Array.from({ length: MAX_EDITED_IDS + 1 }, (_, i) => `f${i}`);
    expect(withEditedIds({ key: 'lastCheckEdits', value: { ids: [] } }, many).value).toEqual({ ids: 'all' });
    expect(withEditedIds({ key: 'lastCheckEdits', value: { ids: ['b'] } }, ['a', 'b']).value).toEqual({ ids: ['a', 'b'] });
    const indexedDB = new IDBFactory();
    const db = new LantuDb('lantu-last-check-bad', { indexedDB, IDBKeyRange });
    await saveLastCheck(db, check);
    await db.meta.put({ key: LAST_CHECK_KEY, value: { conflicts: 'nope' } });
    expect(await loadLastCheck(db)).toBeNull();
    db.close();
  });
});
