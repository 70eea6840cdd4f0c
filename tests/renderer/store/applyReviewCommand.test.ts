// 并联审批 records as workspace data: setProject, setDepartments, setConsultation, setOpinion and
// setJointOpinion are undoable commands in the one history, named in it, carried by the .lantu payload and
// the IndexedDB store; workspaces saved before them open with no projects and the default departments.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { packWorkspaceFile, unpackWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import { LantuDb } from '../../../renderer/db/LantuDb.ts';
import { describeCommand, type CommandContext } from '../../../renderer/components/describeCommand.ts';
import { attachAutosave } from '../../../renderer/services/persistence/attachAutosave.ts';
import { checkWorkspacePayload } from '../../../renderer/services/persistence/checkWorkspacePayload.ts';
import { loadStoredWorkspace } from '../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { openWorkspacePayload } from '../../../renderer/services/persistence/openWorkspacePayload.ts';
import { saveBaseWorkspace } from '../../../renderer/services/persistence/saveBaseWorkspace.ts';
import { applyCommand, CommandError } from '../../../renderer/store/applyCommand.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import type { Command } from '../../../renderer/store/types.ts';
import { workspacePayload } from '../../../renderer/store/workspacePayload.ts';
import { fixtureWorkspace } from '../fixtures.ts';
import { JIYUAN_DEPARTMENTS, sampleConsultation, sampleJointOpinion, sampleOpinion, sampleProject } from '../review/sampleReview.ts';
import { workspaceSchemaValidator } from '../workspaceSchemaValidator.ts';

const project = sampleProject('p-0001', '济源某新材料项目');
const other = sampleProject('p-0002', '济源物流园仓储项目');
const moved = { ...project, project: { ...project.project, stage: '用地规划许可' as const } };

/** The commands a coordinator's session records: two projects, the list, a consultation, opinions, the joint one. */
function session(): Command[] {
  return [
    { kind: 'setProject', projectId: project.project.id, index: 0, before: null, after: project },
    { kind: 'setProject', projectId: other.project.id, index: 1, before: null, after: other },
    { kind: 'setDepartments', before: null, after: JIYUAN_DEPARTMENTS },
    {
      kind: 'setConsultation',
      projectId: project.project.id,
      department: 'zrzy',
      before: null,
      after: sampleConsultation(project, 'zrzy'),
    },
    {
      kind: 'setOpinion',
      projectId: project.project.id,
      department: 'zrzy',
      before: null,
      after: sampleOpinion(project, 'zrzy', 'conditional'),
    },
    { kind: 'setOpinion', projectId: project.project.id, department: 'sthj', before: null, after: sampleOpinion(project, 'sthj', 'fail') },
    { kind: 'setJointOpinion', projectId: project.project.id, before: null, after: sampleJointOpinion(project, 'fail') },
    { kind: 'setProject', projectId: project.project.id, index: 0, before: project, after: moved },
  ];
}

function sessionStore() {
  const store = createEditorStore();
  store.getState().loadWorkspace(fixtureWorkspace());
  for (const c of session()) store.getState().execute(c);
  return store;
}

