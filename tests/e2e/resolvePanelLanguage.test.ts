// Found in a user trial, in the production build (headless Chromium): after a 暂缓 or an
// exception the message bar says what was recorded (not "已处置，维护日志编号" with no number), the record shows
// the exception's own reason, and in English the resolve panel gives the conflict area in ha / mu, not 公顷;
// the bulk preview names each conflict by rule title, both sides' layer, name and BSM, and town (not a bare BSM).
// In English the proposal and the prefilled reason come from the policy's English text (no Chinese), the severity
// stands apart from the title, and a side's tooltip says plan, layer and BSM (never an internal id).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conflict } from '../../engine/rules/types.ts';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;
let blockers: Conflict[];

async function select(p: Page, c: Conflict) {
  await p.evaluate((key) => window.lantuEditor!.store.getState().selectConflict(key), c.key);
  await p.waitForSelector(`[data-testid=resolve-panel][data-conflict="${c.key}"]`);
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 120_000 });
  await page.evaluate(() => localStorage.setItem('lantu.workstationUser', '李协调'));
  await page.evaluate(async () => {
    await window.lantuEditor!.checks.runAll();
    await window.lantuEditor!.checks.idle();
  });
  const all = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts);
  blockers = all.filter((c) => c.severity === 'blocker' && c.subject?.bsm && c.object?.bsm && c.measure.areaM2 !== undefined);
  await page.getByTestId('resolve-tab').click();
}, 240_000);

afterAll(async () => {
  await app?.close();
});

describe('the resolve panel tells what was recorded, in the chosen language', () => {
  it('says 暂缓 and 例外（已批准） were recorded, and shows the exception reason, instead of an empty log number', async () => {
    await select(page, blockers[0]!);
    await page.getByTestId('resolve-kind').selectOption('defer');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=defer]');
    await expect.poll(() => page.getByTestId('notice-text').textContent(), { timeout: 10_000 }).toBe('已记录处置：暂缓');

    await select(page, blockers[1]!);
    await page.getByTestId('resolve-kind').selectOption('exception');
    await page.getByTestId('resolve-approval').fill('豫政土〔2026〕12号');
    await page.getByTestId('resolve-authority').fill('河南省人民政府');
    await page.getByTestId('resolve-exception-reason').fill('线性工程不可避让');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=exception]');
    await expect.poll(() => page.getByTestId('notice-text').textContent(), { timeout: 10_000 }).toBe('已记录处置：例外（已批准）');
    await expect
      .poll(() => page.getByTestId('resolve-record-exception-reason').textContent(), { timeout: 10_000 })
      .toBe('例外理由 线性工程不可避让');
  });

  it('gives the conflict area in ha and mu in English, with English label punctuation', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    try {
      await select(page, blockers[1]!);
      // The panel already shows this conflict: it is the language switch that has to reach the page.
      await expect
        .poll(() => page.locator('[data-testid=resolve-panel] .resolve-parties dd').last().textContent(), { timeout: 10_000 })
        .toMatch(/^\d+\.\d{4} ha \/ \d+\.\d{2} mu$/);
      await expect.poll(() => page.getByTestId('resolve-proposal').textContent(), { timeout: 10_000 }).toMatch(/^Proposal: /);
      await expect.poll(() => page.getByTestId('workstation-user').textContent(), { timeout: 10_000 }).toBe('Decided by: 李协调');
      await expect
        .poll(() => page.getByTestId('resolve-record-exception-reason').textContent(), { timeout: 10_000 })
        .toBe('Reason for the exception 线性工程不可避让');
      await select(page, blockers[2]!);
      await page.getByTestId('resolve-kind').selectOption('defer');
      await page.getByTestId('resolve-apply').click();
      await page.waitForSelector('[data-testid=resolve-record][data-kind=defer]');
      await expect.poll(() => page.getByTestId('notice-text').textContent(), { timeout: 10_000 }).toBe('Recorded: deferred');
    } finally {
      await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    }
  });
  it('names the change type of a logged resolution in English, and in Chinese in Chinese', async () => {
    const all = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts);
    const c = all.find((x) => x.ruleId === 'R14' && x.severity === 'major')!;
    await select(page, c);
    await expect.poll(() => page.getByTestId('resolve-kind').inputValue(), { timeout: 10_000 }).toBe('changeAttribute');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=changeAttribute]');
    await expect(page.getByTestId('resolve-record').textContent()).resolves.toContain('变更类型 2 属性变更');
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    try {
      await expect
        .poll(() => page.getByTestId('resolve-record').textContent(), { timeout: 10_000 })
        .toContain('Change type 2 attributes changed');
      const record = await page.getByTestId('resolve-record').textContent();
      expect(record).toContain('Change type 2 attributes changed');
      expect(record).not.toContain('属性变更');
    } finally {
      await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    }
  });
});

