// Find and the attribute table by keyboard and modifier clicks, in the production build in headless Chromium at
// 1366×768: ↑/↓ move through the find results and Enter takes the highlighted one; a long result ends in an
// ellipsis with its layer name whole; Shift/Ctrl-clicks pick table rows without selecting page text, while a
// cell's text can still be selected to copy; a parcel clicked on the map while the table shows another layer
// switches the table to its layer and scrolls to its row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './support/index.ts';
import { findParcelPoint, loadDemoPlans } from './demoData.ts';

let app: OpenApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  page.setDefaultTimeout(30_000);
  await page.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
});

afterAll(async () => {
  await app?.close();
});

const activeResult = () =>
  page.evaluate(() => document.querySelector('[data-testid=find-result][aria-selected=true]')?.getAttribute('data-feature-id') ?? null);

describe('find by keyboard', () => {
  it('moves through the results with ↑/↓ and takes the highlighted one with Enter', async () => {
    // A BSM the demo's 永久基本农田, 自然保护地, 产业项目 and 交通设施 share: four results.
    const input = page.getByTestId('find-input');
    await input.fill('419001000020000001');
    await page.getByTestId('find-result').first().waitFor();
    const ids = await page.getByTestId('find-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-feature-id')!));
    expect(ids).toHaveLength(4);
    expect(await activeResult()).toBeNull();
    await input.press('ArrowDown');
    await expect.poll(() => activeResult(), { timeout: 10_000 }).toBe(ids[0]);
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    await expect.poll(() => activeResult(), { timeout: 10_000 }).toBe(ids[2]);
    await input.press('ArrowUp');
    await expect.poll(() => activeResult(), { timeout: 10_000 }).toBe(ids[1]);
    expect(await input.getAttribute('aria-activedescendant')).toBe('find-result-1');
    await input.press('Enter');
    await page.waitForFunction((id) => window.lantuEditor!.store.getState().selection?.featureId === id, ids[1]);
    await expect.poll(() => page.getByTestId('find-results').count(), { timeout: 10_000 }).toBe(0);
  });

  it('ends a long result in an ellipsis and keeps its layer name whole', async () => {
    const feature = loadDemoPlans()
      .flatMap((p) => p.features)
      .find((f) => f.properties.BSM === '419001000020000001' && f.layer === 'GYXM')!;
    await page.getByTestId('find-input').fill('');
    await page.getByTestId('find-input').fill('419001000020000001');
    const hit = page.locator(`[data-testid=find-result][data-feature-id="${feature.id}"]`);
    await hit.waitFor();
    const look = await hit.evaluate((row) => {
      const list = row.closest<HTMLElement>('[data-testid=find-results]')!;
      const name = row.querySelector<HTMLElement>('.find-name')!;
      const layer = row.querySelector<HTMLElement>('.find-layer')!;
      return {
        nameCut: name.scrollWidth > name.clientWidth,
        ellipsis: getComputedStyle(name).textOverflow,
        layer: layer.textContent,
        layerWhole: layer.scrollWidth <= layer.clientWidth + 1 && layer.getBoundingClientRect().right <= list.getBoundingClientRect().right,
        listScrollsSideways: list.scrollWidth > list.clientWidth,
      };
    });
    expect(look).toEqual({ nameCut: true, ellipsis: 'ellipsis', layer: '产业项目', layerWhole: true, listScrollsSideways: false });
    await page.getByTestId('find-input').fill('');
  });
});

describe('attribute table modifier clicks', () => {
  it('picks rows with Shift and Ctrl without selecting page text, and still lets a cell’s text be selected', async () => {
    // A 规划用地用海 parcel selected: the table shows that layer (thousands of rows), not the last find's small one.
    await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      for (const [planId, plan] of s.workspace.plans)
        for (const [featureId, f] of plan.features) if (f.layer === 'GHYDYH') return s.select({ planId, featureId });
    });
    await page.getByTestId('attribute-table-tab').click();
    await page.getByTestId('table-row').nth(5).waitFor();
    const rows = page.getByTestId('table-row');
    const selectedText = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
    await rows.nth(0).click();
    await rows.nth(3).click({ modifiers: ['Shift'] });
    // Checked after each click: a later plain mousedown would collapse a text selection the shift-click made.
    expect(await selectedText()).toBe('');
    await rows.nth(5).click({ modifiers: ['Control'] });
    await expect.poll(() => page.locator('[data-testid=table-row][aria-selected=true]').count(), { timeout: 10_000 }).toBe(5);
    expect(await selectedText()).toBe('');
    // A double-click on a cell still selects its text (to copy it).
    const cell = rows.nth(1).locator('.table-cell').first();
    const text = (await cell.textContent())!.trim();
    expect(text).not.toBe('');
    await cell.dblclick();
    expect((await selectedText()).trim()).not.toBe('');
    expect(text).toContain((await selectedText()).trim());
    expect(app.problems.list).toEqual([]);
  });
});

describe('attribute table and map', () => {
  it('scrolls to a parcel clicked on the map when the click switches the table to its layer', async () => {
    // A 1303 parcel: hundreds of rows down the 规划用地用海 table, out of view at its top.
    const { feature, point } = findParcelPoint(loadDemoPlans(), '1303');
    await page.getByTestId('attribute-table-tab').click();
    const industry = await page
      .getByTestId('table-layer')
      .evaluate((select: HTMLSelectElement) => [...select.options].map((o) => o.value).find((v) => v.endsWith('/GYXM'))!);
    await page.getByTestId('table-layer').selectOption(industry);
    await page.locator(`[data-testid=attribute-table][data-layer="${industry}"] [data-testid=table-row]`).first().waitFor();
    const ring = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates[0]! : [];
    const xs = ring.map((q) => q[0]);
    const ys = ring.map((q) => q[1]);
    const extent = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [number, number, number, number];
    await page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), extent);
    await page.evaluate(() => window.lantuMap!.whenRendered());
    const pixel = (await page.evaluate((ll) => window.lantuMap!.pixelOf(ll), [point[0], point[1]] as [number, number]))!;
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    await page.mouse.click(box.x + pixel[0], box.y + pixel[1]);
    await page.waitForFunction((id) => window.lantuEditor!.store.getState().selection?.featureId === id, feature.id);
    await expect.poll(() => page.getByTestId('table-layer').inputValue(), { timeout: 10_000 }).toMatch(/\/GHYDYH$/);
    // The selected row is in the page and wholly inside the table's viewport, below its sticky head.
    const rowInView = () =>
      page.evaluate((id) => {
        const row = document.querySelector<HTMLElement>(`[data-testid=table-row][data-feature-id="${id}"]`);
        if (!row) return 'not rendered';
        const scroll = document.querySelector<HTMLElement>('[data-testid=table-scroll]')!;
        const view = scroll.getBoundingClientRect();
        const head = scroll.querySelector<HTMLElement>('.table-head')!.getBoundingClientRect();
        const r = row.getBoundingClientRect();
        return r.top >= head.bottom - 0.5 && r.bottom <= view.bottom + 0.5 ? 'in view' : `at ${r.top}, view ${head.bottom}–${view.bottom}`;
      }, feature.id);
    await expect.poll(rowInView, { timeout: 10_000 }).toBe('in view');
    await expect.poll(() => page.getByTestId('table-count').textContent(), { timeout: 10_000 }).toMatch(/已选 1$/);
    expect(app.problems.list).toEqual([]);
  });
});
