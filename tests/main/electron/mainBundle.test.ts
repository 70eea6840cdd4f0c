// Builds the real main and preload bundles with the "main" build target and loads them against a fake
// `electron` module: the app registers every invoke channel, creates the window with the secure web
// preferences, serves app:// with the CSP, rejects foreign frames and hands a second launch's files over.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_CHANNELS, IPC_CHANNELS } from '../../../engine/ipc/index.ts';
import { verifyBytes } from '../../../engine/sign/index.ts';
import { contentSecurityPolicy } from '../../../main/node/contentSecurityPolicy.ts';
import buildMain from '../../../scripts/build/main.mjs';
import { createFakeElectron, type FakeElectron } from './fakeElectron.ts';
import { loadWithFakeElectron } from './loadWithFakeElectron.ts';

let root: string;
let fake: FakeElectron;
const originalArgv = process.argv;
const listenersBefore = { exception: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lantu-main-bundle-'));
  await buildMain({ outDir: join(root, 'out') });
  mkdirSync(join(root, 'out', 'renderer'));
  writeFileSync(join(root, 'out', 'renderer', 'index.html'), '<style nonce="LANTU_CSP_NONCE"></style>');
  mkdirSync(join(root, 'user'));
  writeFileSync(join(root, '用地.geojson'), '{}');
  // The packaged app's command line: the executable, then a file to open.
  process.argv = ['/opt/lantu/lantu', join(root, '用地.geojson')];
  fake = createFakeElectron({ userData: join(root, 'user') });
  loadWithFakeElectron(join(root, 'out', 'main', 'index.cjs'), fake.electron);
  fake.resolveReady();
  await vi.waitFor(() => expect(fake.record.windows[0]?.webContents.url).toBe('app://lantu/index.html'), { timeout: 20_000 });
}, 60_000);

afterAll(() => {
  process.argv = originalArgv;
  for (const listener of process.listeners('uncaughtException'))
    if (!listenersBefore.exception.includes(listener)) process.off('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection'))
    if (!listenersBefore.rejection.includes(listener)) process.off('unhandledRejection', listener);
  rmSync(root, { recursive: true, force: true });
});

