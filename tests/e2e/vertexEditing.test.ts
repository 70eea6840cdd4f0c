// 编辑节点 in the production build in headless Chromium under the app's CSP: every vertex of the selected shape
// gets a handle (pixel check), a vertex drag recomputes MJ in the same undoable command so that MJ equals the
// form header's area (the engine's GRS80 ellipsoidal area, 2 decimals), and MJ looks and behaves read-only; the
// handles stay after the automatic re-check; a changed 用地用海 code renames the class (read-only) in the same edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { findParcelPoint, loadDemoPlans } from './demoData.ts';
import { readPngPixel } from './readPngPixel.ts';
import { ellipsoidalAreaM2 } from '../../engine/geometry/ellipsoidalAreaM2.ts';
import { roundM2 } from '../../engine/geometry/areaUnits.ts';
import type { Geometry, PlanFeature, Position } from '../../engine/model/types.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
});

afterAll(async () => {
  await app?.close();
});

describe('vertex editing', () => {
  it('draws a handle on every vertex in 编辑节点, and none in 选择', async () => {
    const { feature, point } = findParcelPoint(loadDemoPlans(), '1001');
    await zoomToFeature(page, feature);
    await clickMap(page, [point[0], point[1]]);
    await page.waitForSelector('[data-testid=feature-form]');
    const ring = outerRing(feature).slice(0, -1);
    const corners = await clearVertices(page, ring, ring);
    expect(corners.length).toBeGreaterThanOrEqual(3);
    // Selected, not editing: the vertices carry the blue selection outline, not a white handle.
    for (const v of corners) expect(isHandle(await samplePixel(page, [v[0], v[1]]))).toBe(false);
    await page.locator('[data-tool=modify]').click();
    // Away from the toolbar: its tooltip would cover the map's top edge.
    const bar = (await page.getByTestId('status-bar').boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await page.waitForTimeout(300);
    await rendered(page);
    await page.screenshot({ path: join(SHOTS, 'vertex-handles.png') });
    const pixels = [];
    for (const v of corners) pixels.push(await samplePixel(page, [v[0], v[1]]));
    expect(pixels.map(isHandle), JSON.stringify(pixels)).toEqual(corners.map(() => true));
    // Between two vertices (mid-edge) there is no handle: the handles mark vertices, not the outline.
    const mid: [number, number] = [(ring[0]![0] + ring[1]![0]) / 2, (ring[0]![1] + ring[1]![1]) / 2];
    const a = await pagePoint(page, [ring[0]![0], ring[0]![1]]);
    const b = await pagePoint(page, [ring[1]![0], ring[1]![1]]);
    if (Math.hypot(a.x - b.x, a.y - b.y) > 30) expect(isHandle(await samplePixel(page, mid))).toBe(false);
  });

  it('recomputes MJ with a vertex drag, equal to the header’s area, and one undo restores both', async () => {
    const { feature } = findParcelPoint(loadDemoPlans(), '1001');
    const ring = outerRing(feature).slice(0, -1);
    const centre: [number, number] = [ring.reduce((n, q) => n + q[0], 0) / ring.length, ring.reduce((n, q) => n + q[1], 0) / ring.length];
    const v = ring[0]!;
    const mjBefore = await page.locator('#field-MJ').inputValue();
    // A first check, so that the edit is re-checked automatically; then count the conflict-list replacements:
    // the re-check after the drag makes one.
    await page.evaluate(async () => {
      await window.lantuEditor!.checks.runAll();
      await window.lantuEditor!.checks.idle();
      const w = window as unknown as { conflictUpdates: number };
      w.conflictUpdates = 0;
      window.lantuEditor!.store.subscribe((s, prev) => void (s.conflicts !== prev.conflicts && w.conflictUpdates++));
    });
    await dragMap(page, [v[0], v[1]], [v[0] + (centre[0] - v[0]) * 0.2, v[1] + (centre[1] - v[1]) * 0.2]);
    await page.waitForFunction(() => window.lantuEditor!.store.getState().past.length === 1);
    const command = await page.evaluate(() => {
      const c = window.lantuEditor!.store.getState().past[0]!;
      return c.kind === 'batch' ? c.commands.map((x) => x.kind) : [c.kind];
    });
    expect(command).toEqual(['setGeometry', 'setAttributes']);
    const geometry = (await featureOf(page, feature.id))!.geometry;
    const expected = roundM2(ellipsoidalAreaM2(geometry));
    await page.waitForFunction(
      (want) => (document.querySelector('#field-MJ') as HTMLInputElement | null)?.value === String(want),
      expected,
    );
    expect(Number(await page.locator('#field-MJ').inputValue())).toBe(expected);
    await expect
      .poll(async () => Number(await page.getByTestId('feature-area').getAttribute('data-area-m2')), { timeout: 10_000 })
      .toBe(expected);
    expect((await featureOf(page, feature.id))!.properties.MJ).toBe(expected);
    expect(String(expected)).not.toBe(mjBefore);
    // The handles stay on the edited shape, also once the automatic re-check has replaced the conflict list.
    const editedRing = outerRing({ ...feature, geometry } as PlanFeature).slice(0, -1);
    const edited = await clearVertices(page, editedRing, editedRing);
    expect(edited.length).toBeGreaterThanOrEqual(3);
    expect(await handlesAt(page, edited)).toEqual(edited.map(() => true));
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    expect(await page.evaluate(() => (window as unknown as { conflictUpdates: number }).conflictUpdates)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().tool)).toBe('modify');
    expect(await handlesAt(page, edited)).toEqual(edited.map(() => true));
    await page.keyboard.press('Escape');
    await page.getByTestId('status-bar').click();
    await page.keyboard.press('Control+z');
    const undone = (await featureOf(page, feature.id))!;
    expect(undone.geometry).toEqual(feature.geometry);
    expect(undone.properties.MJ).toEqual(feature.properties.MJ);
  });

  it('shows MJ read-only: not editable, out of the tab order, grey, labelled 自动计算', async () => {
    const { feature, point } = findParcelPoint(loadDemoPlans(), '1001');
    await page.locator('[data-tool=select]').click();
    await zoomToFeature(page, feature);
    await clickMap(page, [point[0], point[1]]);
    await page.waitForSelector('#field-MJ');
    const mj = page.locator('#field-MJ');
    expect(await mj.getAttribute('readonly')).not.toBeNull();
    expect(await mj.getAttribute('tabindex')).toBe('-1');
    expect(await mj.getAttribute('aria-readonly')).toBe('true');
    const look = await mj.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, border: s.borderTopColor };
    });
    expect(look.background).toBe('rgb(238, 240, 243)');
    expect(look.border).toBe('rgba(0, 0, 0, 0)');
    await expect(page.locator('.field.readonly').filter({ has: mj }).locator('.readonly-tag').textContent()).resolves.toBe('自动计算');
    // Tabbing through the form never lands on MJ.
    const visited: string[] = [];
    await page.locator('[data-testid=feature-form] input:not([readonly])').first().focus();
    for (let i = 0; i < 30; i++) {
      visited.push(await page.evaluate(() => document.activeElement?.id ?? ''));
      await page.keyboard.press('Tab');
    }
    expect(visited).not.toContain('field-MJ');
    await mj.click();
    await page.keyboard.type('1');
    expect(await mj.inputValue()).toBe(String(feature.properties.MJ ?? ''));
    await page.locator('[data-testid=feature-form]').screenshot({ path: join(SHOTS, 'feature-form-readonly.png') });
    expect(app.problems.list).toEqual([]);
  });

  it('renames the class with its code in one undoable edit: 0103 旱地 → 0101 水田, the name read-only', async () => {
    const { feature, point } = findParcelPoint(loadDemoPlans(), '0103');
    expect(feature.properties.YDYHFLMC).toBe('旱地');
    await zoomToFeature(page, feature);
    await clickMap(page, [point[0], point[1]]);
    await page.waitForFunction((id) => window.lantuEditor!.store.getState().selection?.featureId === id, feature.id);
    const name = page.locator('#field-YDYHFLMC');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await name.getAttribute('tabindex')).toBe('-1');
    await expect(page.locator('.field.readonly').filter({ has: name }).locator('.readonly-tag').textContent()).resolves.toBe('自动计算');
    const pastBefore = await page.evaluate(() => window.lantuEditor!.store.getState().past.length);
    await page.locator('#field-YDYHFLDM').fill('0101');
    // Closes the code picker's list (it could cover 应用).
    await page.locator('[data-testid=feature-form] h3').click();
    // The form shows the name the code will give before it is applied.
    await page.waitForFunction(() => (document.querySelector('#field-YDYHFLMC') as HTMLInputElement).value === '水田');
    await page.getByTestId('apply-attributes').click();
    await page.waitForFunction((n) => window.lantuEditor!.store.getState().past.length === n + 1, pastBefore);
    const saved = (await featureOf(page, feature.id))!.properties;
    expect([saved.YDYHFLDM, saved.YDYHFLMC]).toEqual(['0101', '水田']);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().past.at(-1)!.kind)).toBe('setAttributes');
    await page.getByTestId('status-bar').click();
    await page.keyboard.press('Control+z');
    const undone = (await featureOf(page, feature.id))!.properties;
    expect([undone.YDYHFLDM, undone.YDYHFLMC]).toEqual(['0103', '旱地']);
    expect(app.problems.list).toEqual([]);
  });
});

