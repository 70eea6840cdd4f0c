import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../engine/ipc/index.ts';
import { bridgeActions, WORKSPACE_PAYLOAD_FILE, type BridgeHooks } from '../../../renderer/app/usePlatformBridge.ts';
import { createChecksService } from '../../../renderer/services/checks/createChecksService.ts';
import type { OpenedWorkspace, PickedFile, PlatformAdapter, WorkspaceTarget } from '../../../renderer/services/platform/types.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { zipFiles } from '../../../engine/package/index.ts';
import type { WorkspacePayload } from '../../../renderer/store/workspacePayload.ts';
import { fixturePlan, fixtureWorkspace } from '../fixtures.ts';
import { sampleResolution } from '../resolve/sampleResolution.ts';

/** The platform adapter is the Electron/browser boundary: faked here, recording what the bridge asks of it. */
function fakePlatform(workspaceFile: Map<string, Uint8Array> | null) {
  const saved: { files: ReadonlyMap<string, Uint8Array>; options: { suggestedName: string; target?: WorkspaceTarget } }[] = [];
  const opened = (files: Map<string, Uint8Array>): OpenedWorkspace => ({
    target: { name: 'a.lantu', fileId: 'f1' },
    manifest: {} as OpenedWorkspace['manifest'],
    files,
  });
  const platform: PlatformAdapter = {
    kind: 'browser',
    capabilities: { nativeMenus: false, recentFiles: false, logFolder: false, saveInPlace: true, reportPdf: false },
    pickPlanFiles: async () => [],
    openWorkspace: async () => (workspaceFile ? opened(workspaceFile) : null),
    readWorkspace: async () => opened(workspaceFile ?? new Map()),
    saveWorkspace: async (files, options) => {
      saved.push({ files, options });
      return { name: options.target?.name ?? options.suggestedName, fileId: 'f2' };
    },
    saveFile: async () => null,
    saveReportPdf: async () => null,
    onMenuCommand: () => () => undefined,
    onFilesOpened: () => () => undefined,
    listRecentFiles: async () => [],
    setUiLanguage: async () => undefined,
    logError: () => undefined,
    openLogFolder: async () => undefined,
    getAppInfo: async () => ({
      name: '蓝图 Lantu',
      version: '0.1.0',
      electronVersion: '',
      chromeVersion: '130',
      nodeVersion: '',
      platform: 'browser',
      language: 'zh',
      logDir: '',
    }),
  };
  return { platform, saved };
}

function setup(workspaceFile: Map<string, Uint8Array> | null = null) {
  const store = createEditorStore();
  store.getState().loadWorkspace(fixtureWorkspace());
  const checks = createChecksService(store, null, () => Promise.reject(new Error('no geometry')));
  const { platform, saved } = fakePlatform(workspaceFile);
  const calls = { imports: [] as PickedFile[][], opened: [] as WorkspacePayload[], fitAll: 0, exports: 0 };
  let target: WorkspaceTarget | undefined;
  const hooks: BridgeHooks = {
    openImport: (files) => calls.imports.push(files),
    target: () => target,
    setTarget: (t) => {
      target = t;
    },
    openWorkspace: async (payload) => {
      calls.opened.push(payload);
    },
    fitAll: () => {
      calls.fitAll += 1;
    },
    openExport: () => {
      calls.exports += 1;
    },
  };
  return { store, actions: bridgeActions(store, checks, platform, hooks), saved, calls, target: () => target };
}

const picked = (name: string, kind: PickedFile['kind'], bytes: Uint8Array = new Uint8Array()): PickedFile => ({
  name,
  kind,
  sizeBytes: bytes.length,
  read: async () => bytes,
});

