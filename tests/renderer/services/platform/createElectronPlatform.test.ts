// The Electron adapter over a stand-in preload bridge (the Electron boundary): results are unwrapped,
// errors become PlatformError, workspaces are packed and verified, pushed files are read by id.
import { describe, expect, it } from 'vitest';
import type { ChosenFile, FilesOpenedEvent, IpcResult, LantuApi, MenuCommandEvent } from '../../../../engine/ipc/index.ts';
import { packWorkspaceFile, unpackWorkspaceFile } from '../../../../engine/workspaceFile/index.ts';
import { createElectronPlatform } from '../../../../renderer/services/platform/createElectronPlatform.ts';
import { PlatformError } from '../../../../renderer/services/platform/PlatformError.ts';

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

function bridge(files: Record<string, Uint8Array>) {
  const calls: Array<[string, unknown]> = [];
  const menuListeners = new Set<(e: MenuCommandEvent) => void>();
  const openedListeners = new Set<(e: FilesOpenedEvent) => void>();
  const chosen = (fileId: string): ChosenFile => ({
    fileId,
    name: `${fileId}.geojson`,
    kind: 'geojson',
    sizeBytes: files[fileId]?.byteLength ?? 0,
  });
  const api: LantuApi = {
    chooseFilesToOpen: (r) => (
      calls.push(['chooseFilesToOpen', r]),
      ok(
        Object.keys(files)
          .filter((k) => !k.endsWith('lantu'))
          .map(chosen),
      )
    ),
    readFileBytes: (r) => (
      calls.push(['readFileBytes', r]),
      files[r.fileId] ? ok(files[r.fileId]!) : Promise.resolve({ ok: false, error: { code: 'unknown-file', message: '未知的文件标识' } })
    ),
    saveFileBytes: (r) => (
      calls.push(['saveFileBytes', r]),
      ok({ fileId: 'saved-000001', name: r.suggestedName, sizeBytes: r.bytes.byteLength })
    ),
    saveReportPdf: (r) => (
      calls.push(['saveReportPdf', r]),
      r.suggestedName === 'cancel.pdf' ? ok(null) : ok({ fileId: 'pdf-0000001', name: r.suggestedName, sizeBytes: 9 })
    ),
    openWorkspaceFile: () =>
      ok(
        files['w-lantu']
          ? { file: { fileId: 'w-lantu', name: '济源.lantu', kind: 'workspace' as const, sizeBytes: 1 }, bytes: files['w-lantu'] }
          : null,
      ),
    saveWorkspaceFile: (r) => (
      calls.push(['saveWorkspaceFile', r]),
      ok({ fileId: r.fileId ?? 'new-000001', name: r.suggestedName, sizeBytes: r.bytes.byteLength })
    ),
    listRecentFiles: () =>
      ok([{ fileId: 'a', name: 'a.geojson', path: '/d/a.geojson', kind: 'geojson' as const, openedAt: 't', exists: true }]),
    clearRecentFiles: () => ok(null),
    getAppInfo: () => Promise.resolve({ ok: false, error: { code: 'internal', message: '出错了' } }),
    setUiLanguage: (r) => (calls.push(['setUiLanguage', r]), ok(null)),
    writeLogEntry: (r) => (calls.push(['writeLogEntry', r]), ok(null)),
    openLogFolder: () => ok(null),
    getStation: () => ok({ station: null, passphraseRequired: false, unlocked: false }),
    initStation: () => ok({ station: null, passphraseRequired: false, unlocked: false }),
    renameStation: () => ok({ station: null, passphraseRequired: false, unlocked: false }),
    signWithStation: () => Promise.resolve({ ok: false, error: { code: 'station', message: '未用' } }),
    listTrustedKeys: () => ok({ keys: [], log: [] }),
    trustKey: () => Promise.resolve({ ok: false, error: { code: 'station', message: '未用' } }),
    revokeKey: () => Promise.resolve({ ok: false, error: { code: 'station', message: '未用' } }),
    exportPublicKey: () => ok(null),
    listDataSources: () => ok([]),
    addDataSource: (r) => (
      calls.push(['addDataSource', r]),
      ok({ id: 'ds-1', name: r.name, connection: r.connection, schema: 'lantu', hasPassword: !!r.password })
    ),
    removeDataSource: () => ok(null),
    listDataSourceLayers: () => ok([]),
    readDataSourceLayer: (r) => (
      calls.push(['readDataSourceLayer', r]),
      ok({ file: 'dept.stbhhx.geojson', bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'), rows: 0 })
    ),
    getPublishedVersion: () => Promise.resolve({ ok: false, error: { code: 'data-source', message: '无法连接数据库服务器' } }),
    onMenuCommand: (cb) => (menuListeners.add(cb), () => menuListeners.delete(cb)),
    onFilesOpened: (cb) => (openedListeners.add(cb), () => openedListeners.delete(cb)),
  };
  return { api, calls, menuListeners, openedListeners };
}

const payload = new Map([['workspace.json', new TextEncoder().encode('{"v":1}')]]);

describe('createElectronPlatform', () => {
  it('picks plan files and reads their bytes by id', async () => {
    const { api, calls } = bridge({ a: new Uint8Array([1, 2]) });
    const platform = createElectronPlatform({ api });
    const [file] = await platform.pickPlanFiles();
    expect(file).toMatchObject({ name: 'a.geojson', kind: 'geojson', sizeBytes: 2 });
    expect(await file!.read()).toEqual(new Uint8Array([1, 2]));
    expect(calls).toEqual([
      ['chooseFilesToOpen', { purpose: 'plan' }],
      ['readFileBytes', { fileId: 'a' }],
    ]);
  });

  it('saves a report as PDF by handing main the report HTML and the suggested name, and tells a cancel', async () => {
    const { api, calls } = bridge({});
    const platform = createElectronPlatform({ api });
    expect(platform.capabilities.reportPdf).toBe(true);
    const html = '<!doctype html><style>@page{size:A4}</style><h1>合规性审查报告</h1>';
    expect(await platform.saveReportPdf(html, { suggestedName: '合规性审查报告-济源光伏.pdf' })).toEqual({
      name: '合规性审查报告-济源光伏.pdf',
    });
    expect(await platform.saveReportPdf(html, { suggestedName: 'cancel.pdf' })).toBeNull();
    expect(calls).toEqual([
      ['saveReportPdf', { suggestedName: '合规性审查报告-济源光伏.pdf', html }],
      ['saveReportPdf', { suggestedName: 'cancel.pdf', html }],
    ]);
  });

  it('turns an IPC error into a PlatformError with its code and message', async () => {
    const platform = createElectronPlatform({ api: bridge({}).api });
    await expect(platform.getAppInfo()).rejects.toEqual(new PlatformError('internal', '出错了'));
  });

  it('packs a workspace, saves it through a dialog, then in place by id', async () => {
    const { api, calls } = bridge({});
    const platform = createElectronPlatform({ api, now: () => new Date('2026-11-27T00:00:00Z') });
    const target = await platform.saveWorkspace(payload, { suggestedName: '济源.lantu' });
    expect(target).toEqual({ name: '济源.lantu', fileId: 'new-000001' });
    await platform.saveWorkspace(payload, { suggestedName: '济源.lantu', target: target! });
    const requests = calls.filter(([m]) => m === 'saveWorkspaceFile').map(([, r]) => r as { bytes: Uint8Array; fileId?: string });
    expect(requests.map((r) => r.fileId)).toEqual([undefined, 'new-000001']);
    const unpacked = unpackWorkspaceFile(requests[0]!.bytes);
    expect(unpacked.ok && unpacked.manifest.createdAt).toBe('2026-11-27T00:00:00.000Z');
    expect(unpacked.ok && unpacked.files.get('workspace.json')).toEqual(payload.get('workspace.json'));
  });

  it('opens a verified workspace and refuses a damaged one without returning anything', async () => {
    const good = packWorkspaceFile(payload, { createdAt: 'x', generator: 'y' });
    const opened = await createElectronPlatform({ api: bridge({ 'w-lantu': good }).api }).openWorkspace();
    expect(opened?.target).toEqual({ name: '济源.lantu', fileId: 'w-lantu' });
    expect(opened?.files.get('workspace.json')).toEqual(payload.get('workspace.json'));
    const damaged = createElectronPlatform({ api: bridge({ 'w-lantu': good.slice(0, 20) }).api });
    await expect(damaged.openWorkspace()).rejects.toMatchObject({
      code: 'invalid-workspace',
      message: expect.stringContaining('无法打开 济源.lantu'),
    });
  });

  it('delivers menu commands and files handed over by main, and unsubscribes both', async () => {
    const { api, menuListeners, openedListeners } = bridge({ b: new Uint8Array([9]) });
    const platform = createElectronPlatform({ api });
    const commands: string[] = [];
    const opened: Array<{ source: string; names: string[]; bytes: Uint8Array }> = [];
    const stopMenu = platform.onMenuCommand((c) => commands.push(c));
    const stopFiles = platform.onFilesOpened(async (e) =>
      opened.push({ source: e.source, names: e.files.map((f) => f.name), bytes: await e.files[0]!.read() }),
    );
    for (const listener of menuListeners) listener({ command: 'check:run' });
    for (const listener of openedListeners)
      listener({ source: 'second-instance', files: [{ fileId: 'b', name: 'b.gpkg', kind: 'geopackage', sizeBytes: 1 }], rejected: [] });
    await new Promise((resolve) => setImmediate(resolve));
    expect(commands).toEqual(['check:run']);
    expect(opened).toEqual([{ source: 'second-instance', names: ['b.gpkg'], bytes: new Uint8Array([9]) }]);
    stopMenu();
    stopFiles();
    expect(menuListeners.size + openedListeners.size).toBe(0);
  });

  it('sends the UI language to main and logs errors without throwing', async () => {
    const { api, calls } = bridge({});
    const platform = createElectronPlatform({ api });
    await platform.setUiLanguage('en');
    platform.logError('boom', 'stack');
    expect(calls).toEqual([
      ['setUiLanguage', { language: 'en' }],
      ['writeLogEntry', { level: 'error', message: 'boom', detail: 'stack' }],
    ]);
    expect((await platform.listRecentFiles())[0]).toMatchObject({ name: 'a.geojson', path: '/d/a.geojson', exists: true });
  });

  it('reads a data-source layer as a GeoJSON file for the import pipeline, and turns refusals into PlatformError', async () => {
    const { api, calls } = bridge({});
    const sources = createElectronPlatform({ api }).dataSources!;
    const { file, rows } = await sources.readLayer('ds-1', 'dept.stbhhx');
    expect([file.name, file.kind, rows, new TextDecoder().decode(await file.read())]).toEqual([
      'dept.stbhhx.geojson',
      'geojson',
      0,
      '{"type":"FeatureCollection","features":[]}',
    ]);
    expect(calls).toEqual([['readDataSourceLayer', { id: 'ds-1', layer: 'dept.stbhhx' }]]);
    const refused = await sources.publishedVersion('ds-1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlatformError);
    expect(refused).toMatchObject({ code: 'data-source', message: '无法连接数据库服务器' });
  });
});
