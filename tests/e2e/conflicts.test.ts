// Drives the conflict workflow in Chromium against the production build under the app's CSP: F5 runs the
// default rule pack in the rules worker and lists exactly the demo's expected conflicts; selecting one
// brings its region into view and highlights it; an edit re-checks the affected conflicts on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { demoDir } from './demoData.ts';
import { readPngPixel } from './readPngPixel.ts';

interface ExpectedConflict {
  rule: string;
  severity: string;
  subject: { id: string } | null;
  object: { id: string } | null;
  areaM2?: number;
}

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const expectedFile = join(demoDir(), 'expected-conflicts.json');
let app: OpenApp;
let page: Page;

const signature = (c: { rule: string; severity: string; subject: string | null; object: string | null }) =>
  `${c.rule}|${c.severity}|${c.subject ?? '-'}|${c.object ?? '-'}`;

async function listed(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    window
      .lantuEditor!.store.getState()
      .conflicts.map((c) => [c.ruleId, c.severity, c.subject?.featureId ?? '-', c.object?.featureId ?? '-'].join('|')),
  );
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ viewport: { width: 1440, height: 900 } });
  page = app.page;
  await page
    .waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 })
    .catch((error: unknown) => {
      throw new Error(`the editor did not start: ${String(error)}; page problems: ${app.problems.list.join(' | ') || 'none'}`);
    });
});

afterAll(async () => {
  await app?.close();
});