describe('the 并联审批 commands', () => {
  it('record projects in creation order, one opinion per project and department, and undo back to none', () => {
    const store = sessionStore();
    const ws = store.getState().workspace;
    expect(ws.projects!.map((p) => [p.project.id, p.project.stage])).toEqual([
      ['p-0001', '用地规划许可'],
      ['p-0002', '用地预审与选址'],
    ]);
    expect(ws.departments).toEqual(JIYUAN_DEPARTMENTS);
    expect(ws.opinions!.map((o) => [o.department, o.verdict])).toEqual([
      ['sthj', 'fail'],
      ['zrzy', 'conditional'],
    ]);
    expect(ws.jointOpinions!.map((j) => j.verdict)).toEqual(['fail']);
    for (let i = 0; i < session().length; i++) expect(store.getState().undo()).toBe(true);
    const empty = store.getState().workspace;
    expect([empty.projects, empty.departments, empty.consultations, empty.opinions, empty.jointOpinions]).toEqual([[], null, [], [], []]);
    for (let i = 0; i < session().length; i++) store.getState().redo();
    expect(store.getState().workspace.projects).toEqual(ws.projects);
  });

  it('puts a removed project back in its place when the removal is undone', () => {
    const store = sessionStore();
    store.getState().execute({ kind: 'setProject', projectId: 'p-0001', index: 0, before: moved, after: null });
    expect(store.getState().workspace.projects!.map((p) => p.project.id)).toEqual(['p-0002']);
    store.getState().undo();
    expect(store.getState().workspace.projects!.map((p) => p.project.id)).toEqual(['p-0001', 'p-0002']);
  });

  it('refuses a command whose before is not what is recorded, and one that names another project', () => {
    const ws = applyCommand(fixtureWorkspace(), session()[0]!);
    expect(() => applyCommand(ws, { kind: 'setProject', projectId: 'p-0001', index: 0, before: null, after: project })).toThrow(
      CommandError,
    );
    expect(() =>
      applyCommand(ws, {
        kind: 'setOpinion',
        projectId: 'p-0001',
        department: 'zrzy',
        before: sampleOpinion(project, 'zrzy'),
        after: null,
      }),
    ).toThrow(CommandError);
    expect(() =>
      applyCommand(ws, { kind: 'setOpinion', projectId: 'p-0001', department: 'zrzy', before: null, after: sampleOpinion(project, 'fgw') }),
    ).toThrow(CommandError);
    expect(() => applyCommand(ws, { kind: 'setDepartments', before: JIYUAN_DEPARTMENTS, after: null })).toThrow(CommandError);
    expect(ws.opinions ?? []).toEqual([]);
  });

  it('are named in the history by project name, department short name and verdict, not by ids', () => {
    const ws = sessionStore().getState().workspace;
    const ctx = (language: 'zh' | 'en'): CommandContext => ({
      workspace: ws,
      conflicts: [],
      language,
      kindLabel: String,
      defaultPolicyLabel: '',
      departmentLabel: (id) => {
        const d = JIYUAN_DEPARTMENTS.find((x) => x.id === id)!;
        return language === 'zh' ? d.shortZh : d.shortEn;
      },
      projectLabel: (id) => ws.projects!.find((p) => p.project.id === id)?.properties.XMMC ?? null,
      verdictLabel: (v) => ({ pass: '符合', conditional: '有条件符合', fail: '不符合' })[v],
    });
    const [addProject, , departments, , opinion] = session();
    expect(describeCommand(addProject!, ctx('zh')).text).toBe('济源某新材料项目');
    expect(describeCommand(departments!, ctx('zh')).text).toBe('自然资源、林业、生态环境、发改、交通、铁路');
    expect(describeCommand(departments!, ctx('en')).text).toBe('Natural resources, Forestry, Ecology, Development, Transport, Railway');
    expect(describeCommand(opinion!, ctx('zh'))).toEqual({ text: '济源某新材料项目 · 自然资源 · 有条件符合', ids: 'p-0001 / zrzy' });
    const consulted: Command = {
      kind: 'batch',
      label: '征求意见',
      commands: ['zrzy', 'tl'].map((d) => ({
        kind: 'setConsultation' as const,
        projectId: 'p-0001',
        department: d,
        before: null,
        after: sampleConsultation(project, d),
      })),
    };
    expect(describeCommand(consulted, ctx('en')).text).toBe('济源某新材料项目 · Natural resources, Railway');
  });
});

