// The 数据源 page in the production build, headless Chromium under the app's CSP. The browser build says (zh and en)
// that database connections need the desktop app and offers no controls; with a stand-in preload bridge
// (`window.lantu`, the Electron boundary, answering from fixtures) the page adds a source, tests it, lists its
// layers, reads one into the import dialog and shows the published version against the local workspace.
// Screenshots at 1366×768 and 1920×1080.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;

async function ready(p: Page) {
  await p
    .waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 150_000 })
    .catch((error: unknown) => {
      throw new Error(`the editor did not start: ${String(error)}; page problems: ${app.problems.list.join(' | ') || 'none'}`);
    });
}

/** A stand-in preload bridge: data-source answers from fixtures; every call is recorded in window.__calls. */
function fakeBridge() {
  const calls: Array<[string, unknown]> = [];
  (window as unknown as { __calls: typeof calls }).__calls = calls;
  const ok = (value: unknown) => Promise.resolve({ ok: true, value });
  const sources: unknown[] = [];
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } },
    features: [
      {
        type: 'Feature',
        properties: { BSM: '419001000010000001', HXMC: '红线一' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.6, 35.05],
              [112.61, 35.05],
              [112.61, 35.06],
              [112.6, 35.05],
            ],
          ],
        },
      },
    ],
  });
  const station = {
    station: { stationId: 's-1', stationName: '自然资源局-王工', stationCode: 'ZRZY', role: 'bureau', createdAt: '2026-12-01T00:00:00Z' },
    passphraseRequired: false,
    unlocked: true,
  };
  const answers: Record<string, (r: Record<string, unknown>) => Promise<unknown>> = {
    getStation: () => ok(station),
    setUiLanguage: () => ok(null),
    listRecentFiles: () => ok([]),
    writeLogEntry: () => ok(null),
    listTrustedKeys: () => ok({ keys: [], log: [] }),
    listDataSources: () => ok(sources),
    addDataSource: (r) => {
      const added = {
        id: `ds-${sources.length + 1}`,
        name: r.name,
        connection: r.connection,
        schema: r.schema ?? 'lantu',
        hasPassword: !!r.password,
      };
      sources.push(added);
      return ok(added);
    },
    removeDataSource: () => ok(null),
    listDataSourceLayers: () => ok([{ schema: 'dept', table: 'stbhhx', geometryColumn: 'geom', geometryType: 'POLYGON', srid: 4490 }]),
    readDataSourceLayer: () => ok({ file: 'dept.stbhhx.geojson', bytes: new TextEncoder().encode(geojson), rows: 1 }),
    getPublishedVersion: () =>
      ok({
        version: 3,
        packageSha256: 'ab'.repeat(32),
        created: '2099-01-01T00:00:00.000Z',
        publishedAt: '2099-01-01T00:05:00.000Z',
        status: 'final',
      }),
  };
  window.lantu = new Proxy({} as NonNullable<typeof window.lantu>, {
    get: (_t, method: string) =>
      method.startsWith('on')
        ? () => () => undefined
        : (request: Record<string, unknown>) => {
            calls.push([method, request]);
            return (
              answers[method]?.(request ?? {}) ?? Promise.resolve({ ok: false, error: { code: 'internal', message: `fake: ${method}` } })
            );
          },
  });
}

async function openDataSources(p: Page) {
  await p.locator('[data-testid=datasource-tab]').click();
  await p.locator('[data-testid=datasource-page]').waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  page.setDefaultTimeout(30_000);
  await ready(page);
}, 200_000);

afterAll(async () => {
  await app?.close();
});

describe('数据源 in the browser build', () => {
  it('says database connections need the desktop app, in Chinese and in English, with no controls', async () => {
    await openDataSources(page);
    const notice = page.locator('[data-testid=datasource-needs-desktop]');
    await expect(notice.textContent()).resolves.toContain('数据库连接需要桌面版蓝图');
    expect(await page.locator('[data-testid=datasource-page] button, [data-testid=datasource-page] input').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'datasources-browser-1366.png') });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect(notice.textContent()).resolves.toContain('Database connections need the Lantu desktop app');
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
  });
});

describe('数据源 over a stand-in desktop bridge', () => {
  it('adds a source, tests it, lists and reads a layer into the import dialog, and compares the published version', async () => {
    await page.addInitScript(fakeBridge);
    await page.reload();
    await ready(page);
    await openDataSources(page);
    await page.locator('[data-testid=datasource-add]').click();
    await page.locator('[data-testid=datasource-name]').fill('共享平台');
    await page.locator('[data-testid=datasource-host]').fill('10.0.0.5');
    await page.locator('[data-testid=datasource-db]').fill('gis');
    await page.locator('[data-testid=datasource-user]').fill('clerk');
    await page.locator('[data-testid=datasource-password]').fill('S3cret-pw');
    await page.locator('[data-testid=datasource-save]').click();
    await page.locator('[data-testid=datasource-test-ds-1]').click();
    await expect(page.locator('[data-testid=datasource-message]').textContent()).resolves.toContain('连接成功：1 个空间图层');
    const layers = page.locator('[data-testid=datasource-layers]');
    await expect(layers.textContent()).resolves.toMatch(/dept\.stbhhx.*POLYGON.*4490/);
    // No local edit since the demo opened: the workspace is taken as the published one (newer/older: unit test).
    await expect(page.locator('[data-testid=datasource-relation]').getAttribute('data-relation')).resolves.toBe('same');
    await expect(page.locator('[data-testid=datasource-relation]').textContent()).resolves.toContain('本地工作空间与已发布版本相同');
    await expect(page.locator('[data-testid=datasource-published]').textContent()).resolves.toContain('版本 3');
    const calls = await page.evaluate(() => (window as unknown as { __calls: Array<[string, unknown]> }).__calls);
    const add = calls.find(([m]) => m === 'addDataSource')![1];
    expect(add).toEqual({
      name: '共享平台',
      connection: 'host=10.0.0.5 dbname=gis user=clerk sslmode=require',
      schema: 'lantu',
      password: 'S3cret-pw',
    });
    // The password is never shown back.
    await expect(page.locator('[data-testid=datasource-list]').textContent()).resolves.toContain('已保存口令');
    expect(await page.locator('[data-testid=datasource-page]').textContent()).not.toContain('S3cret-pw');
    expect(await page.locator('[data-testid=datasource-page] input[type=password]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'datasources-desktop-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'datasources-desktop-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    await page.locator('[data-testid="datasource-read-dept.stbhhx"]').click();
    await expect(layers.textContent()).resolves.toMatch(/POLYGON\s*4490\s*1/);
    await expect(page.locator('[data-testid=import-file]').textContent()).resolves.toContain('dept.stbhhx.geojson');
    await page.screenshot({ path: join(SHOTS, 'datasources-import-1366.png') });
    const after = await page.evaluate(() => (window as unknown as { __calls: Array<[string, unknown]> }).__calls);
    expect(after.find(([m]) => m === 'readDataSourceLayer')![1]).toEqual({ id: 'ds-1', layer: 'dept.stbhhx' });
  });
});