describe('bridgeActions', () => {
  it('tells a blueprint package from a Shapefile zip when zips are dropped, refusing a package that does not match its manifest', async () => {
    const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    const shapefileZip = zipFiles(new Map([['roads.shp', new Uint8Array([1, 2])]]), '2026-11-27T00:00:00.000Z');
    const forgedPackage = zipFiles(
      new Map([
        ['manifest.json', enc({ files: [{ path: 'build.json', bytes: 1, sha256: '0'.repeat(64) }] })],
        ['build.json', enc({ sources: [], rulePack: 'rules/x.json', targets: 'targets.json', resolutions: 'resolutions.json' })],
      ]),
      '2026-11-27T00:00:00.000Z',
    );
    const { store, actions, calls } = setup();
    await actions.filesOpened(
      [picked('roads.zip', 'shapefile-zip', shapefileZip), picked('blueprint.zip', 'shapefile-zip', forgedPackage)],
      [],
    );
    expect(calls.imports.map((files) => files.map((f) => f.name))).toEqual([]);
    expect(calls.opened).toEqual([]);
    expect(store.getState().notice?.kind).toBe('error');
    expect(store.getState().notice?.text).toContain('blueprint.zip');
    await actions.filesOpened([picked('roads.zip', 'shapefile-zip', shapefileZip)], []);
    expect(calls.imports.map((files) => files.map((f) => f.name))).toEqual([['roads.zip']]);
  });

  it('turns undo, redo, zoom and import menu commands into editor actions', async () => {
    const { store, actions, calls } = setup();
    const land = fixturePlan('land');
    const parcel = land.features[0]!;
    store.getState().execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: parcel.id,
      before: parcel.properties,
      after: { ...parcel.properties, BZ: 'x' },
    });
    await actions.run('edit:undo');
    expect(store.getState().past).toHaveLength(0);
    await actions.run('edit:redo');
    expect(store.getState().past).toHaveLength(1);
    await actions.run('view:zoom-to-all');
    await actions.run('plan:import');
    expect(calls).toMatchObject({ fitAll: 1, imports: [[]] });
  });

  it('offers a new workspace file a name in the UI language', async () => {
    const { store, actions, saved } = setup();
    store.getState().setLanguage('en');
    await actions.run('workspace:save');
    expect(saved[0]!.options.suggestedName).toBe('lantu-workspace.lantu');
  });

  it('saves the workspace, resolutions included, as workspace.json in a .lantu file, then saves in place', async () => {
    const { store, actions, saved, target } = setup();
    store.getState().execute({ kind: 'setResolution', conflictKey: 'R14:a:b', before: null, after: sampleResolution() });
    await actions.run('workspace:save');
    const payload = JSON.parse(new TextDecoder().decode(saved[0]!.files.get(WORKSPACE_PAYLOAD_FILE)!)) as WorkspacePayload;
    expect(payload.format).toBe('lantu-workspace');
    expect(payload.history.past).toMatchObject([
      { kind: 'setResolution', conflictKey: 'R14:a:b', before: null, after: sampleResolution(), meta: { station: 'local' } },
    ]);
    expect(saved[0]!.options.target).toBeUndefined();
    expect(target()?.name).toBe('蓝图工作区.lantu');
    await actions.run('workspace:save');
    expect(saved[1]!.options.target).toEqual(target());
    await actions.run('workspace:save-as');
    expect(saved[2]!.options.target).toBeUndefined();
  });

  it('opens a workspace file through the editor, and refuses one without a workspace payload', async () => {
    const payload = {
      format: 'lantu-workspace',
      schemaVersion: '1.0.0',
      plans: [],
      rulePack: null,
      targets: null,
      history: { past: [], future: [] },
    };
    const good = setup(new Map([[WORKSPACE_PAYLOAD_FILE, new TextEncoder().encode(JSON.stringify(payload))]]));
    await good.actions.run('workspace:open');
    expect(good.calls.opened).toEqual([payload]);
    const bad = setup(new Map([['other.json', new Uint8Array([1])]]));
    await bad.actions.run('workspace:open');
    expect(bad.calls.opened).toEqual([]);
    expect(bad.store.getState().notice).toMatchObject({ kind: 'error' });
    expect(bad.store.getState().notice!.text).toContain(WORKSPACE_PAYLOAD_FILE);
  });

  it('opens the export dialog, and says that checks need the rules engine rather than failing silently', async () => {
    const { store, actions, calls } = setup();
    await actions.run('blueprint:export');
    expect(calls.exports).toBe(1);
    await actions.run('check:run' as MenuCommand);
    expect(store.getState().notice?.kind).toBe('error');
  });

  it('sends dropped plan files to the import dialog and a dropped .lantu file to the workspace, reporting refused ones', async () => {
    const payload = {
      format: 'lantu-workspace',
      schemaVersion: '1.0.0',
      plans: [],
      rulePack: null,
      targets: null,
      history: { past: [], future: [] },
    };
    const { store, actions, calls } = setup(new Map([[WORKSPACE_PAYLOAD_FILE, new TextEncoder().encode(JSON.stringify(payload))]]));
    await actions.filesOpened(
      [picked('land.geojson', 'geojson'), picked('w.lantu', 'workspace')],
      [{ name: 'a.docx', reason: '不支持的格式' }],
    );
    expect(calls.imports.map((files) => files.map((f) => f.name))).toEqual([['land.geojson']]);
    expect(calls.opened).toHaveLength(1);
    expect(store.getState().notice).toEqual({ kind: 'error', text: 'a.docx：不支持的格式' });
  });
});
