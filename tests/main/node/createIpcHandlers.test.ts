import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_METHODS, type UiLanguage } from '../../../engine/ipc/index.ts';
import { packWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import { createIpcHandlers, type ShellPorts } from '../../../main/node/createIpcHandlers.ts';
import { createFileGrants } from '../../../main/node/fileGrants.ts';
import { createRotatingLog } from '../../../main/node/rotatingLog.ts';
import { MALFORMED_REQUESTS } from '../../engine/ipc/ipcRequestExamples.ts';

const APP = { frameUrl: 'app://lantu/index.html', isMainFrame: true };
const workspaceBytes = packWorkspaceFile(
  { 'workspace.json': new TextEncoder().encode('{"name":"济源"}') },
  { createdAt: '2026-11-27T00:00:00Z', generator: 'test' },
);

let dir: string;
let openAnswers: string[][];
let saveAnswers: Array<string | undefined>;
let events: string[];
let language: UiLanguage;
/** What the fake PDF renderer (the Electron boundary) was given, and what it answers. */
let rendered: string[];
let pdfAnswer: Uint8Array | Error;

function setup() {
  const log = createRotatingLog({ dir: join(dir, 'user', 'logs') });
  const ports: ShellPorts = {
    showOpenDialog: async (options) => {
      events.push(`open:${options.title}:${options.multiple}:${options.filters.map((f) => f.extensions.join(',')).join('|')}`);
      return openAnswers.shift() ?? [];
    },
    showSaveDialog: async (options) => {
      events.push(`save:${options.defaultName}:${options.filters[0]?.extensions.join(',')}`);
      return saveAnswers.shift();
    },
    openFolder: async (path) => void events.push(`folder:${path}`),
    renderPdf: async (html) => {
      rendered.push(html);
      if (pdfAnswer instanceof Error) throw pdfAnswer;
      return pdfAnswer;
    },
    appInfo: () => ({
      name: '蓝图 Lantu',
      version: '0.1.0',
      electronVersion: '45',
      chromeVersion: '140',
      nodeVersion: '22',
      platform: 'linux',
    }),
    languageChanged: (lang) => void events.push(`language:${lang}`),
    recentFilesChanged: () => void events.push('recent-changed'),
    now: () => new Date('2026-11-27T09:00:00Z'),
  };
  const handlers = createIpcHandlers({
    ports,
    grants: createFileGrants(),
    log,
    recentFilesPath: join(dir, 'user', 'recent-files.json'),
    journalDir: join(dir, 'user', 'pending-writes'),
    language: { get: () => language, set: (lang) => void (language = lang) },
  });
  return { handlers, log };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-ipc-'));
  openAnswers = [];
  saveAnswers = [];
  events = [];
  language = 'zh';
  rendered = [];
  pdfAnswer = new TextEncoder().encode('%PDF-1.7 fake');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createIpcHandlers', () => {
  it('refuses requests from an iframe, another origin or a closed frame, and logs them', async () => {
    const { handlers, log } = setup();
    for (const sender of [
      { frameUrl: 'app://lantu/index.html', isMainFrame: false },
      { frameUrl: 'https://evil.example/', isMainFrame: true },
      { frameUrl: 'file:///tmp/x.html', isMainFrame: true },
      { frameUrl: '', isMainFrame: true },
    ]) {
      const result = await handlers.handle('getAppInfo', undefined, sender);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('foreign-sender');
    }
    expect(readFileSync(log.currentPath, 'utf8')).toContain('IPC app:get-info refused: sender frame https://evil.example/');
  });

  it.each(INVOKE_METHODS)('rejects malformed %s requests before acting', async (method) => {
    const { handlers } = setup();
    for (const request of MALFORMED_REQUESTS[method]) {
      const result = await handlers.handle(method, request, APP);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-request');
    }
    expect(events).toEqual([]);
  });

  it('opens chosen plan files by id only, and reads their bytes', async () => {
    const { handlers } = setup();
    writeFileSync(join(dir, '用地.geojson'), '{"type":"FeatureCollection"}');
    writeFileSync(join(dir, 'w.lantu'), workspaceBytes);
    openAnswers.push([join(dir, '用地.geojson'), join(dir, 'w.lantu')]);
    const chosen = await handlers.handle('chooseFilesToOpen', { purpose: 'plan' }, APP);
    expect(chosen.ok && chosen.value.map((f) => [f.name, f.kind, f.sizeBytes])).toEqual([['用地.geojson', 'geojson', 28]]);
    expect(events[0]).toMatch(/^open:导入规划:true:json,geojson,zip,shp,dbf,shx,prj,cpg,gpkg\|/);
    if (!chosen.ok) return;
    const bytes = await handlers.handle('readFileBytes', { fileId: chosen.value[0]!.fileId }, APP);
    expect(bytes.ok && new TextDecoder().decode(bytes.value)).toBe('{"type":"FeatureCollection"}');
    const unknown = await handlers.handle('readFileBytes', { fileId: '00000000-0000-0000-0000-000000000000' }, APP);
    expect(!unknown.ok && unknown.error).toEqual({
      code: 'unknown-file',
      message: '未知的文件标识 00000000-0000-0000-0000-000000000000：只能读写用户选择过的文件。',
    });
  });

  it('returns an empty list when the open dialog is cancelled', async () => {
    const { handlers } = setup();
    expect(await handlers.handle('chooseFilesToOpen', { purpose: 'plan' }, APP)).toEqual({ ok: true, value: [] });
  });

  it('saves export bytes atomically where the user chose, adding the extension', async () => {
    const { handlers } = setup();
    saveAnswers.push(join(dir, '济源蓝图'), undefined);
    const saved = await handlers.handle(
      'saveFileBytes',
      { suggestedName: '济源蓝图.zip', format: 'zip', bytes: new Uint8Array([1, 2, 3]) },
      APP,
    );
    expect(saved.ok && saved.value).toMatchObject({ name: '济源蓝图.zip', sizeBytes: 3 });
    expect([...readFileSync(join(dir, '济源蓝图.zip'))]).toEqual([1, 2, 3]);
    expect(events).toEqual(['save:济源蓝图.zip:zip']);
    expect(await handlers.handle('saveFileBytes', { suggestedName: 'x.csv', format: 'csv', bytes: new Uint8Array(1) }, APP)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('saves a 专题图 PNG with a PNG filter, adding .png', async () => {
    const { handlers } = setup();
    saveAnswers.push(join(dir, '济源市多规合一专题图'));
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    const saved = await handlers.handle('saveFileBytes', { suggestedName: '济源市多规合一专题图.png', format: 'png', bytes: png }, APP);
    expect(saved.ok && saved.value).toMatchObject({ name: '济源市多规合一专题图.png', sizeBytes: 8 });
    expect([...readFileSync(join(dir, '济源市多规合一专题图.png'))]).toEqual([...png]);
    expect(events).toEqual(['save:济源市多规合一专题图.png:png']);
  });

  it('renders a report to PDF only after the save dialog, sealed by a CSP, and writes it atomically over the chosen file', async () => {
    const { handlers } = setup();
    const target = join(dir, '合规性审查报告-济源光伏.pdf');
    writeFileSync(target, 'old report, much longer than the new one');
    saveAnswers.push(join(dir, '合规性审查报告-济源光伏'), undefined);
    const html = '<!doctype html><html><head><style>p{}</style></head><body><p>济源光伏</p></body></html>';
    const saved = await handlers.handle('saveReportPdf', { suggestedName: '合规性审查报告-济源光伏.pdf', html }, APP);
    expect(saved.ok && saved.value).toMatchObject({ name: '合规性审查报告-济源光伏.pdf', sizeBytes: 13 });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(readdirSync(dir).sort()).toEqual(['user', '合规性审查报告-济源光伏.pdf']);
    expect(events).toEqual(['save:合规性审查报告-济源光伏.pdf:pdf']);
    expect(rendered).toEqual([
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; form-action 'none'; base-uri 'none'"><style>p{}</style></head><body><p>济源光伏</p></body></html>`,
    ]);
    // Cancelled: nothing is rendered.
    expect(await handlers.handle('saveReportPdf', { suggestedName: 'x.pdf', html }, APP)).toEqual({ ok: true, value: null });
    expect(rendered).toHaveLength(1);
  });

  it('names the PDF file when rendering or writing fails, and leaves the previous file as it was', async () => {
    const { handlers, log } = setup();
    const target = join(dir, '报告.pdf');
    writeFileSync(target, 'previous');
    pdfAnswer = new Error('render-process-gone');
    saveAnswers.push(target);
    const zh = await handlers.handle('saveReportPdf', { suggestedName: '报告.pdf', html: '<p>x</p>' }, APP);
    expect(!zh.ok && zh.error).toEqual({ code: 'io', message: `生成 PDF ${target} 失败（未写入文件，详见日志）` });
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readFileSync(log.currentPath, 'utf8')).toContain(`Rendering the PDF for ${target} failed: render-process-gone`);
    language = 'en';
    saveAnswers.push(target);
    const en = await handlers.handle('saveReportPdf', { suggestedName: '报告.pdf', html: '<p>x</p>' }, APP);
    expect(!en.ok && en.error.message).toBe(`Rendering the PDF ${target} failed (nothing was written): render-process-gone`);
    pdfAnswer = new Uint8Array([37, 80, 68, 70]);
    const missing = join(dir, 'no-such-folder', '报告.pdf');
    saveAnswers.push(missing);
    const io = await handlers.handle('saveReportPdf', { suggestedName: '报告.pdf', html: '<p>x</p>' }, APP);
    expect(!io.ok && io.error.code).toBe('io');
    expect(!io.ok && io.error.message).toContain(`Writing ${missing} failed (the previous file is unchanged)`);
  });

  it('reports a write failure with the path and keeps going', async () => {
    const { handlers } = setup();
    saveAnswers.push(join(dir, 'no-such-folder', 'out.zip'));
    const result = await handlers.handle('saveFileBytes', { suggestedName: 'out.zip', format: 'zip', bytes: new Uint8Array(1) }, APP);
    expect(!result.ok && result.error.code).toBe('io');
    expect(!result.ok && result.error.message).toContain(`写入 ${join(dir, 'no-such-folder', 'out.zip')} 失败（原文件保持不变）`);
  });

  it('tells a write failure in the UI language only, about the target and never the temporary file', async () => {
    const { handlers } = setup();
    const target = join(dir, 'no-such-folder', 'out.zip');
    saveAnswers.push(target);
    const zh = await handlers.handle('saveFileBytes', { suggestedName: 'out.zip', format: 'zip', bytes: new Uint8Array(1) }, APP);
    expect(!zh.ok && zh.error.message).toBe(`写入 ${target} 失败（原文件保持不变）：无法写入 ${target}：所在的文件夹不存在`);
    expect(!zh.ok && zh.error.message).not.toMatch(/lantu-tmp|ENOENT|no such file/);
  });

  it('opens a valid workspace file and refuses a damaged one with the container message', async () => {
    const { handlers } = setup();
    writeFileSync(join(dir, 'good.lantu'), workspaceBytes);
    writeFileSync(join(dir, 'bad.lantu'), workspaceBytes.slice(0, workspaceBytes.length - 10));
    openAnswers.push([join(dir, 'good.lantu')], [join(dir, 'bad.lantu')], []);
    const good = await handlers.handle('openWorkspaceFile', undefined, APP);
    expect(good.ok && good.value && good.value.file.name).toBe('good.lantu');
    expect(good.ok && good.value && good.value.bytes).toEqual(workspaceBytes);
    const bad = await handlers.handle('openWorkspaceFile', undefined, APP);
    expect(!bad.ok && bad.error.code).toBe('invalid-workspace');
    expect(!bad.ok && bad.error.message).toMatch(/^无法打开 bad\.lantu：.*当前工作空间未作改动。$/);
    expect(await handlers.handle('openWorkspaceFile', undefined, APP)).toEqual({ ok: true, value: null });
  });

  it('saves a workspace through the dialog, then in place by id, and refuses invalid bytes or a non-workspace target', async () => {
    const { handlers } = setup();
    saveAnswers.push(join(dir, '济源'));
    const first = await handlers.handle('saveWorkspaceFile', { bytes: workspaceBytes, suggestedName: '济源.lantu' }, APP);
    expect(first.ok && first.value?.name).toBe('济源.lantu');
    if (!first.ok || !first.value) return;
    const again = await handlers.handle(
      'saveWorkspaceFile',
      { bytes: workspaceBytes, suggestedName: '济源.lantu', fileId: first.value.fileId },
      APP,
    );
    expect(again.ok).toBe(true);
    expect(events.filter((e) => e.startsWith('save:'))).toHaveLength(1);
    const invalid = await handlers.handle(
      'saveWorkspaceFile',
      { bytes: new Uint8Array([1, 2]), suggestedName: 'x.lantu', fileId: first.value.fileId },
      APP,
    );
    expect(!invalid.ok && invalid.error.code).toBe('invalid-workspace');
    expect(new Uint8Array(readFileSync(join(dir, '济源.lantu')))).toEqual(workspaceBytes);

    writeFileSync(join(dir, 'plan.geojson'), '{}');
    openAnswers.push([join(dir, 'plan.geojson')]);
    const plan = await handlers.handle('chooseFilesToOpen', { purpose: 'plan' }, APP);
    const overPlan = await handlers.handle(
      'saveWorkspaceFile',
      { bytes: workspaceBytes, suggestedName: 'x.lantu', fileId: plan.ok ? plan.value[0]!.fileId : '' },
      APP,
    );
    expect(!overPlan.ok && overPlan.error.code).toBe('bad-request');
    expect(readFileSync(join(dir, 'plan.geojson'), 'utf8')).toBe('{}');
    expect(readdirSync(join(dir, 'user', 'pending-writes'))).toEqual([]);
  });

  it('remembers opened and saved files as recent, newest first, and clears them', async () => {
    const { handlers } = setup();
    writeFileSync(join(dir, 'a.geojson'), '{}');
    writeFileSync(join(dir, 'b.gpkg'), 'x');
    openAnswers.push([join(dir, 'a.geojson')], [join(dir, 'b.gpkg')]);
    await handlers.handle('chooseFilesToOpen', { purpose: 'plan' }, APP);
    await handlers.handle('chooseFilesToOpen', { purpose: 'plan' }, APP);
    rmSync(join(dir, 'a.geojson'));
    const recent = await handlers.handle('listRecentFiles', undefined, APP);
    expect(recent.ok && recent.value.map((r) => [r.name, r.kind, r.exists, r.openedAt])).toEqual([
      ['b.gpkg', 'geopackage', true, '2026-11-27T09:00:00.000Z'],
      ['a.geojson', 'geojson', false, '2026-11-27T09:00:00.000Z'],
    ]);
    const read = recent.ok ? await handlers.handle('readFileBytes', { fileId: recent.value[0]!.fileId }, APP) : undefined;
    expect(read?.ok && new TextDecoder().decode(read.value)).toBe('x');
    expect(events.filter((e) => e === 'recent-changed')).toHaveLength(2);
    await handlers.handle('clearRecentFiles', undefined, APP);
    expect(await handlers.handle('listRecentFiles', undefined, APP)).toEqual({ ok: true, value: [] });
  });

  it('reports app info, switches language, logs renderer errors and opens the log folder', async () => {
    const { handlers, log } = setup();
    const info = await handlers.handle('getAppInfo', undefined, APP);
    expect(info.ok && info.value).toMatchObject({ name: '蓝图 Lantu', language: 'zh', logDir: log.dir });
    expect(await handlers.handle('setUiLanguage', { language: 'en' }, APP)).toEqual({ ok: true, value: null });
    expect(language).toBe('en');
    await handlers.handle('writeLogEntry', { level: 'error', message: 'TypeError: x is undefined', detail: 'at App.tsx:10' }, APP);
    expect(readFileSync(log.currentPath, 'utf8')).toMatch(/ERROR \[renderer\] TypeError: x is undefined\n {2}at App\.tsx:10\n/);
    await handlers.handle('openLogFolder', undefined, APP);
    expect(events).toEqual(['language:en', `folder:${log.dir}`]);
    const english = await handlers.handle('readFileBytes', { fileId: 'abc' }, APP);
    expect(!english.ok && english.error.message).toMatch(/^IPC request file:read-bytes rejected/);
  });
});