/** Picks an entry of one of the conflict list's antd Select filters by its label. */
async function chooseOption(p: Page, filterClass: string, label: string) {
  await p.locator(`.filters .${filterClass}`).click();
  await p.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`).click();
  await p.waitForFunction(() => document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').length === 0);
}

describe('the conflict list in Chromium', () => {
  it('runs the checks with F5 in the worker and lists exactly the expected conflicts', async () => {
    expect(existsSync(expectedFile)).toBe(true);
    const expected = (JSON.parse(readFileSync(expectedFile, 'utf8')) as { conflicts: ExpectedConflict[] }).conflicts;
    await page.getByTestId('status-bar').click();
    await page.keyboard.press('F5');
    await page.waitForFunction(
      () => window.lantuEditor!.store.getState().checked && !window.lantuEditor!.store.getState().progress.running,
      null,
      { timeout: 110_000 },
    );
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().checkError)).toBeNull();
    const got = (await listed(page)).sort();
    const want = expected
      .map((c) => signature({ rule: c.rule, severity: c.severity, subject: c.subject?.id ?? null, object: c.object?.id ?? null }))
      .sort();
    expect(got).toEqual(want);
    const blockers = expected.filter((c) => c.severity === 'blocker').length;
    await expect.poll(() => page.getByTestId('count-blocker').textContent(), { timeout: 10_000 }).toContain(String(blockers));
    await expect
      .poll(() => page.getByTestId('conflict-count').textContent(), { timeout: 10_000 })
      .toBe(`${expected.length} / ${expected.length}`);
    await page.screenshot({ path: join(SHOTS, 'conflicts.png') });
    expect(app.problems.list).toEqual([]);
  });

  it('filters by severity and rule and searches', async () => {
    await chooseOption(page, 'filter-severity', '阻断');
    const blockers = await page.getByTestId('conflict-count').textContent();
    // A rule is listed with its title ("R01 …"), in the chosen language.
    const r01Title = await page.evaluate(
      () => window.lantuEditor!.store.getState().workspace.rulePack!.rules.find((r) => r.id === 'R01')!.title,
    );
    await chooseOption(page, 'filter-rule', `R01 ${r01Title}`);
    const r01 = await page.evaluate(
      () => window.lantuEditor!.store.getState().conflicts.filter((c) => c.ruleId === 'R01' && c.severity === 'blocker').length,
    );
    await expect.poll(() => page.getByTestId('conflict-count').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^${r01} / `));
    expect(blockers).not.toBe(await page.getByTestId('conflict-count').textContent());
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().filters)).toMatchObject({ severity: 'blocker', ruleId: 'R01' });
    await chooseOption(page, 'filter-rule', '规则: 全部');
    await chooseOption(page, 'filter-severity', '严重程度: 全部');
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().filters)).toMatchObject({ severity: '', ruleId: '' });
  });

  it('brings a selected conflict into view and highlights its region over both features', async () => {
    await page.getByTestId('conflict-search').fill('R08');
    const row = page.locator('[data-testid=conflict-row][data-rule=R08]').first();
    const key = await row.getAttribute('data-conflict-key');
    await row.click();
    await page.evaluate(() => window.lantuMap!.whenRendered());
    const region = await page.evaluate((k) => window.lantuEditor!.store.getState().conflicts.find((c) => c.key === k)!.region, key);
    expect(region).not.toBeNull();
    // A point of the region (its first vertex nudged inwards) is in view and drawn in the highlight colour.
    const inside = await page.evaluate((k) => {
      const c = window.lantuEditor!.store.getState().conflicts.find((x) => x.key === k)!;
      const g = c.region!;
      const ring = g.type === 'Polygon' ? g.coordinates[0]! : g.type === 'MultiPolygon' ? g.coordinates[0]![0]! : [];
      const cx = ring.reduce((n, p) => n + p[0], 0) / ring.length;
      const cy = ring.reduce((n, p) => n + p[1], 0) / ring.length;
      return [cx, cy] as [number, number];
    }, key);
    const pixel = await page.evaluate((ll) => window.lantuMap!.pixelOf(ll), inside);
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    expect(pixel![0]).toBeGreaterThan(0);
    expect(pixel![0]).toBeLessThan(box.width);
    expect(pixel![1]).toBeGreaterThan(0);
    expect(pixel![1]).toBeLessThan(box.height);
    const [r, g, b] = readPngPixel(
      await page.screenshot({ clip: { x: Math.round(box.x + pixel![0]), y: Math.round(box.y + pixel![1]), width: 1, height: 1 } }),
    );
    expect(r).toBeGreaterThan(g + 60);
    expect(r).toBeGreaterThan(b + 40);
    await expect.poll(() => page.getByTestId('inspector-conflict').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('legal-basis').textContent(), { timeout: 10_000 }).not.toBe('—');
    await page.screenshot({ path: join(SHOTS, 'conflict-selected.png') });
    // The main window at a workstation size, for people to look at (docs/screenshot-main.png is a copy).
    await page.setViewportSize({ width: 1680, height: 1000 });
    await page.evaluate(() => window.lantuMap!.whenRendered());
    await page.screenshot({ path: join(SHOTS, 'main-window.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('conflict-search').fill('');
  });

  it('re-checks the affected conflicts after an attribute edit, and undo restores them', async () => {
    const before = (await listed(page)).sort();
    // Change an R08 subject (construction land on farmland) to farmland use: its R08 conflict disappears.
    const target = await page.evaluate(() => {
      const c = window.lantuEditor!.store.getState().conflicts.find((x) => x.ruleId === 'R08' && x.subject?.layer === 'GHYDYH')!;
      return { planId: c.subject!.planId, featureId: c.subject!.featureId, key: c.key };
    });
    await page.evaluate(
      (t) => window.lantuEditor!.store.getState().select({ planId: t.planId as never, featureId: t.featureId as never }),
      target,
    );
    await page.waitForSelector('[data-testid=feature-form]');
    await page.locator('#field-YDYHFLDM').fill('0103');
    await page.getByTestId('apply-attributes').click();
    await page.waitForFunction((k) => !window.lantuEditor!.store.getState().conflicts.some((c) => c.key === k), target.key, {
      timeout: 60_000,
    });
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().staleKeys.size)).toBe(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((k) => window.lantuEditor!.store.getState().conflicts.some((c) => c.key === k), target.key, {
      timeout: 60_000,
    });
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    expect((await listed(page)).sort()).toEqual(before);
  });

  it('re-checks a conflict after a vertex of its feature moves', async () => {
    const target = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      const c = s.conflicts.find((x) => x.ruleId === 'R08' && x.subject?.layer === 'GHYDYH')!;
      const f = s.workspace.plans.get(c.subject!.planId as never)!.features.get(c.subject!.featureId as never)!;
      return { planId: c.subject!.planId, featureId: c.subject!.featureId, key: c.key, regionHash: c.regionHash, geometry: f.geometry };
    });
    const ring = (
      target.geometry.type === 'Polygon'
        ? target.geometry.coordinates[0]!
        : target.geometry.type === 'MultiPolygon'
          ? target.geometry.coordinates[0]![0]!
          : []
    ).slice(0, -1);
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    await page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), [
      Math.min(...xs),
      Math.min(...ys),
      Math.max(...xs),
      Math.max(...ys),
    ] as [number, number, number, number]);
    await page.evaluate(
      (t) => window.lantuEditor!.store.getState().select({ planId: t.planId as never, featureId: t.featureId as never }),
      target,
    );
    await page.locator('[data-tool=modify]').click();
    await page.evaluate(() => window.lantuMap!.whenRendered());
    const centre: [number, number] = [xs.reduce((a, b) => a + b, 0) / xs.length, ys.reduce((a, b) => a + b, 0) / ys.length];
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    const at = async (ll: [number, number]) => {
      const p = (await page.evaluate((x) => window.lantuMap!.pixelOf(x), ll))!;
      return { x: box.x + p[0], y: box.y + p[1] };
    };
    // Pull every vertex halfway to the centre, one drag each: the overlap with the farmland shrinks.
    for (const v of ring) {
      const from = await at([v[0], v[1]]);
      const to = await at([v[0] + (centre[0] - v[0]) * 0.5, v[1] + (centre[1] - v[1]) * 0.5]);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 4; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 4, from.y + ((to.y - from.y) * i) / 4);
      await page.mouse.up();
    }
    // A shape edit is a setGeometry, or a batch of it with the recomputed MJ.
    await page.waitForFunction(() =>
      window
        .lantuEditor!.store.getState()
        .past.some((c) => c.kind === 'setGeometry' || (c.kind === 'batch' && c.commands[0]?.kind === 'setGeometry')),
    );
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    const after = await page.evaluate(
      (k) => window.lantuEditor!.store.getState().conflicts.find((c) => c.key === k)?.regionHash ?? null,
      target.key,
    );
    expect(after).not.toBe(target.regionHash);
    await page.screenshot({ path: join(SHOTS, 'vertex-recheck.png') });
    await page.keyboard.press('Escape');
    while (await page.evaluate(() => window.lantuEditor!.store.getState().past.length > 0))
      await page.evaluate(() => window.lantuEditor!.store.getState().undo());
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    await page.waitForFunction(
      (t) => window.lantuEditor!.store.getState().conflicts.find((c) => c.key === t.key)?.regionHash === t.regionHash,
      target,
      { timeout: 60_000 },
    );
  });

  it("subtracts the other feature's footprint: the conflict goes, undo brings it back", async () => {
    const key = await page.evaluate(() => {
      // A parcel only partly on the farmland: subtracting leaves the rest of it.
      const overlapRules = ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R08', 'R09'];
      const polygonLayers = ['GHYDYH', 'GYXM', 'STBHHX', 'YJJBNT'];
      const c = window
        .lantuEditor!.store.getState()
        .conflicts.find(
          (x) =>
            overlapRules.includes(x.ruleId) &&
            polygonLayers.includes(x.subject?.layer ?? '') &&
            x.object !== null &&
            (x.shares.subject ?? 1) < 0.9,
        )!;
      window.lantuEditor!.store.getState().selectConflict(c.key);
      return c.key;
    });
    await page.getByTestId('subtract-other').click();
    await page.waitForFunction((k) => !window.lantuEditor!.store.getState().conflicts.some((c) => c.key === k), key, { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 }).toContain('扣除');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((k) => window.lantuEditor!.store.getState().conflicts.some((c) => c.key === k), key, { timeout: 60_000 });
  });

  it('cancels a running check and keeps the previous list', async () => {
    const before = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts.length);
    await page.getByTestId('run-checks').click();
    await page.getByTestId('cancel-checks').click();
    await page.waitForFunction(() => !window.lantuEditor!.store.getState().progress.running, null, { timeout: 60_000 });
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().conflicts.length)).toBe(before);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().checkError)).toBeNull();
  });
});
