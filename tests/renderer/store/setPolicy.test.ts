// The precedence policy as workspace data: one undoable `setPolicy` command in the one history, carried by
// the workspace payload (.lantu) and the IndexedDB store; workspaces saved before it load with the default.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../engine/resolutions/types.ts';
import { packWorkspaceFile, unpackWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import { LantuDb } from '../../../renderer/db/LantuDb.ts';
import { DEFAULT_POLICY } from '../../../renderer/services/blueprint/defaultPolicy.ts';
import { editPolicy } from '../../../renderer/services/blueprint/editPolicy.ts';
import { workspacePolicy } from '../../../renderer/services/blueprint/workspacePolicy.ts';
import { attachAutosave } from '../../../renderer/services/persistence/attachAutosave.ts';
import { loadStoredWorkspace } from '../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { openWorkspacePayload } from '../../../renderer/services/persistence/openWorkspacePayload.ts';
import { saveBaseWorkspace } from '../../../renderer/services/persistence/saveBaseWorkspace.ts';
import { applyCommand } from '../../../renderer/store/applyCommand.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { workspacePayload } from '../../../renderer/store/workspacePayload.ts';
import { fixtureWorkspace } from '../fixtures.ts';
import { workspaceSchemaValidator } from '../workspaceSchemaValidator.ts';

const r08 = DEFAULT_POLICY.rules.findIndex((r) => r.ruleId === 'R08');
const edited: Policy = {
  ...editPolicy(DEFAULT_POLICY, { kind: 'setRule', index: r08, rule: { ruleId: 'R08', action: 'defer', reasonZh: '暂缓，待国务院批复' } }),
  id: 'edited',
  title: '修改后的策略',
};
const second: Policy = { ...edited, id: 'second', title: '第二版' };

describe('the setPolicy command', () => {
  it('applies as one history entry, undoes to the previous policy and redoes', () => {
    const store = createEditorStore();
    store.getState().loadWorkspace(fixtureWorkspace());
    expect(workspacePolicy(store.getState().workspace)).toBe(DEFAULT_POLICY);
    store.getState().execute({ kind: 'setPolicy', before: null, after: edited });
    expect(store.getState().workspace.policy).toBe(edited);
    store.getState().execute({ kind: 'setPolicy', before: edited, after: second });
    expect(store.getState().past.map((c) => c.kind)).toEqual(['setPolicy', 'setPolicy']);
    store.getState().undo();
    expect(store.getState().workspace.policy).toBe(edited);
    store.getState().undo();
    expect(store.getState().workspace.policy).toBeNull();
    expect(workspacePolicy(store.getState().workspace)).toBe(DEFAULT_POLICY);
    store.getState().redo();
    expect(store.getState().workspace.policy).toBe(edited);
  });

  it('leaves the plans untouched', () => {
    const ws = fixtureWorkspace();
    const next = applyCommand(ws, { kind: 'setPolicy', before: null, after: edited });
    expect(next.plans).toBe(ws.plans);
    expect(next.policy).toBe(edited);
    expect(ws.policy ?? null).toBeNull();
  });
});

describe('the policy in the workspace payload', () => {
  it('carries the base policy and the history; replaying gives the current one, and the schema accepts it', () => {
    const store = createEditorStore();
    store.getState().loadWorkspace({ ...fixtureWorkspace(), policy: edited });
    store.getState().execute({ kind: 'setPolicy', before: edited, after: second });
    const payload = workspacePayload(store.getState());
    expect(payload.policy).toEqual(edited);
    expect(payload.history.past).toMatchObject([
      { kind: 'setPolicy', before: edited, after: second, meta: { station: 'local', author: '' } },
    ]);
    const validate = workspaceSchemaValidator();
    expect(validate(JSON.parse(JSON.stringify(payload)))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('is refused by the schema when a setPolicy command holds no policy', () => {
    const payload = workspacePayload({ ...createEditorStore().getState(), workspace: fixtureWorkspace() });
    const bad = {
      ...JSON.parse(JSON.stringify(payload)),
      history: { past: [{ kind: 'setPolicy', before: null, after: { id: 'x' } }], future: [] },
    };
    expect(workspaceSchemaValidator()(bad)).toBe(false);
  });

  it('round-trips through IndexedDB: the stored workspace reopens with the policy, undo restores the base one', async () => {
    const source = createEditorStore();
    source.getState().loadWorkspace({ ...fixtureWorkspace(), policy: edited });
    source.getState().execute({ kind: 'setPolicy', before: edited, after: second });
    const db = new LantuDb('policy-payload', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    await openWorkspacePayload(store, db, JSON.parse(JSON.stringify(workspacePayload(source.getState()))));
    expect(store.getState().workspace.policy).toEqual(second);
    const reopened = await loadStoredWorkspace(db);
    expect(reopened!.workspace.policy).toEqual(second);
    store.getState().undo();
    expect(store.getState().workspace.policy).toEqual(edited);
  });

  it('travels in a .lantu file: packed, unpacked and opened, with its history', async () => {
    const source = createEditorStore();
    source.getState().loadWorkspace(fixtureWorkspace());
    source.getState().execute({ kind: 'setPolicy', before: null, after: edited });
    const bytes = packWorkspaceFile(
      new Map([['workspace.json', new TextEncoder().encode(JSON.stringify(workspacePayload(source.getState())))]]),
      { createdAt: '2026-11-27T10:00:00Z', generator: 'test' },
    );
    const unpacked = unpackWorkspaceFile(bytes, { fileName: 'w.lantu', lang: 'zh' });
    if (!unpacked.ok) throw new Error(unpacked.error.message);
    const db = new LantuDb('policy-lantu', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    await openWorkspacePayload(store, db, JSON.parse(new TextDecoder().decode(unpacked.files.get('workspace.json')!)));
    expect(store.getState().workspace.policy).toEqual(edited);
    store.getState().undo();
    expect(store.getState().workspace.policy).toBeNull();
  });

  it('opens an older payload without a policy with the bundled default', async () => {
    const payload = JSON.parse(JSON.stringify(workspacePayload({ ...createEditorStore().getState(), workspace: fixtureWorkspace() })));
    delete payload.policy;
    expect(workspaceSchemaValidator()(payload)).toBe(true);
    const db = new LantuDb('policy-old', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    await openWorkspacePayload(store, db, payload);
    expect(store.getState().workspace.policy).toBeNull();
    expect(workspacePolicy(store.getState().workspace)).toBe(DEFAULT_POLICY);
  });
});

describe('the policy in IndexedDB', () => {
  it('is kept across a restart by autosave, and a store written before policies existed loads with the default', async () => {
    const indexedDB = new IDBFactory();
    const db = new LantuDb('policy-autosave', { indexedDB, IDBKeyRange });
    await saveBaseWorkspace(db, fixtureWorkspace());
    // A meta row as written before the policy was workspace data: no `policy` key.
    const meta = (await db.meta.get('workspace'))!.value as Record<string, unknown>;
    delete meta['policy'];
    await db.meta.put({ key: 'workspace', value: meta });
    const first = await loadStoredWorkspace(db);
    expect(first!.workspace.policy).toBeNull();

    const store = createEditorStore();
    store.getState().loadWorkspace(first!.workspace, first!.past, first!.future);
    const autosave = attachAutosave(store, db, () => undefined);
    store.getState().execute({ kind: 'setPolicy', before: null, after: edited });
    await autosave.flush();
    autosave.detach();

    const restarted = await loadStoredWorkspace(new LantuDb('policy-autosave', { indexedDB, IDBKeyRange }));
    expect(restarted!.workspace.policy).toEqual(edited);
    expect(restarted!.past.map((c) => c.kind)).toEqual(['setPolicy']);
  });
});
