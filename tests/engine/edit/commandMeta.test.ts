import { describe, expect, it } from 'vitest';
import { checkWorkspacePayload, payloadOf, stampCommand, upgradeCommands, type Command } from '../../../engine/edit/index.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { workspacePayload } from '../../../renderer/store/workspacePayload.ts';
import { fixtureWorkspace } from '../../renderer/fixtures.ts';
import { workspaceSchemaValidator } from '../../renderer/workspaceSchemaValidator.ts';

const policyCommand = (_title: string): Command => ({ kind: 'setPolicy', before: null, after: null });

describe('command metadata', () => {
  it('stamps a new command with the station, an id and the time, and keeps the metadata a command already has', () => {
    const stamped = stampCommand(
      policyCommand('a'),
      { stationId: 'st-9', stationName: '交通运输局-李工' },
      'id-1',
      '2026-12-05T01:00:00.000Z',
    );
    expect(stamped.meta).toEqual({ id: 'id-1', author: '交通运输局-李工', station: 'st-9', at: '2026-12-05T01:00:00.000Z' });
    expect(stampCommand(stamped, { stationId: 'other', stationName: '' }, 'id-2', 'later')).toBe(stamped);
  });

  it('upgrades commands saved without metadata deterministically from their position, keeping those that have it', () => {
    const legacy = [policyCommand(''), policyCommand('')];
    const withMeta = { ...policyCommand(''), meta: { id: 'u-1', author: 'A', station: 's', at: '2026-01-01T00:00:00.000Z' } };
    const up = upgradeCommands([...legacy, withMeta], 0, (i) => (i === 1 ? '2025-06-01T08:00:00.000Z' : undefined));
    expect(up.map((c) => c.meta)).toEqual([
      { id: 'legacy-000001', author: '', station: 'unknown', at: '' },
      { id: 'legacy-000002', author: '', station: 'unknown', at: '2025-06-01T08:00:00.000Z' },
      withMeta.meta,
    ]);
    expect(up[2]).toBe(withMeta);
    expect(upgradeCommands(legacy, 5)[0]!.meta.id).toBe('legacy-000006');
    expect(legacy[0]).not.toHaveProperty('meta');
  });

  it('opens an older payload (commands without meta) unchanged, filling the metadata in, undo stack then redo stack', () => {
    const store = createEditorStore();
    store.getState().loadWorkspace(fixtureWorkspace());
    const f = [...store.getState().workspace.plans.values()][0]!.features.values().next().value!;
    const planId = [...store.getState().workspace.plans.keys()][0]!;
    store
      .getState()
      .execute({ kind: 'setAttributes', planId, featureId: f.id, before: f.properties, after: { ...f.properties, BZ: '一' } });
    store.getState().execute({ kind: 'setPolicy', before: null, after: null });
    store.getState().undo();
    const payload = JSON.parse(JSON.stringify(workspacePayload(store.getState()))) as ReturnType<typeof workspacePayload>;
    const old = {
      ...payload,
      history: { past: payload.history.past.map(({ meta: _m, ...c }) => c), future: payload.history.future.map(({ meta: _m, ...c }) => c) },
    };
    const validate = workspaceSchemaValidator();
    expect(validate(old)).toBe(true);
    expect(validate(payload)).toBe(true);
    const checked = checkWorkspacePayload(old, { fileName: '旧.lantu', lang: 'zh' });
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.past.map((c) => c.meta)).toEqual([{ id: 'legacy-000001', author: '', station: 'unknown', at: '' }]);
    expect(checked.future.map((c) => c.meta.id)).toEqual(['legacy-000002']);
    expect(checked.workspace.plans.get(planId)!.features.get(f.id)!.properties['BZ']).toBe('一');
    // The store fills metadata in the same way when a log is loaded without it.
    const reopened = createEditorStore();
    reopened.getState().loadWorkspace(checked.workspace, old.history.past, old.history.future);
    expect(reopened.getState().past[0]!.meta.id).toBe('legacy-000001');
    expect(reopened.getState().undo()).toBe(true);
    expect(payloadOf(reopened.getState().workspace, [], [], null).plans).toEqual(payload.plans);
  });

  it('stamps every command the store executes with the identity set by setStationIdentity (default: local, no name)', () => {
    const store = createEditorStore();
    store.getState().loadWorkspace(fixtureWorkspace());
    store.getState().execute({ kind: 'setPolicy', before: null, after: null });
    expect(store.getState().past[0]!.meta).toMatchObject({ station: 'local', author: '' });
    store.getState().setStationIdentity({ stationId: 'st-42', stationName: '生态环境局-张工' });
    store.getState().execute({ kind: 'setPolicy', before: null, after: null });
    const meta = store.getState().past[1]!.meta;
    expect(meta).toMatchObject({ station: 'st-42', author: '生态环境局-张工' });
    expect(meta.id).not.toBe(store.getState().past[0]!.meta.id);
    expect(Number.isNaN(Date.parse(meta.at))).toBe(false);
    // Undo and redo move the same entry: its metadata does not change.
    store.getState().undo();
    expect(store.getState().future[0]!.meta).toBe(meta);
    store.getState().redo();
    expect(store.getState().past[1]!.meta).toBe(meta);
  });
});