describe('the built main bundle against a fake electron', () => {
  it('registers app:// as a privileged, standard, secure, fetch-capable scheme before ready', () => {
    expect(fake.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });

  it('takes the single-instance lock, passing its argv and folder for the hand-over', () => {
    expect(fake.record.lockData).toEqual({ argv: ['/opt/lantu/lantu', join(root, '用地.geojson')], cwd: process.cwd() });
  });

  it('registers exactly the invoke channels of the contract', () => {
    expect([...fake.record.ipcHandlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('creates one window isolated from Node (context isolation, sandbox, web security, no webview) and loads app://lantu/', () => {
    expect(fake.record.windows).toHaveLength(1);
    const window = fake.record.windows[0]!;
    expect(window.options.webPreferences).toEqual({
      preload: join(root, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: true,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.webContents.url).toBe('app://lantu/index.html');
    expect(window.options).toMatchObject({
      x: 240,
      y: 70,
      width: 1440,
      height: 900,
      minWidth: 960,
      minHeight: 600,
      show: false,
      title: '蓝图 Lantu',
    });
  });

  it('serves the renderer over app:// with the app CSP and a per-response nonce', async () => {
    const handler = fake.record.protocolHandlers.get('app')!;
    const response = await handler({ url: 'app://lantu/index.html' });
    const html = await response.text();
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(nonce).not.toBe('LANTU_CSP_NONCE');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(nonce));
    expect((await handler({ url: 'app://lantu/../../user/recent-files.json' })).status).not.toBe(200);
  });

  it('installs the application menu', () => {
    expect(fake.record.menus.length).toBeGreaterThan(0);
    const template = (fake.record.menus.at(-1) as { template: Array<{ label: string }> }).template;
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '检查(&C)', '帮助(&H)']);
  });

  it('answers a request from the app top frame and rejects one from a foreign frame or an iframe', async () => {
    const window = fake.record.windows[0]!;
    const handler = fake.record.ipcHandlers.get(IPC_CHANNELS.getAppInfo.channel)!;
    const own = await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, undefined);
    expect(own).toMatchObject({ ok: true, value: { name: '蓝图 Lantu', version: '0.1.0', language: 'zh' } });
    const foreign = { url: 'https://evil.example/', parent: null };
    expect(await handler({ sender: window.webContents, senderFrame: foreign }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
    const iframe = { url: 'app://lantu/index.html', parent: window.webContents.mainFrame };
    expect(await handler({ sender: window.webContents, senderFrame: iframe }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
    expect(await handler({ sender: window.webContents, senderFrame: null }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
  });

  it('rejects malformed arguments over IPC without throwing', async () => {
    const window = fake.record.windows[0]!;
    const handler = fake.record.ipcHandlers.get(IPC_CHANNELS.readFileBytes.channel)!;
    const result = await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('makes the station in the user-data folder and signs in main: the renderer gets the signature, never the key', async () => {
    const window = fake.record.windows[0]!;
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const call = (channel: string, request?: unknown) => fake.record.ipcHandlers.get(channel)!(event, request);
    expect(await call(IPC_CHANNELS.getStation.channel)).toEqual({
      ok: true,
      value: { station: null, passphraseRequired: false, unlocked: false },
    });
    const made = await call(IPC_CHANNELS.initStation.channel, { stationName: '自然资源和规划局-李工', role: 'bureau' });
    expect(made).toMatchObject({ ok: true, value: { station: { stationName: '自然资源和规划局-李工', role: 'bureau' } } });
    expect(JSON.parse(readFileSync(join(root, 'user', 'station', 'station-key.json'), 'utf8')).format).toBe('lantu-safe-storage-key/1');
    const message = new TextEncoder().encode('{"files":[]}');
    const signed = (await call(IPC_CHANNELS.signWithStation.channel, { message })) as { ok: true; value: Record<string, Uint8Array> };
    expect(Object.keys(signed.value).sort()).toEqual(['publicKey', 'signature', 'stationId', 'stationName']);
    expect(verifyBytes(signed.value.publicKey!, message, signed.value.signature!)).toBe(true);
    expect(await call(IPC_CHANNELS.signWithStation.channel, { message, privateKey: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('saves a report as PDF: a hidden, sandboxed, script-free window prints the sealed HTML to A4, then is destroyed', async () => {
    const window = fake.record.windows[0]!;
    const handler = fake.record.ipcHandlers.get(IPC_CHANNELS.saveReportPdf.channel)!;
    fake.record.saveDialogAnswers.push(join(root, '合规性审查报告-济源光伏'));
    const html = '<!doctype html><html><head><style>@page{size:A4}</style></head><body><p>济源光伏</p></body></html>';
    const result = await handler(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      { suggestedName: '合规性审查报告-济源光伏.pdf', html },
    );
    expect(result).toMatchObject({ ok: true, value: { name: '合规性审查报告-济源光伏.pdf', sizeBytes: 13 } });
    expect(readFileSync(join(root, '合规性审查报告-济源光伏.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    const pdfWindow = fake.record.windows.at(-1)!;
    expect(pdfWindow).not.toBe(window);
    expect(pdfWindow.options).toMatchObject({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        webviewTag: false,
      },
    });
    expect(pdfWindow.options.webPreferences.preload).toBeUndefined();
    expect(pdfWindow.webContents.printed).toEqual([
      {
        options: { pageSize: 'A4', printBackground: true, preferCSSPageSize: true },
        html: expect.stringContaining(`<head><meta http-equiv="Content-Security-Policy" content="default-src 'none';`),
      },
    ]);
    expect(pdfWindow.destroyed).toBe(true);
    // The temporary HTML file and its folder are gone.
    expect(() => readFileSync(pdfWindow.webContents.url.slice('file://'.length))).toThrow();
  });

  it('denies navigation, new windows, webviews and permission requests', () => {
    const contents = fake.record.windows[0]!.webContents;
    let prevented = 0;
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, 'https://example.com/');
    contents.emit('will-attach-webview', { preventDefault: () => prevented++ });
    expect(prevented).toBe(2);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    fake.record.permissionRequestHandler?.(contents, 'geolocation', (allow: boolean) => answers.push(allow), {
      requestingUrl: 'app://lantu/index.html',
    });
    fake.record.permissionRequestHandler?.(contents, 'media', (allow: boolean) => answers.push(allow), {
      requestingUrl: 'app://lantu/index.html',
    });
    fake.record.permissionRequestHandler?.(contents, 'clipboard-sanitized-write', (allow: boolean) => answers.push(allow), {
      requestingUrl: 'app://lantu/index.html',
    });
    expect(answers).toEqual([false, false, true]);
    expect(fake.record.permissionCheckHandler?.(contents, 'notifications', 'app://lantu')).toBe(false);
  });

  it('opens the files given on its command line once the page has loaded', async () => {
    const contents = fake.record.windows[0]!.webContents;
    await vi.waitFor(() => expect(contents.sent.some((s) => s.channel === 'file:opened')).toBe(true));
    expect(contents.sent.find((s) => s.channel === 'file:opened')?.payload).toMatchObject({
      source: 'command-line',
      files: [{ name: '用地.geojson', kind: 'geojson', sizeBytes: 2 }],
      rejected: [],
    });
  });

  it('opens a file dropped onto the window (navigation to file://) as if chosen', async () => {
    const contents = fake.record.windows[0]!.webContents;
    const file = join(root, '生态.geojson');
    writeFileSync(file, '{}');
    let prevented = false;
    // The preload reports the trusted file drag over the window first (reportFileDrags).
    for (const listener of fake.record.ipcListeners.get('shell:file-drag') ?? [])
      listener({ sender: contents, senderFrame: contents.mainFrame });
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, `file://${encodeURI(file)}`);
    expect(prevented).toBe(true);
    const dropped = () =>
      contents.sent.map((s) => s.payload as { source?: string; files?: Array<{ name: string }> }).find((p) => p.source === 'drop');
    await vi.waitFor(() => expect(dropped()).toBeDefined());
    expect(dropped()!.files!.map((f) => f.name)).toEqual(['生态.geojson']);
  });

  it('refuses a file:// navigation that no trusted file drag preceded, and one drag opens one file', async () => {
    const contents = fake.record.windows[0]!.webContents;
    const secret = join(root, 'secret.geojson');
    writeFileSync(secret, '{}');
    const sentBefore = contents.sent.length;
    let prevented = 0;
    const drag = (senderFrame: unknown) => {
      for (const listener of fake.record.ipcListeners.get('shell:file-drag') ?? []) listener({ sender: contents, senderFrame });
    };
    // The page navigates by itself; a report from an iframe or a foreign frame does not count as a drag either.
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, `file://${encodeURI(secret)}`);
    drag({ url: 'app://lantu/index.html', parent: contents.mainFrame });
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, `file://${encodeURI(secret)}`);
    drag({ url: 'https://evil.example/', parent: null });
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, `file://${encodeURI(secret)}`);
    // One real drag, then a second navigation riding on it.
    drag(contents.mainFrame);
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, `file://${encodeURI(secret)}`);
    contents.emit('will-navigate', { preventDefault: () => prevented++ }, `file://${encodeURI(secret)}`);
    expect(prevented).toBe(5);
    const opened = () => contents.sent.slice(sentBefore).filter((s) => s.channel === 'file:opened');
    await vi.waitFor(() => expect(opened()).toHaveLength(1));
    await settle();
    expect(opened()).toHaveLength(1);
    expect(opened()[0]!.payload).toMatchObject({ source: 'drop', files: [{ name: 'secret.geojson' }] });
  });

  it('focuses the window and opens the files of a second launch', async () => {
    const window = fake.record.windows[0]!;
    const file = join(root, '交通.gpkg');
    writeFileSync(file, 'x');
    fake.appEvents.emit('second-instance', {}, [], '/', { argv: ['/opt/lantu/lantu', '交通.gpkg'], cwd: root });
    expect(window.focused).toBe(true);
    expect(window.minimized).toBe(false);
    const handed = () => window.webContents.sent.map((s) => s.payload as { source?: string }).find((p) => p.source === 'second-instance');
    await vi.waitFor(() => expect(handed()).toBeDefined());
    expect(handed()).toMatchObject({ source: 'second-instance', files: [{ name: '交通.gpkg', kind: 'geopackage' }], rejected: [] });
    expect(JSON.parse(readFileSync(join(root, 'user', 'recent-files.json'), 'utf8'))[0].path).toBe(file);
  });

  it('opens a recent file from the menu, and drops one that is gone from the list', async () => {
    type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[] };
    const recentItem = (name: string) => {
      const template = (fake.record.menus.at(-1) as { template: MenuItem[] }).template;
      const recent = template[0]!.submenu!.find((item) => item.label === '最近文件')!;
      return recent.submenu!.find((item) => item.label?.endsWith(name));
    };
    const contents = fake.record.windows[0]!.webContents;
    const recentEvents = () =>
      contents.sent
        .map((s) => s.payload as { source?: string; files?: Array<{ name: string }>; rejected?: unknown[] })
        .filter((p) => p.source === 'recent');
    await vi.waitFor(() => expect(recentItem('交通.gpkg')).toBeDefined());
    recentItem('交通.gpkg')!.click!();
    await vi.waitFor(() => expect(recentEvents()).toHaveLength(1));
    expect(recentEvents()[0]).toMatchObject({ files: [{ name: '交通.gpkg' }], rejected: [] });

    rmSync(join(root, '交通.gpkg'));
    recentItem('交通.gpkg')!.click!();
    await vi.waitFor(() => expect(recentEvents()).toHaveLength(2));
    expect(recentEvents()[1]).toMatchObject({ files: [] });
    expect(recentEvents()[1]!.rejected).toHaveLength(1);
    await vi.waitFor(() => expect(recentItem('交通.gpkg')).toBeUndefined());
    expect(readFileSync(join(root, 'user', 'recent-files.json'), 'utf8')).not.toContain('交通.gpkg');
  });

  it('offers to reload after a renderer crash and reloads when accepted, logging it', async () => {
    const window = fake.record.windows[0]!;
    fake.record.messageBoxResponse = 0;
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1));
    expect(fake.record.messageBoxes.at(-1)).toMatchObject({ title: '蓝图窗口崩溃', buttons: ['重新加载', '退出'] });
    expect(window.webContents.reloads).toBe(1);
    expect(readFileSync(join(root, 'user', 'logs', 'lantu.log'), 'utf8')).toContain('Renderer process gone: crashed (exit code 11)');
  });

  it('offers to wait or reload when the window hangs', async () => {
    const window = fake.record.windows[0]!;
    fake.record.messageBoxResponse = 1;
    window.emit('unresponsive');
    await settle();
    expect(fake.record.messageBoxes.at(-1)).toMatchObject({ title: '蓝图无响应', buttons: ['重新加载', '等待'] });
    expect(window.webContents.reloads).toBe(1);
  });

  it('sends menu commands to the renderer', () => {
    const template = (fake.record.menus.at(-1) as { template: Array<{ submenu: Array<{ label?: string; click?: () => void }> }> }).template;
    template[3]!.submenu[0]!.click!();
    expect(fake.record.windows[0]!.webContents.sent.at(-1)).toEqual({ channel: 'menu:command', payload: { command: 'check:run' } });
  });

  it('remembers the window bounds on close', async () => {
    fake.record.windows[0]!.emit('close');
    const statePath = join(root, 'user', 'window-state.json');
    await vi.waitFor(() => expect(readFileSync(statePath, 'utf8')).toContain('maximized'));
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({ x: 240, y: 70, width: 1440, height: 900, maximized: false });
  });
});

describe('a second launch of the bundle', () => {
  it('quits at once when another instance holds the lock', async () => {
    const second = createFakeElectron({ userData: join(root, 'user2'), gotLock: false });
    loadWithFakeElectron(join(root, 'out', 'main', 'index.cjs'), second.electron);
    second.resolveReady();
    await settle();
    expect(second.record.quitCalls).toBe(1);
    expect(second.record.windows).toHaveLength(0);
    expect(second.record.ipcHandlers.size).toBe(0);
  });
});

describe('the built preload bundle against a fake electron', () => {
  it('exposes exactly one function per channel as window.lantu and nothing else', async () => {
    const preloadFake = createFakeElectron({ userData: root });
    loadWithFakeElectron(join(root, 'out', 'preload', 'index.cjs'), preloadFake.electron);
    expect([...preloadFake.record.exposed.keys()]).toEqual(['lantu']);
    const api = preloadFake.record.exposed.get('lantu') as Record<string, (...args: unknown[]) => unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);

    for (const [method, spec] of Object.entries(IPC_CHANNELS)) {
      if (spec.kind !== 'invoke') continue;
      expect(await api[method]!({ probe: method })).toEqual({ ok: true, value: spec.channel });
      expect(preloadFake.record.invocations.at(-1)).toEqual({ channel: spec.channel, args: [{ probe: method }] });
    }
  });

  it('reports trusted file drags over the window to main, and ignores synthetic ones and drags without files', () => {
    const listeners = new Map<string, (event: unknown) => void>();
    const fakeWindow = { addEventListener: (type: string, listener: (event: unknown) => void) => void listeners.set(type, listener) };
    (globalThis as { window?: unknown }).window = fakeWindow;
    try {
      const preloadFake = createFakeElectron({ userData: root });
      loadWithFakeElectron(join(root, 'out', 'preload', 'index.cjs'), preloadFake.electron);
      listeners.get('dragover')!({ isTrusted: false, dataTransfer: { types: ['Files'] } });
      listeners.get('dragenter')!({ isTrusted: true, dataTransfer: { types: ['text/uri-list'] } });
      expect(preloadFake.record.rendererSends).toEqual([]);
      listeners.get('dragenter')!({ isTrusted: true, dataTransfer: { types: ['Files'] } });
      expect(preloadFake.record.rendererSends).toEqual([{ channel: 'shell:file-drag', args: [] }]);
    } finally {
      delete (globalThis as { window?: unknown }).window;
    }
  });

  it('delivers pushed events without the IPC event object and unsubscribes', () => {
    const preloadFake = createFakeElectron({ userData: root });
    loadWithFakeElectron(join(root, 'out', 'preload', 'index.cjs'), preloadFake.electron);
    const api = preloadFake.record.exposed.get('lantu') as Record<string, (callback: (payload: unknown) => void) => () => void>;
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand!((...args) => received.push(args));
    const listeners = preloadFake.record.rendererListeners.get('menu:command')!;
    for (const listener of listeners) listener({ sender: 'secret' }, { command: 'edit:undo' });
    expect(received).toEqual([[{ command: 'edit:undo' }]]);
    unsubscribe();
    expect(listeners.size).toBe(0);
    expect(() => api.onFilesOpened!('not a function' as never)).toThrow(TypeError);
  });
});