describe('the proposal in the chosen language', () => {
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
  it('words the proposal and prefills the reason from the policy’s English text, for per-rule and tier proposals', async () => {
    const all = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts);
    const resolved = new Set(
      await page.evaluate(() => (window.lantuEditor!.store.getState().workspace.resolutions ?? []).map((r) => r.conflictKey)),
    );
    const open = all.filter((c) => !resolved.has(c.key));
    // One per kind of proposal: a rule's own reason (R08 major 例外, R14 修改属性) and a tier decision (R08 blocker).
    const picks = [
      open.find((c) => c.ruleId === 'R08' && c.severity === 'major'),
      open.find((c) => c.ruleId === 'R14' && c.severity === 'major'),
      open.find((c) => c.ruleId === 'R08' && c.severity === 'blocker'),
    ];
    expect(picks.every(Boolean)).toBe(true);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    try {
      for (const c of picks) {
        await select(page, c!);
        // The reason is prefilled from the proposal on the render after the panel's: read both once they agree.
        const agree = async () => {
          const shown = await page.getByTestId('resolve-reason').inputValue();
          return shown.length > 10 && ((await page.getByTestId('resolve-proposal').textContent()) ?? '').includes(shown);
        };
        await expect.poll(agree, { timeout: 10_000 }).toBe(true);
        const proposal = (await page.getByTestId('resolve-proposal').textContent())!;
        const reason = await page.getByTestId('resolve-reason').inputValue();
        expect(proposal, c!.ruleId).not.toMatch(CJK);
        expect(reason, c!.ruleId).not.toMatch(CJK);
        expect(reason.length).toBeGreaterThan(10);
        expect(proposal).toContain(reason);
      }
      await select(page, picks[2]!);
      await expect
        .poll(() => page.getByTestId('resolve-reason').inputValue(), { timeout: 10_000 })
        .toMatch(/^Permanent basic farmland takes precedence \(tier 3\): /);
      // The severity is a badge of its own before the title, not glued onto the title's last word.
      await expect.poll(() => page.getByTestId('resolve-title').textContent(), { timeout: 10_000 }).toMatch(/^Blocker R08 · \S/);
      await expect.poll(() => page.locator('[data-testid=resolve-title] .badge').textContent(), { timeout: 10_000 }).toBe('Blocker');
      // A side's tooltip: plan, layer and BSM, never the feature's internal id.
      const tip = (await page.getByTestId('resolve-subject').getAttribute('title'))!;
      expect(tip).toContain(`BSM ${picks[2]!.subject!.bsm}`);
      expect(tip).toContain(`(${picks[2]!.subject!.layer})`);
      expect(tip).not.toContain(picks[2]!.subject!.featureId);
    } finally {
      await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    }
    // In Chinese the same conflict proposes in the policy's Chinese.
    await select(page, picks[2]!);
    await expect.poll(() => page.getByTestId('resolve-reason').inputValue(), { timeout: 10_000 }).toMatch(/^永久基本农田优先（层次 3）：/);
    await expect.poll(() => page.getByTestId('resolve-title').textContent(), { timeout: 10_000 }).toMatch(/^\S+ R08 · /);
  });
});

describe('the bulk preview names its conflicts', () => {
  it('tells apart the conflicts of one feature by rule title, both sides and town, in Chinese and English', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setFilters({ ruleId: 'R04', status: '' }));
    await page.getByTestId('bulk-preview').click();
    await page.waitForSelector('[data-testid=bulk-preview-list]');
    const zhCells = await page.getByTestId('bulk-conflict').allTextContents();
    expect(zhCells.length).toBeGreaterThan(1);
    expect(new Set(zhCells).size).toBe(zhCells.length);
    for (const cell of zhCells) expect(cell).toMatch(/^R04 规划建设用地占用生态保护红线：.+（BSM \d+） × 生态保护红线「.+」（BSM \d+）/);
    await page.getByTestId('bulk-cancel').click();
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    try {
      await page.getByTestId('bulk-preview').click();
      await page.waitForSelector('[data-testid=bulk-preview-list]');
      const enCells = await page.getByTestId('bulk-conflict').allTextContents();
      for (const cell of enCells)
        expect(cell).toMatch(
          /^R04 Planned construction inside the ecological red line: .+ \(BSM \d+\) × Ecological protection red line ".+" \(BSM \d+\)/,
        );
      await page.getByTestId('bulk-cancel').click();
    } finally {
      await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    }
  });
});
