// Code-table values in English mode, in the production build on the Jiyuan demo: an industry project's 工业类别
// (一类工业…) in the inspector and the attribute table, and 永久基本农田's 三调 class names (水浇地…) in the conflict
// list, the conflict inspector and the conflict's English message show their English names, with the stored
// Chinese value in the tooltip; the stored values do not change, and in Chinese the values show as stored.
// Screenshot at 1366×768 in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const CJK = /[\u3400-\u9fff]/;
let app: OpenApp;
let page: Page;

/** Text and tooltip of every coded value shown under `scope`. */
const codedValues = (p: Page, scope: string) =>
  p.evaluate(
    (scope) =>
      [...document.querySelectorAll(`${scope} [data-testid=coded-value]`)]
        .filter((el) => (el as HTMLElement).getClientRects().length > 0)
        .map((el) => ({ text: el.textContent ?? '', title: el.getAttribute('title') ?? '' })),
    scope,
  );

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  page.setDefaultTimeout(30_000);
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 150_000 });
  await page.evaluate(async () => {
    await window.lantuEditor!.checks.runAll();
    await window.lantuEditor!.checks.idle();
  });
}, 240_000);

afterAll(async () => {
  await app?.close();
});

describe('code-table values in English', () => {
  it('shows an industry class in English in the inspector and the attribute table, the Chinese in the tooltip', async () => {
    const ref = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      for (const planId of s.workspace.planOrder)
        for (const [featureId, f] of s.workspace.plans.get(planId)!.features)
          if (f.layer === 'GYXM' && f.properties.GYLX === '一类工业') return { planId, featureId };
      return null;
    });
    expect(ref).not.toBeNull();
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await page.evaluate((r) => window.lantuEditor!.store.getState().select(r as never), ref);
    await page.getByTestId('feature-form').waitFor();
    await expect
      .poll(() => codedValues(page, '[data-testid=feature-form]'), { timeout: 10_000 })
      .toContainEqual({ text: 'Class 1 industry', title: '一类工业' });

    await page.getByTestId('attribute-table-tab').click();
    await page.locator('[data-testid=attribute-table] [data-testid=coded-value]').first().waitFor();
    const cells = await codedValues(page, '[data-testid=attribute-table]');
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(CJK.test(c.text), c.text).toBe(false);
      expect(c.title).toMatch(/^(一|二|三|非)类?工业$/);
    }
    expect(cells).toContainEqual({ text: 'Class 1 industry', title: '一类工业' });
    await page.screenshot({ path: join(SHOTS, 'coded-values-en-1366.png') });

    const stored = await page.evaluate(
      (r) =>
        window
          .lantuEditor!.store.getState()
          .workspace.plans.get(r!.planId)!
          .features.get(r!.featureId as never)!.properties.GYLX,
      ref,
    );
    expect(stored).toBe('一类工业');
  }, 120_000);

  it('names farmland by its English class in the conflict list and the conflict inspector', async () => {
    const found = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      for (const c of s.conflicts)
        for (const side of [c.subject, c.object])
          if (c.messageEn && side?.layer === 'YJJBNT' && (side.name === '水田' || side.name === '水浇地' || side.name === '旱地'))
            return { key: c.key, name: side.name, messageEn: c.messageEn };
      return null;
    });
    expect(found).not.toBeNull();
    await page.evaluate((k) => window.lantuEditor!.store.getState().selectConflict(k), found!.key);
    const english = { 水田: 'Paddy field', 水浇地: 'Irrigated land', 旱地: 'Dry land' }[found!.name]!;
    await expect.poll(() => codedValues(page, '.party'), { timeout: 10_000 }).toContainEqual({ text: english, title: found!.name });
    // The row's tooltip (the English message) names the class in English too, as the list does.
    expect(found!.messageEn).toContain(english);
    expect(found!.messageEn).not.toContain(found!.name);
    await page.locator('.conflict-tab-label').click();
    await page.locator('.c-parties [data-testid=coded-value]').first().waitFor();
    const listed = await codedValues(page, '.c-parties');
    expect(listed.length).toBeGreaterThan(0);
    for (const c of listed) expect(CJK.test(c.text) || !CJK.test(c.title), `${c.text} / ${c.title}`).toBe(false);
  }, 60_000);

  it('shows the stored values as they are in Chinese', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await expect.poll(() => codedValues(page, 'body'), { timeout: 10_000 }).toEqual([]);
    const names = await page.locator('.party [data-user-text]').allTextContents();
    expect(
      names.some((n) => n === '水田' || n === '水浇地' || n === '旱地'),
      names.join(' | '),
    ).toBe(true);
  }, 60_000);
});
