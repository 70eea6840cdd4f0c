// Drives the production build in headless Chromium under the app's CSP with real IndexedDB: the demo
// workspace opens on the map in national colours, the language switch, attribute and vertex edits with
// undo, and a reload that keeps everything. Screenshots of the main views go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { findParcelPoint, loadDemoPlans } from './demoData.ts';
import { readPngPixel } from './readPngPixel.ts';
import { geodesicLengthM } from '../../renderer/map/geodesicMeasure.ts';
import type { Page } from 'playwright-core';
import type { PlanFeature, Position } from '../../engine/model/types.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;

async function ready(p: Page) {
  await p
    .waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 })
    .catch((error: unknown) => {
      throw new Error(`the editor did not start: ${String(error)}; page problems: ${app.problems.list.join(' | ') || 'none'}`);
    });
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
    const ring =
      feature.geometry.type === 'Polygon'
        ? feature.geometry.coordinates[0]!
        : feature.geometry.type === 'MultiPolygon'
          ? feature.geometry.coordinates[0]![0]!
          : [];
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    await page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), [
      Math.min(...xs),
      Math.min(...ys),
      Math.max(...xs),
      Math.max(...ys),
    ] as [number, number, number, number]);
    await rendered(page);
    const [r, g, b] = await samplePixel(page, [point[0], point[1]]);
    expect(Math.abs(r - 187)).toBeLessThanOrEqual(3);
    expect(Math.abs(g - 150)).toBeLessThanOrEqual(3);
    expect(Math.abs(b - 116)).toBeLessThanOrEqual(3);
    const counts = await page.evaluate(() =>
      [...window.lantuEditor!.store.getState().workspace.plans.values()].map((p) => p.features.size),
    );
    expect(counts).toEqual(plans.map((p) => p.features.length));
    await page.evaluate(() => window.lantuMap!.fitAll());
    await rendered(page);
    await page.screenshot({ path: join(SHOTS, 'main-zh.png') });
    expect(app.problems.list).toEqual([]);
  });

  it('shows the layer tree grouped by plan, the legend and the scale bar', async () => {
    const plans = loadDemoPlans();
    for (const plan of plans)
      await expect
        .poll(() => page.locator('[data-testid=layer-tree]').getByText(plan.plan.title, { exact: false }).count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid=legend]').getByText('1001 工业用地').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('.ol-scale-line').count(), { timeout: 10_000 }).toBe(1);
  });

  it('switches the interface to English and back', async () => {
    await expect.poll(() => page.getByRole('button', { name: '运行检查 (F5)' }).count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('language').click();
    await expect.poll(() => page.getByRole('button', { name: 'Run checks (F5)' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByText('Layers', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'main-en.png') });
    await page.getByTestId('language').click();
    await expect.poll(() => page.getByRole('button', { name: '运行检查 (F5)' }).count(), { timeout: 10_000 }).toBe(1);
  });

  it('edits an attribute through the schema form, refuses an invalid code, and undoes', async () => {
    const { feature, point } = findParcelPoint(loadDemoPlans(), '1001');
    await zoomToFeature(page, feature);
    await clickMap(page, [point[0], point[1]]);
    await page.waitForSelector('[data-testid=feature-form]');
    const code = page.locator('#field-YDYHFLDM');
    await code.fill('9999');
    await expect
      .poll(() => page.locator('.field.invalid .field-error').first().textContent(), { timeout: 10_000 })
      .toContain('不在分类代码表中');
    await page.getByTestId('apply-attributes').click();
    await expect
      .poll(() => page.locator('[data-testid=feature-form] [role=alert]').last().textContent(), { timeout: 10_000 })
      .toContain('未保存');
    expect(await historyLength(page)).toBe(0);
    await code.fill('0901');
    await page.getByTestId('apply-attributes').click();
    expect(await historyLength(page)).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'inspector.png') });
    await page.keyboard.press('Escape');
    await rendered(page);
    expect(near(await samplePixel(page, [point[0], point[1]]), [255, 0, 0])).toBe(true);
    await page.keyboard.press('Control+z');
    await rendered(page);
    expect(near(await samplePixel(page, [point[0], point[1]]), [187, 150, 116])).toBe(true);
    expect(
      await page.evaluate((id) => {
        for (const p of window.lantuEditor!.store.getState().workspace.plans.values()) {
          const f = p.features.get(id as never);
          if (f) return f.properties.YDYHFLDM;
        }
        return null;
      }, feature.id),
    ).toBe(feature.properties.YDYHFLDM);
  });

  it('moves a vertex, refuses a self-intersecting edit with a message, and keeps the edit after a reload', async () => {
    const { feature, point } = findParcelPoint(loadDemoPlans(), '1001');
    await zoomToFeature(page, feature);
    await clickMap(page, [point[0], point[1]]);
    await page.waitForSelector('[data-testid=feature-form]');
    await page.locator('[data-tool=modify]').click();
    const ring = outerRing(feature).slice(0, -1);
    const centre: [number, number] = [ring.reduce((n, q) => n + q[0], 0) / ring.length, ring.reduce((n, q) => n + q[1], 0) / ring.length];
    const a = ring[0]!;
    // Drag the first vertex a little towards the centre: a valid edit.
    const moved: [number, number] = [a[0] + (centre[0] - a[0]) * 0.15, a[1] + (centre[1] - a[1]) * 0.15];
    await dragMap(page, [a[0], a[1]], moved);
    await page.waitForFunction(() => window.lantuEditor!.store.getState().past.length === 1);
    const geometry = await featureGeometry(page, feature.id);
    expect(JSON.stringify(geometry)).not.toBe(JSON.stringify(feature.geometry));
    // Drag it beyond the opposite vertex: its two edges now cross the far side (a bow-tie), refused.
    const far = ring[Math.floor(ring.length / 2)]!;
    await dragMap(page, moved, [far[0] + (far[0] - centre[0]) * 0.2, far[1] + (far[1] - centre[1]) * 0.2]);
    await page.waitForSelector('[data-testid=notice][role=alert]');
    await expect.poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 }).toContain('自相交');
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().past.length)).toBe(1);
    expect(await featureGeometry(page, feature.id)).toEqual(geometry);
    await page.screenshot({ path: join(SHOTS, 'vertex-edit.png') });
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    await page.reload();
    await ready(page);
    // A shape edit with its recomputed MJ: one batch of setGeometry + setAttributes.
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().past.map((c) => c.kind))).toEqual(['batch']);
    expect(await featureGeometry(page, feature.id)).toEqual(geometry);
    // The vertex edit followed an undo, so the undone attribute edit is no longer redoable.
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().future.map((c) => c.kind))).toEqual([]);
    await page.keyboard.press('Control+z');
    expect(await featureGeometry(page, feature.id)).toEqual(feature.geometry);
  });

  it('draws a new polygon into the chosen layer, asks for its required fields, deletes it and undoes', async () => {
    const plans = loadDemoPlans();
    const land = plans.find((p) => p.plan.kind === 'land')!;
    const { feature } = findParcelPoint(plans, '1001');
    await zoomToFeature(page, feature);
    // 绘制到 is an antd Select: open it and pick the land plan's 规划用地用海 layer by its label.
    await page.getByTestId('draw-target').click();
    await page
      .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${land.plan.title} / 规划用地用海"]`)
      .click();
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().drawTarget)).toEqual({ planId: land.plan.id, layer: 'GHYDYH' });
    await page.locator('[data-tool=drawPolygon]').click();
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    const pts = [
      [0.3, 0.3],
      [0.5, 0.3],
      [0.5, 0.5],
      [0.3, 0.5],
    ].map(([fx, fy]) => ({ x: box.x + box.width * fx!, y: box.y + box.height * fy! }));
    const count = () =>
      page.evaluate((id) => window.lantuEditor!.store.getState().workspace.plans.get(id as never)!.features.size, land.plan.id);
    const before = await count();
    for (const p of pts) await page.mouse.click(p.x, p.y);
    await page.mouse.click(pts[0]!.x, pts[0]!.y);
    await page.waitForFunction(() => window.lantuEditor!.store.getState().past.at(-1)?.kind === 'addFeature');
    expect(await count()).toBe(before + 1);
    await page.waitForSelector('[data-testid=feature-form]');
    await expect.poll(() => page.locator('.field.invalid .field-error').first().textContent(), { timeout: 10_000 }).toContain('必填');
    await page.screenshot({ path: join(SHOTS, 'draw-polygon.png') });
    await page.keyboard.press('Escape');
    const added = await page.evaluate(() => {
      const c = window.lantuEditor!.store.getState().past.at(-1)!;
      return c.kind === 'addFeature' ? { planId: c.planId, featureId: c.feature.id } : null;
    });
    await page.evaluate((ref) => window.lantuEditor!.store.getState().select(ref as never), added);
    await page.getByTestId('status-bar').click();
    await page.keyboard.press('Delete');
    expect(await count()).toBe(before);
    await page.keyboard.press('Control+z');
    expect(await count()).toBe(before + 1);
    await page.keyboard.press('Control+z');
    expect(await count()).toBe(before);
  });

  it('measures a distance and an area on the ellipsoid', async () => {
    await page.locator('[data-tool=measureLength]').click();
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    // Whole page pixels: Chromium delivers a click's position in whole pixels, and the map's box may not start on one.
    const at = (fx: number, fy: number) => ({ x: Math.round(box.x + box.width * fx), y: Math.round(box.y + box.height * fy) });
    const a = at(0.3, 0.5);
    const b = at(0.7, 0.5);
    await page.mouse.click(a.x, a.y);
    await page.mouse.dblclick(b.x, b.y);
    const ends = await page.evaluate(
      ([p, q, origin]) => [
        window.lantuMap!.lonLatOf([p!.x - origin!.x, p!.y - origin!.y]),
        window.lantuMap!.lonLatOf([q!.x - origin!.x, q!.y - origin!.y]),
      ],
      [a, b, { x: box.x, y: box.y }],
    );
    // The geodesic on GRS80 between the clicked points, to the centimetre the readout shows (polled: the readout
    // shows the finished line on React's next render, the line being drawn before it).
    const metres = async () => Number(/([\d.]+) m/.exec((await page.getByTestId('measure-result').textContent())!)?.[1]);
    await expect
      .poll(async () => Math.abs((await metres()) - geodesicLengthM(ends)), { timeout: 10_000 })
      .toBeLessThan(0.02 + geodesicLengthM(ends) * 1e-6);
    await page.locator('[data-tool=measureArea]').click();
    const c = at(0.5, 0.8);
    await page.mouse.click(a.x, a.y);
    await page.mouse.click(b.x, b.y);
    await page.mouse.dblclick(c.x, c.y);
    await expect.poll(() => page.getByTestId('measure-result').textContent(), { timeout: 10_000 }).toMatch(/公顷 \/ [\d.]+ 亩/);
    await page.screenshot({ path: join(SHOTS, 'measure.png') });
    await page.keyboard.press('Escape');
  });

  it('shows what to do first in an empty workspace, and reopens it empty', async () => {
    await page.evaluate(() =>
      window.lantuEditor!.openWorkspace({
        format: 'lantu-workspace',
        schemaVersion: '1.0.0',
        plans: [],
        rulePack: null,
        targets: null,
        history: { past: [], future: [] },
        view: { language: 'zh', layerViews: {}, planOrder: [] },
      }),
    );
    await page.waitForSelector('[data-testid=empty-workspace]');
    await expect(page.getByTestId('empty-workspace').textContent()).resolves.toContain('导入部门规划');
    await page.screenshot({ path: join(SHOTS, 'empty-workspace.png') });
    await page.reload();
    await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 150_000 });
    await page.waitForSelector('[data-testid=empty-workspace]');
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.length)).toBe(0);
  });
});

