import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { createEditorStore } from '../../../../renderer/store/createEditorStore.ts';
import { workspacePayload, type WorkspacePayload } from '../../../../renderer/store/workspacePayload.ts';
import { openWorkspacePayload } from '../../../../renderer/services/persistence/openWorkspacePayload.ts';
import { loadStoredWorkspace } from '../../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { fixturePlan, fixtureWorkspace, snapshot } from '../../fixtures.ts';

describe('openWorkspacePayload', () => {
  it('stores a payload with its history so the store and a later reopen show the same workspace', async () => {
    const source = createEditorStore();
    source.getState().loadWorkspace(fixtureWorkspace());
    const land = fixturePlan('land');
    const parcel = land.features[0]!;
    source.getState().execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: parcel.id,
      before: parcel.properties,
      after: { ...parcel.properties, BZ: '已核' },
    });
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
    await expect(openWorkspacePayload(store, db, { format: 'other' } as never, { fileName: 'x.lantu' })).rejects.toThrow(
      '无法打开「x.lantu」',
    );
    expect(await loadStoredWorkspace(db)).toBeNull();
  });

  describe('refuses a crafted payload before IndexedDB is touched, naming the file and the field', () => {
    const land = fixturePlan('land');
    const parcel = land.features[0]!;
    const valid = () => {
      const source = createEditorStore();
      source.getState().loadWorkspace(fixtureWorkspace());
      source.getState().execute({
        kind: 'setAttributes',
        planId: land.plan.id,
        featureId: parcel.id,
        before: parcel.properties,
        after: { ...parcel.properties, BZ: '已核' },
      });
      return JSON.parse(JSON.stringify(workspacePayload(source.getState()))) as Record<string, any>;
    };
    const cases: [string, (p: Record<string, any>) => void, RegExp, RegExp][] = [
      [
        'history.past=[null]',
        (p) => (p.history.past = [null]),
        /编辑历史第 1 条的字段 history\.past\[0\] 应为编辑命令（对象），实际为 null/,
        /history entry 1, the field history\.past\[0\] should be an edit command/,
      ],
      [
        'a command of unknown kind',
        (p) => (p.history.past[0].kind = 'formatDisk'),
        /字段 history\.past\[0\]\.kind 不是已知的编辑命令类型："formatDisk"/,
        /history\.past\[0\]\.kind is not a known command kind: "formatDisk"/,
      ],
      [
        'a nested unknown kind',
        (p) => (p.history.future = [{ kind: 'batch', label: 'x', commands: [{ kind: 'nope' }] }]),
        /可重做的第 1 条编辑（batch）的字段 history\.future\[0\]\.commands\[0\]\.kind/,
        /redo entry 1 \(batch\), the field history\.future\[0\]\.commands\[0\]\.kind/,
      ],
      [
        'a schema violation in a command',
        (p) => (p.history.past[0].featureId = 42),
        /history\.past\[0\]\.featureId 应为 string 类型，实际为 42/,
        /history\.past\[0\]\.featureId should be of type string, found 42/,
      ],
      [
        'a schema violation in a plan',
        (p) => (p.plans[0].features[1].geometry.type = 'Circle'),
        /规划「.+」第 2 个要素（BSM \d+）的字段 plans\[0\]\.features\[1\]\.geometry\.type 应为 "Point"、.*实际为 "Circle"/,
        /plan ".+", feature 2 \(BSM \d+\), the field plans\[0\]\.features\[1\]\.geometry\.type should be one of "Point", .*found "Circle"/,
      ],
      [
        'an unknown top-level field',
        (p) => (p.__proto_x = 1),
        /字段 __proto_x 不是允许的字段/,
        /the field __proto_x is not an allowed field/,
      ],
      [
        'a repeated plan id',
        (p) => p.plans.push(p.plans[0]),
        /字段 plans\[3\]\.plan\.id 与前面的规划重复/,
        /plans\[3\]\.plan\.id repeats an earlier plan's id/,
      ],
      [
        'a command that does not fit the plans',
        (p) => (p.history.past[0].featureId = 'no-such-feature'),
        /编辑历史第 1 条（setAttributes）的字段 history\.past\[0\] 与工作区不符/,
        /history entry 1 \(setAttributes\), the field history\.past\[0\] does not fit the workspace/,
      ],
    ];
    for (const [name, craft, zh, en] of cases) {
      it(`refuses ${name} in zh and en; the stored workspace and the store stay as they were`, async () => {
        const db = new LantuDb(`crafted-${name}`, { indexedDB: new IDBFactory(), IDBKeyRange });
        const store = createEditorStore();
        await openWorkspacePayload(store, db, valid() as never, { fileName: '原来.lantu' });
        const storedBefore = { log: await db.log.toArray(), blobs: await db.planBlobs.toArray(), meta: await db.meta.toArray() };
        const stateBefore = store.getState();
        for (const [lang, pattern] of [
          ['zh', zh],
          ['en', en],
        ] as const) {
          store.getState().setLanguage(lang);
          const crafted = valid();
          craft(crafted);
          const error = await openWorkspacePayload(store, db, crafted as never, { fileName: '恶意.lantu' }).then(
            () => null,
            (e: Error) => e,
          );
          expect(error?.message).toMatch(pattern);
          expect(error?.message).toContain(lang === 'zh' ? '无法打开「恶意.lantu」' : 'Cannot open "恶意.lantu"');
          expect(error?.message).toMatch(lang === 'zh' ? /当前工作区未作改动。$/ : /The current workspace was not changed\.$/);
        }
        store.getState().setLanguage('zh');
        expect(store.getState().workspace).toBe(stateBefore.workspace);
        expect(store.getState().past).toBe(stateBefore.past);
        expect(store.getState().future).toBe(stateBefore.future);
        expect({ log: await db.log.toArray(), blobs: await db.planBlobs.toArray(), meta: await db.meta.toArray() }).toEqual(storedBefore);
      });
    }
  });

  it('opens a plan whose attributes have quality findings, as an import would', async () => {
    const payload = JSON.parse(
      JSON.stringify(workspacePayload({ workspace: fixtureWorkspace(), past: [], future: [], language: 'zh', layerViews: {} })),
    ) as WorkspacePayload;
    (payload.plans[0]!.features[0]!.properties as Record<string, unknown>).BSM = '4190011000';
    const db = new LantuDb('open-quality', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    await openWorkspacePayload(store, db, payload, { fileName: 'q.lantu' });
    expect(
      store.getState().workspace.plans.get(payload.plans[0]!.plan.id)!.features.get(payload.plans[0]!.features[0]!.id)!.properties.BSM,
    ).toBe('4190011000');
  });
});