/**
 * The vertices whose handle centre can be read: nothing covers them (the zoom buttons or the find box can sit over
 * a corner near the map's edge) and no other vertex of the ring is within 16 px (its handle would overlap).
 */
async function clearVertices(p: Page, vertices: Position[], ring: Position[]): Promise<Position[]> {
  const points = [];
  for (const v of ring) points.push(await pagePoint(p, [v[0], v[1]]));
  const free: Position[] = [];
  for (const v of vertices) {
    const at = await pagePoint(p, [v[0], v[1]]);
    if (points.some((q) => q !== at && Math.hypot(q.x - at.x, q.y - at.y) > 0.5 && Math.hypot(q.x - at.x, q.y - at.y) < 16)) continue;
    if (await p.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName === 'CANVAS', [at.x, at.y])) free.push(v);
  }
  return free;
}

/** Whether a handle is drawn on each vertex, with the pointer parked on the status bar (off the map). */
async function handlesAt(p: Page, vertices: Position[]): Promise<boolean[]> {
  const bar = (await p.getByTestId('status-bar').boundingBox())!;
  await p.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await rendered(p);
  const found = [];
  for (const v of vertices) found.push(isHandle(await samplePixel(p, [v[0], v[1]])));
  return found;
}

/** A vertex handle's centre: the white fill (the selection outline there is blue). */
function isHandle([r, g, b]: [number, number, number]): boolean {
  return r >= 245 && g >= 245 && b >= 245;
}

function outerRing(feature: PlanFeature): Position[] {
  const g = feature.geometry;
  return g.type === 'Polygon' ? g.coordinates[0]! : g.type === 'MultiPolygon' ? g.coordinates[0]![0]! : [];
}

async function rendered(p: Page) {
  await p.evaluate(() => window.lantuMap!.whenRendered());
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

async function samplePixel(p: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const at = await pagePoint(p, lonLat);
  return readPngPixel(await p.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 } }));
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

async function featureOf(p: Page, id: string): Promise<{ geometry: Geometry; properties: Record<string, unknown> } | null> {
  return p.evaluate((fid) => {
    for (const plan of window.lantuEditor!.store.getState().workspace.plans.values()) {
      const f = plan.features.get(fid as never);
      if (f) return { geometry: f.geometry, properties: f.properties };
    }
    return null;
  }, id) as never;
}
