// The bulk-proposal preview in the production build (headless Chromium, real IndexedDB):
// on the demo, F5 → filter R08 → preview lists per feature its area before and after, the parcels of the
// 用地用海 layer keep their area and take the policy use (never listed as vanishing), the feature that would vanish is named, and applying
// needs the explicit confirmation; the feature count then changes exactly as the preview said. A filter whose
// proposals remove nothing (R09, parcels wholly inside farmland take the policy's 耕地) needs no confirmation,
// and the resolution panel asks again before a single yield removes a feature.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;

const featureIds = (p: Page) =>
  p.evaluate(() => {
    const ws = window.lantuEditor!.store.getState().workspace;
    return ws.planOrder.flatMap((id) => [...ws.plans.get(id)!.features.keys()] as string[]);
  });

async function preview(p: Page, ruleId: string) {
  await p.evaluate((r) => window.lantuEditor!.store.getState().setFilters({ ruleId: r }), ruleId);
  await p.getByTestId('bulk-preview').click();
  await p.waitForSelector('[data-testid=bulk-features]');
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1600, height: 900 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
  await page.evaluate(() => localStorage.setItem('lantu.workstationUser', '李协调'));
  await page.evaluate(async () => {
    await window.lantuEditor!.checks.runAll();
    await window.lantuEditor!.checks.idle();
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('the bulk preview in Chromium', () => {
  it('lists per feature the area before and after and the features that vanish, and applies only after an explicit confirmation', async () => {
    const before = await featureIds(page);
    await preview(page, 'R08');
    const rows = page.locator('[data-testid=bulk-features] tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    // The two 用地用海 parcels that used to vanish (37.84 ha 轵城镇, 42.00 ha 五龙口镇) lie wholly inside permanent
    // farmland: they keep their shape and area and take the policy's use, 01 耕地, instead of vanishing.
    for (const bsm of ['419001000010001800', '419001000010001547']) {
      const row = page.locator('[data-testid=bulk-features] tbody tr', { hasText: bsm });
      await expect(row.getAttribute('data-change')).resolves.toBe('attributes');
      const [was, now] = await Promise.all([
        row.locator('td').nth(2).getAttribute('data-m'),
        row.locator('td').nth(3).getAttribute('data-m'),
      ]);
      expect(Number(was)).toBeGreaterThan(370_000);
      expect(now).toBe(was);
      await expect(row.textContent()).resolves.toMatch(/公顷.*YDYHFLDM \d+ → 01.*YDYHFLMC .+ → 耕地/);
    }
    const reshaped = page.locator('[data-testid=bulk-features] tbody tr[data-change=reshaped]').first();
    const [was, now] = await Promise.all([
      reshaped.locator('td').nth(2).getAttribute('data-m'),
      reshaped.locator('td').nth(3).getAttribute('data-m'),
    ]);
    expect(Number(now)).toBeLessThan(Number(was));
    // The features that vanish are named (none of them a 用地用海 parcel), and apply waits for the confirmation.
    const vanishing = await page
      .locator('[data-testid=bulk-vanishing] li')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-feature')!, text: e.textContent! })));
    expect(vanishing.length).toBeGreaterThan(0);
    expect(vanishing.every((v) => !v.text.includes('GHYDYH') && /BSM|\d{18}/.test(v.text))).toBe(true);
    const added = await page
      .locator('[data-testid=bulk-features] tbody tr[data-change=added]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-feature')!));
    await expect(page.getByTestId('bulk-apply').isDisabled()).resolves.toBe(true);
    await page.getByTestId('bulk-apply').click({ force: true });
    expect(await featureIds(page)).toEqual(before);
    await page.getByTestId('bulk-confirm').check();
    await page.getByTestId('bulk-apply').click();
    const after = await featureIds(page);
    expect(after.length).toBe(before.length - vanishing.length + added.length);
    for (const v of vanishing) expect(after).not.toContain(v.id);
    for (const id of added) expect(after).toContain(id);
  });

  it('needs no confirmation when nothing vanishes: parcels wholly inside farmland take the policy use', async () => {
    await preview(page, 'R09');
    await expect(page.getByTestId('bulk-vanishing-none').isVisible()).resolves.toBe(true);
    expect(await page.getByTestId('bulk-confirm').count()).toBe(0);
    const changes = await page
      .locator('[data-testid=bulk-features] tbody tr')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-change')));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes).not.toContain('removed');
    const before = (await featureIds(page)).length;
    await page.getByTestId('bulk-apply').click();
    expect((await featureIds(page)).length).toBe(before);
  });

  it('asks again in the resolution panel before a yield removes a feature, naming it', async () => {
    const conflict = await page.evaluate(() =>
      window.lantuEditor!.store.getState().conflicts.find((c) => c.ruleId === 'R15' && c.subject?.bsm === '419001000020000003')!,
    );
    await page.evaluate((key) => window.lantuEditor!.store.getState().selectConflict(key), conflict.key);
    await page.waitForSelector(`[data-testid=resolve-panel][data-conflict="${conflict.key}"]`);
    await page.getByTestId('resolve-kind').selectOption('subjectYields');
    const before = await featureIds(page);
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-confirm-text]');
    await expect(page.getByTestId('resolve-confirm-text').textContent()).resolves.toMatch(/GYXM 419001000020000003.*将消失/);
    expect(await featureIds(page)).toEqual(before);
    await page.getByTestId('resolve-confirm').click();
    await page.waitForFunction(
      (id) =>
        !window
          .lantuEditor!.store.getState()
          .workspace.plans.get(id.plan as never)!
          .features.has(id.feature as never),
      { plan: conflict.subject!.planId, feature: conflict.subject!.featureId },
    );
    expect((await featureIds(page)).length).toBe(before.length - 1);
  });

  it('speaks English in the preview when the UI does', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    try {
      await preview(page, 'R10');
      const text = (await page.locator('.bulk-preview').textContent())!;
      expect(text).toMatch(/Feature changes/);
      expect(text).toMatch(/\d+\.\d{4} ha|\d+\.\d{2} m/);
      expect(text).not.toMatch(/公顷|将消失|处置前|没有要素|我已核对/);
      await page.getByTestId('bulk-cancel').click();
    } finally {
      await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    }
  });
});