describe('the 并联审批 records in the workspace payload', () => {
  it('carry the base records and the history; the schema accepts them and replaying gives the current ones', () => {
    const store = createEditorStore();
    store.getState().loadWorkspace({ ...fixtureWorkspace(), projects: [other] });
    for (const c of session().filter((c) => !(c.kind === 'setProject' && c.projectId === other.project.id))) store.getState().execute(c);
    const payload = JSON.parse(JSON.stringify(workspacePayload(store.getState())));
    expect(payload.projects).toEqual([other]);
    expect(payload.opinions).toBeUndefined();
    const validate = workspaceSchemaValidator();
    expect(validate(payload)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const checked = checkWorkspacePayload(payload, { fileName: 'w.lantu', lang: 'zh' });
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.workspace.projects!.map((p) => p.project.id)).toEqual(['p-0001', 'p-0002']);
    expect(checked.workspace.opinions).toEqual(store.getState().workspace.opinions);
    expect(checked.workspace.jointOpinions).toEqual(store.getState().workspace.jointOpinions);
  });

  it('leaves a workspace without projects byte-identical to an older payload', () => {
    const payload = workspacePayload({ ...createEditorStore().getState(), workspace: fixtureWorkspace() });
    expect(Object.keys(payload)).toEqual(['format', 'schemaVersion', 'plans', 'rulePack', 'targets', 'policy', 'history', 'view']);
  });

  it('refuses an opinion with an unknown verdict, naming the field', () => {
    const store = sessionStore();
    const payload = JSON.parse(JSON.stringify(workspacePayload(store.getState())));
    payload.history.past[4].after.verdict = 'maybe';
    expect(workspaceSchemaValidator()(payload)).toBe(false);
    const checked = checkWorkspacePayload(payload, { fileName: '济源.lantu', lang: 'zh' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain('济源.lantu');
  });

  it('travel in a .lantu file and reopen from IndexedDB; undo still works', async () => {
    const source = sessionStore();
    const bytes = packWorkspaceFile(
      new Map([['workspace.json', new TextEncoder().encode(JSON.stringify(workspacePayload(source.getState())))]]),
      { createdAt: '2026-12-04T10:00:00Z', generator: 'test' },
    );
    const unpacked = unpackWorkspaceFile(bytes, { fileName: 'w.lantu', lang: 'zh' });
    if (!unpacked.ok) throw new Error(unpacked.error.message);
    const db = new LantuDb('review-lantu', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    await openWorkspacePayload(store, db, JSON.parse(new TextDecoder().decode(unpacked.files.get('workspace.json')!)));
    expect(store.getState().workspace.projects).toEqual(source.getState().workspace.projects);
    const reopened = await loadStoredWorkspace(db);
    expect(reopened!.workspace.opinions).toEqual(source.getState().workspace.opinions);
    expect(reopened!.workspace.departments).toEqual(JIYUAN_DEPARTMENTS);
    store.getState().undo();
    expect(store.getState().workspace.projects![0]!.project.stage).toBe('用地预审与选址');
  });
});

describe('the 并联审批 records in IndexedDB', () => {
  it('are kept across a restart by autosave, and a store written before them loads with none', async () => {
    const indexedDB = new IDBFactory();
    const db = new LantuDb('review-autosave', { indexedDB, IDBKeyRange });
    await saveBaseWorkspace(db, fixtureWorkspace());
    const first = await loadStoredWorkspace(db);
    expect([first!.workspace.projects, first!.workspace.departments, first!.workspace.opinions]).toEqual([[], null, []]);
    const store = createEditorStore();
    store.getState().loadWorkspace(first!.workspace, first!.past, first!.future);
    const autosave = attachAutosave(store, db, () => undefined);
    for (const c of session()) store.getState().execute(c);
    store.getState().undo();
    await autosave.flush();
    autosave.detach();
    const restarted = await loadStoredWorkspace(new LantuDb('review-autosave', { indexedDB, IDBKeyRange }));
    expect(restarted!.workspace.projects![0]!.project.stage).toBe('用地预审与选址');
    expect(restarted!.workspace.jointOpinions).toEqual(store.getState().workspace.jointOpinions);
    expect(restarted!.future.map((c) => c.kind)).toEqual(['setProject']);
    expect(restarted!.past).toHaveLength(session().length - 1);
  });

  it('keeps a base workspace with projects in its meta row', async () => {
    const db = new LantuDb('review-base', { indexedDB: new IDBFactory(), IDBKeyRange });
    await saveBaseWorkspace(db, { ...fixtureWorkspace(), projects: [project], opinions: [sampleOpinion(project, 'zrzy')] });
    const loaded = await loadStoredWorkspace(db);
    expect(loaded!.workspace.projects).toEqual([project]);
    expect(loaded!.workspace.opinions).toEqual([sampleOpinion(project, 'zrzy')]);
  });
});