function near(rgb: [number, number, number], want: [number, number, number]): boolean {
  return rgb.every((v, i) => Math.abs(v - want[i]!) <= 3);
}

function outerRing(feature: PlanFeature): Position[] {
  const g = feature.geometry;
  return g.type === 'Polygon' ? g.coordinates[0]! : g.type === 'MultiPolygon' ? g.coordinates[0]![0]! : [];
}

async function zoomToFeature(p: Page, feature: PlanFeature) {
  const ring = outerRing(feature);
  const xs = ring.map((q) => q[0]);
  const ys = ring.map((q) => q[1]);
  await p.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [
    number,
    number,
    number,
    number,
  ]);
  await rendered(p);
}

async function pagePoint(p: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const pixel = await p.evaluate((ll) => window.lantuMap!.pixelOf(ll), lonLat);
  const box = (await p.locator('[data-testid=map]').boundingBox())!;
  return { x: box.x + pixel![0], y: box.y + pixel![1] };
}

async function clickMap(p: Page, lonLat: [number, number]) {
  const at = await pagePoint(p, lonLat);
  await p.mouse.click(at.x, at.y);
}

async function dragMap(p: Page, from: [number, number], to: [number, number]) {
  const a = await pagePoint(p, from);
  const b = await pagePoint(p, to);
  await p.mouse.move(a.x, a.y);
  await p.mouse.down();
  for (let i = 1; i <= 5; i++) await p.mouse.move(a.x + ((b.x - a.x) * i) / 5, a.y + ((b.y - a.y) * i) / 5);
  await p.mouse.up();
}

async function historyLength(p: Page): Promise<number> {
  return p.evaluate(() => window.lantuEditor!.store.getState().past.length);
}

async function featureGeometry(p: Page, id: string): Promise<unknown> {
  return p.evaluate((fid) => {
    for (const plan of window.lantuEditor!.store.getState().workspace.plans.values()) {
      const f = plan.features.get(fid as never);
      if (f) return f.geometry;
    }
    return null;
  }, id);
}
