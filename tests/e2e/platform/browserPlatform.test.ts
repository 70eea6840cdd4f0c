// The browser platform adapter in Chromium under the app's CSP: file chooser, downloads, drag and drop,
// keyboard file commands, and workspace files that round-trip through a download and an upload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, watchPageProblems, type PageProblems, type StaticServer } from '../support/index.ts';
import { unpackWorkspaceFile } from '../../../engine/workspaceFile/index.ts';

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-browser-platform-'));
  writeFileSync(
    join(dir, 'entry.ts'),
    `
import { createBrowserPlatform } from ${JSON.stringify(join(process.cwd(), 'renderer/services/platform/createBrowserPlatform.ts'))};
const platform = createBrowserPlatform({ window, now: () => new Date('2026-11-27T00:00:00Z') });
const log: unknown[] = [];
platform.onMenuCommand((command) => log.push({ command }));
platform.onFilesOpened(async (opened) => {
  const files = [];
  for (const f of opened.files) files.push({ name: f.name, kind: f.kind, text: new TextDecoder().decode(await f.read()) });
  log.push({ source: opened.source, files, rejected: opened.rejected.map((r) => r.name) });
});
Object.assign(window, { platform, log });
`,
  );
  await build({
    entryPoints: [join(dir, 'entry.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'site', 'app.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'site', 'index.html'),
    '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/app.js"></script><body><p>lantu</p></body>',
  );
  server = await serveStatic(join(dir, 'site'));
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  problems = await watchPageProblems(page);
  await page.goto(server.url);
  await page.waitForFunction(() => 'platform' in window);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('createBrowserPlatform in Chromium', () => {
  it('picks plan files through a file input filtered to plan formats', async () => {
    writeFileSync(join(dir, '用地.geojson'), '{"type":"FeatureCollection","features":[]}');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.evaluate(() => {
        (window as any).picked = (window as any).platform
          .pickPlanFiles()
          .then(async (files: any[]) =>
            Promise.all(
              files.map(async (f) => ({ name: f.name, kind: f.kind, size: f.sizeBytes, text: new TextDecoder().decode(await f.read()) })),
            ),
          );
      }),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    expect(await chooser.element().getAttribute('accept')).toBe('.json,.geojson,.zip,.shp,.dbf,.shx,.prj,.cpg,.gpkg');
    await chooser.setFiles(join(dir, '用地.geojson'));
    expect(await page.evaluate(() => (window as any).picked)).toEqual([
      { name: '用地.geojson', kind: 'geojson', size: 42, text: '{"type":"FeatureCollection","features":[]}' },
    ]);
  });

  it('saves a workspace as a .lantu download that verifies, and opens it again through a file input', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() =>
        (window as any).platform.saveWorkspace(new Map([['workspace.json', new TextEncoder().encode('{"名称":"济源"}')]]), {
          suggestedName: '济源',
        }),
      ),
    ]);
    expect(download.suggestedFilename()).toBe('济源.lantu');
    const saved = join(dir, 'saved.lantu');
    await download.saveAs(saved);
    const unpacked = unpackWorkspaceFile(new Uint8Array(readFileSync(saved)));
    expect(unpacked.ok && new TextDecoder().decode(unpacked.files.get('workspace.json'))).toBe('{"名称":"济源"}');

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.evaluate(() => {
        (window as any).reopened = (window as any).platform
          .openWorkspace()
          .then((w: any) => ({ name: w.target.name, text: new TextDecoder().decode(w.files.get('workspace.json')) }));
      }),
    ]);
    await chooser.setFiles(saved);
    expect(await page.evaluate(() => (window as any).reopened)).toEqual({ name: 'saved.lantu', text: '{"名称":"济源"}' });
  });

  it('refuses a damaged workspace file with the Chinese message', async () => {
    const damaged = join(dir, '坏.lantu');
    writeFileSync(damaged, 'PK\u0003\u0004 not really a zip');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.evaluate(() => {
        (window as any).refused = (window as any).platform.openWorkspace().then(
          () => 'opened',
          (e: any) => ({ name: e.name, code: e.code, message: e.message }),
        );
      }),
    ]);
    await chooser.setFiles(damaged);
    expect(await page.evaluate(() => (window as any).refused)).toEqual({
      name: 'PlatformError',
      code: 'invalid-workspace',
      message: '无法打开 坏.lantu：它不是有效的 zip 压缩包（文件可能已损坏或不完整）。当前工作空间未作改动。',
    });
  });

  it('saves export bytes as a download with the suggested name', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(() =>
        (window as any).platform.saveFile(new TextEncoder().encode('a,b\n1,2\n'), { suggestedName: '冲突.csv', format: 'csv' }),
      ),
    ]);
    expect(download.suggestedFilename()).toBe('冲突.csv');
    const path = join(dir, 'out.csv');
    await download.saveAs(path);
    expect(readFileSync(path, 'utf8')).toBe('a,b\n1,2\n');
  });

  it('opens files dropped on the window and refuses other formats', async () => {
    await page.evaluate(() => {
      (window as any).log.length = 0;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{"a":1}'], '交通.geojson'));
      transfer.items.add(new File(['x'], '说明.docx'));
      const over = new DragEvent('dragover', { dataTransfer: transfer, cancelable: true, bubbles: true });
      document.body.dispatchEvent(over);
      (window as any).overPrevented = over.defaultPrevented;
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
    });
    await page.waitForFunction(() => (window as any).log.length > 0);
    expect(await page.evaluate(() => (window as any).overPrevented)).toBe(true);
    expect(await page.evaluate(() => (window as any).log)).toEqual([
      { source: 'drop', files: [{ name: '交通.geojson', kind: 'geojson', text: '{"a":1}' }], rejected: ['说明.docx'] },
    ]);
  });

  it('turns Ctrl+O, Ctrl+S and Ctrl+E into menu commands', async () => {
    await page.evaluate(() => ((window as any).log.length = 0));
    await page.keyboard.press('Control+o');
    await page.keyboard.press('Control+s');
    await page.keyboard.press('Control+e');
    await page.keyboard.press('Control+z');
    expect(await page.evaluate(() => (window as any).log)).toEqual([
      { command: 'plan:import' },
      { command: 'workspace:save' },
      { command: 'blueprint:export' },
    ]);
  });

  it('ran without errors or CSP violations', () => {
    expect(problems.list.join('\n')).toBe('');
  });
});
