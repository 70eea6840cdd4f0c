// Results survive a reload, in the production build in headless Chromium under the app's CSP with real
// IndexedDB: after a check, a reload shows the same conflicts without checking again, and the map comes back
// at the same centre, zoom and rotation; edits the check never saw (the page died before the re-check) are
// marked stale with their counts after the reload, and only they are re-checked, giving a full check's result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;

declare global {
  interface Window {
    __staleTexts?: string[];
  }
}

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
}

type Stripped = { key: string; hash: string; severity: string };
const conflictsNow = (p: Page) =>
  p.evaluate(() =>
    window.lantuEditor!.store.getState().conflicts.map((c) => ({ key: c.key, hash: c.regionHash, severity: c.severity })),
  ) as Promise<Stripped[]>;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  await ready(page);
});

afterAll(async () => {
  await app?.close();
});

describe('results and view after a reload', () => {
  let checked: Stripped[] = [];
  let fullMs = 0;

  it('shows the last check’s conflicts and the same map view after a reload, without checking again', async () => {
    fullMs = await page.evaluate(async () => {
      const t0 = performance.now();
      await window.lantuEditor!.checks.runAll();
      await window.lantuEditor!.checks.idle();
      return performance.now() - t0;
    });
    checked = await conflictsNow(page);
    expect(checked.length).toBeGreaterThan(5);
    // A view that is not the full extent: zoomed to a conflict, then rotated with Alt+Shift+drag.
    const extent = await page.evaluate(() => {
      const c = window.lantuEditor!.store.getState().conflicts.find((x) => x.region)!;
      const ring = (
        c.region!.type === 'Polygon' ? c.region!.coordinates[0] : c.region!.type === 'MultiPolygon' ? c.region!.coordinates[0]![0] : []
      )!;
      const xs = ring.map((q) => q[0]!);
      const ys = ring.map((q) => q[1]!);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as [number, number, number, number];
    });
    await page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), extent);
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + box.width * (0.7 - i * 0.05), box.y + box.height * (0.3 + i * 0.05));
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.evaluate(() => window.lantuMap!.whenRendered());
    const view = await page.evaluate(() => window.lantuMap!.viewState());
    expect(Math.abs(view.rotation)).toBeGreaterThan(0.01);
    await page.evaluate(() => window.lantuEditor!.autosave.flush());

    await page.reload();
    await ready(page);
    const state = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      return {
        checked: s.checked,
        running: s.progress.running,
        unchecked: s.uncheckedFeatureIds.length,
        stale: s.staleKeys.size,
        checkedAt: s.checkedAt,
      };
    });
    expect(state).toMatchObject({ checked: true, running: false, unchecked: 0, stale: 0 });
    expect(state.checkedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await conflictsNow(page)).toEqual(checked);
    await expect.poll(() => page.getByTestId('count-not-checked').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('check-stale').count(), { timeout: 10_000 }).toBe(0);
    // The status bar says when the results it shows were computed, in local time to the minute.
    const at = new Date(state.checkedAt!);
    const two = (n: number) => String(n).padStart(2, '0');
    const local = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
    await expect.poll(() => page.getByTestId('check-time').textContent(), { timeout: 10_000 }).toBe(`检查于 ${local}`);
    await expect.poll(() => page.getByTestId('conflict-count').textContent(), { timeout: 10_000 }).toContain(`/ ${checked.length}`);
    const restored = await page.evaluate(() => window.lantuMap!.viewState());
    expect(Math.abs(restored.centre[0] - view.centre[0])).toBeLessThan(1e-7);
    expect(Math.abs(restored.centre[1] - view.centre[1])).toBeLessThan(1e-7);
    expect(restored.zoom).toBeCloseTo(view.zoom, 6);
    expect(restored.rotation).toBeCloseTo(view.rotation, 6);
    await page.screenshot({ path: 'test-results/e2e/results-after-reload.png' });
  });

  it('marks edits made after the check as stale after a reload and re-checks only them, as a full check would', async () => {
    // The page dies before the re-check: no checks service sees the edit (the autosave log still stores it).
    await page.evaluate(() => window.lantuEditor!.checks.dispose());
    const edited = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      const c = s.conflicts.find((x) => x.subject && x.object && x.ruleId !== 'quality')!;
      const ref = c.subject!;
      const f = s.workspace.plans.get(ref.planId as never)!.features.get(ref.featureId as never)!;
      const involved = s.conflicts.filter((x) => x.subject?.featureId === f.id || x.object?.featureId === f.id).length;
      // Moved 40 m east: its conflicts' regions change.
      const shift = (g: unknown): unknown =>
        Array.isArray(g) && typeof g[0] === 'number' ? [(g[0] as number) + 0.00045, g[1]] : Array.isArray(g) ? g.map(shift) : g;
      const after = { ...f.geometry, coordinates: shift((f.geometry as { coordinates: unknown }).coordinates) } as typeof f.geometry;
      s.execute({ kind: 'setGeometry', planId: ref.planId as never, featureId: f.id, before: f.geometry, after });
      return { id: f.id, involved };
    });
    expect(edited.involved).toBeGreaterThan(0);
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    await app.context.addInitScript(() => {
      window.__staleTexts = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid=check-stale]')?.textContent;
        if (text && window.__staleTexts!.at(-1) !== text) window.__staleTexts!.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const t0 = Date.now();
    await page.reload();
    await ready(page);
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    const resumeMs = Date.now() - t0;
    const texts = await page.evaluate(() => window.__staleTexts ?? []);
    expect(texts[0]).toBe(`检查后已修改 1 个要素，${edited.involved} 条冲突待复检 · 正在复检改动…`);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().uncheckedFeatureIds)).toEqual([]);
    await expect.poll(() => page.getByTestId('check-stale').count(), { timeout: 10_000 }).toBe(0);
    const resumed = await conflictsNow(page);
    const fullAgainMs = await page.evaluate(async () => {
      const t = performance.now();
      await window.lantuEditor!.checks.runAll();
      return performance.now() - t;
    });
    expect(resumed).toEqual(await conflictsNow(page));
    expect(resumed).not.toEqual(checked);
    console.log(
      `[resultsReload] full check ${fullMs.toFixed(0)} ms; reload + restore + re-check of 1 edited feature ${resumeMs} ms; full check again ${fullAgainMs.toFixed(0)} ms`,
    );
    expect(app.problems.list).toEqual([]);
  });
});
