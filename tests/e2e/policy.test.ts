// The precedence policy as workspace data, in the production build in headless Chromium with real
// IndexedDB: the 优先级策略… dialog adds a per-rule proposal (R08 阻断 → 例外), the resolution panel and the
// bulk preview follow it at once, Ctrl+Z restores the default; a policy that fails the checks (an empty
// tier, a file that is not a policy, a file that is not JSON) is refused in Chinese naming the field or the
// file and leaves the workspace unchanged; the edited policy survives a reload and goes into the exported
// draft as policy.json, which `lantu verify` rebuilds byte for byte; opening the draft restores it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unzipFiles } from '../../engine/package/index.ts';
import type { Conflict } from '../../engine/rules/types.ts';
import { chooseImportOption, openApp, pickFilesVia, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;
let tmp: string;
let r08: Conflict;

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
}

const policyOf = (p: Page) => p.evaluate(() => window.lantuEditor!.store.getState().workspace.policy ?? null);

async function showConflict(p: Page, key: string) {
  // Away and back, so the panel shows the conflict whatever was selected before.
  await p.evaluate(() => window.lantuEditor!.store.getState().selectConflict(null));
  await p.evaluate((k) => window.lantuEditor!.store.getState().selectConflict(k), key);
  await p.waitForSelector(`[data-testid=resolve-panel][data-conflict="${key}"]`);
}

async function openDialog(p: Page) {
  await p.getByTestId('policy-open').click();
  await p.waitForSelector('[data-testid=policy-dialog]');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'lantu-policy-'));
  app = await openApp({ viewport: { width: 1600, height: 900 } });
  page = app.page;
  await ready(page);
  await page.evaluate(async () => {
    await window.lantuEditor!.checks.runAll();
    await window.lantuEditor!.checks.idle();
  });
  const conflicts = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts);
  const found = conflicts.find((c) => c.ruleId === 'R08' && c.severity === 'blocker');
  if (!found) throw new Error('the demo has no R08 blocker conflict');
  r08 = found;
}, 180_000);

// One test's failure leaves no dialog open over the next one's clicks.
afterEach(async () => {
  const close = page.getByTestId('policy-close');
  if (await close.isVisible()) await close.click();
  await page.waitForSelector('[data-testid=policy-dialog]', { state: 'detached' });
});

afterAll(async () => {
  await app?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the precedence policy in Chromium', () => {
  it('follows the bundled default until the coordinator changes it', async () => {
    expect(await policyOf(page)).toBeNull();
    await showConflict(page, r08.key);
    const text = await page.getByTestId('resolve-proposal').textContent();
    expect(text).toMatch(/让步/);
    expect(text).not.toContain('例外');
  });

  it('adds a per-rule proposal in the dialog; on apply the resolution panel proposes it at once', async () => {
    await page.getByTestId('workstation-user-input').fill('李协调');
    await page.getByTestId('workstation-user-save').click();
    await openDialog(page);
    await page.getByTestId('policy-title').fill('济源示范区冲突处置优先级（2026 修订）');
    await page.getByTestId('policy-id').fill('jiyuan-2026');
    const before = await page.locator('[data-testid=policy-rules] tbody tr').count();
    await page.getByTestId('policy-add-rule').click();
    await chooseImportOption(page, `policy-rule-${before}-id`, 'R08');
    await chooseImportOption(page, `policy-rule-${before}-severity`, 'blocker');
    await chooseImportOption(page, `policy-rule-${before}-action`, 'exception');
    await page.getByTestId(`policy-rule-${before}-reason`).fill('重大项目占用永久基本农田，须附国务院批准文件');
    await page.getByTestId(`policy-rule-${before}-approval`).check();
    await page.screenshot({ path: join(SHOTS, 'policy-dialog.png') });
    await page.getByTestId('policy-apply').click();
    await page.waitForSelector('[data-testid=policy-dialog]', { state: 'detached' });
    const policy = (await policyOf(page))!;
    expect([policy.id, policy.title]).toEqual(['jiyuan-2026', '济源示范区冲突处置优先级（2026 修订）']);
    expect(policy.rules.at(-1)).toEqual({
      ruleId: 'R08',
      severity: 'blocker',
      action: 'exception',
      reasonZh: '重大项目占用永久基本农田，须附国务院批准文件',
      requiresApproval: true,
    });
    await page.waitForFunction(
      () => document.querySelector('[data-testid=resolve-proposal]')?.textContent?.includes('重大项目占用永久基本农田') === true,
    );
    await expect(page.getByTestId('resolve-proposal').textContent()).resolves.toContain('例外');
    await expect.poll(() => page.getByTestId('resolve-kind').inputValue(), { timeout: 10_000 }).toBe('exception');
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().past.at(-1)?.kind)).toBe('setPolicy');
  });

  it('shows the new proposal in the bulk preview too', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setFilters({ ruleId: 'R08', severity: 'blocker' }));
    await page.getByTestId('bulk-preview').click();
    await page.waitForSelector('[data-testid=bulk-preview-list]');
    const kinds = await page.locator('[data-testid=bulk-preview-list] tbody tr td:nth-child(2)').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['例外（批准文件）']));
    await page.getByTestId('bulk-cancel').click();
    await page.evaluate(() => window.lantuEditor!.store.getState().setFilters({ ruleId: '', severity: '' }));
  });

  it('undoes the policy change with Ctrl+Z and redoes it with Ctrl+Y', async () => {
    const edited = await policyOf(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    expect(await policyOf(page)).toBeNull();
    await showConflict(page, r08.key);
    await expect.poll(() => page.getByTestId('resolve-proposal').textContent(), { timeout: 10_000 }).not.toContain('例外');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+y');
    expect(await policyOf(page)).toEqual(edited);
  });

  it('refuses an edited policy that fails the checks, naming the field, and keeps the workspace', async () => {
    const before = await policyOf(page);
    const past = await page.evaluate(() => window.lantuEditor!.store.getState().past.length);
    await openDialog(page);
    const tiers = await page.locator('[data-testid=policy-tiers] tbody tr').count();
    await page.getByTestId('policy-add-tier').click();
    await page.getByTestId('policy-apply').click();
    await expect
      .poll(() => page.getByTestId('policy-errors').textContent(), { timeout: 10_000 })
      .toContain(`第 ${tiers + 1} 个层次的 图层：至少应有 1 项`);
    expect(await policyOf(page)).toEqual(before);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().past.length)).toBe(past);
    await page.getByTestId('policy-close').click();
  });

  it('refuses a loaded file that is not a policy or not JSON, naming the file, and keeps the workspace', async () => {
    const before = await policyOf(page);
    const notPolicy = join(tmp, '错误策略.json');
    writeFileSync(notPolicy, JSON.stringify({ ...before, rules: [{ ruleId: 'R08', action: 'ignore', reasonZh: '无' }] }));
    const twice = join(tmp, 'twice.json');
    writeFileSync(
      twice,
      JSON.stringify({ ...before, tiers: before!.tiers.map((t, i) => (i === 1 ? { ...t, layers: [...t.layers, 'ZRBHD'] } : t)) }),
    );
    const notJson = join(tmp, 'broken.json');
    writeFileSync(notJson, '{ "tiers": [');
    await openDialog(page);
    await pickFilesVia(page, page.getByTestId('policy-load'), notPolicy);
    await page.waitForSelector('[data-testid=policy-errors]');
    const text = await page.getByTestId('policy-errors').textContent();
    expect(text).toContain('「错误策略.json」不是有效的优先级策略');
    expect(text).toContain('第 1 条处置建议的 处置方式');
    await page.screenshot({ path: join(SHOTS, 'policy-load-refused.png') });
    await pickFilesVia(page, page.getByTestId('policy-load'), twice);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=policy-errors]')?.textContent?.includes('「twice.json」') === true,
    );
    await expect(page.getByTestId('policy-errors').textContent()).resolves.toContain(
      '第 2 个层次的 图层：ZRBHD 自然保护地 重复出现在第 1 个层次',
    );
    await pickFilesVia(page, page.getByTestId('policy-load'), notJson);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=policy-errors]')?.textContent?.includes('「broken.json」不是有效的 JSON 文件') === true,
    );
    await page.getByTestId('policy-apply').click();
    await page.getByTestId('policy-close').click();
    expect(await policyOf(page)).toEqual(before);
  });

  it('goes back to the bundled default with 恢复默认, as one more undoable step', async () => {
    const edited = await policyOf(page);
    await openDialog(page);
    await page.getByTestId('policy-reset').click();
    await page.waitForSelector('[data-testid=policy-dialog][data-default=true]');
    await page.getByTestId('policy-apply').click();
    await page.waitForSelector('[data-testid=policy-dialog]', { state: 'detached' });
    expect(await policyOf(page)).toBeNull();
    await page.evaluate(() => window.lantuEditor!.store.getState().undo());
    expect(await policyOf(page)).toEqual(edited);
  });

  it('speaks English with the UI switch, refusals included', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await openDialog(page);
    await expect(page.getByTestId('policy-heading').textContent()).resolves.toContain('Precedence policy for resolving conflicts');
    const tiers = await page.locator('[data-testid=policy-tiers] tbody tr').count();
    await page.getByTestId('policy-add-tier').click();
    await page.getByTestId(`policy-tier-${tiers}-remove`).click();
    await expect.poll(() => page.locator('[data-testid=policy-tiers] tbody tr').count(), { timeout: 10_000 }).toBe(tiers);
    await page.getByTestId('policy-add-tier').click();
    await page.getByTestId('policy-apply').click();
    await expect
      .poll(() => page.getByTestId('policy-errors').textContent(), { timeout: 10_000 })
      .toContain(`tier ${tiers + 1}, layers: must have at least 1 item(s)`);
    await page.getByTestId('policy-close').click();
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
  });

  it('keeps the edited policy after a reload (IndexedDB)', async () => {
    const before = await policyOf(page);
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    await page.reload();
    await ready(page);
    expect(await policyOf(page)).toEqual(before);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().past.at(-1)?.kind)).toBe('setPolicy');
  }, 120_000);

  it('exports a draft whose policy.json is the edited policy, and lantu verify rebuilds it byte for byte', async () => {
    const policy = await policyOf(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+e');
    await page.waitForSelector('[data-testid=export-dialog]');
    await page.getByTestId('export-draft').check();
    const downloaded = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByTestId('export-start').click();
    const failed = page.waitForSelector('[data-testid=export-dialog] ul[role=alert]', { timeout: 300_000 }).then(async (el) => {
      throw new Error(`export failed: ${await el.textContent()}`);
    });
    const download = await Promise.race([downloaded, failed]);
    failed.catch(() => undefined);
    const zip = join(tmp, 'draft.zip');
    await download.saveAs(zip);
    const files = unzipFiles(new Uint8Array(readFileSync(zip)));
    expect(JSON.parse(new TextDecoder().decode(files.get('policy.json')!))).toEqual(policy);
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/lantu.mjs'), '--lang', 'en', 'verify', zip], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).toContain('verified');
    expect(run.status).toBe(0);
  }, 400_000);

  it('restores the package’s own policy when the exported draft is opened', async () => {
    const exported = JSON.parse(
      new TextDecoder().decode(unzipFiles(new Uint8Array(readFileSync(join(tmp, 'draft.zip')))).get('policy.json')!),
    ) as unknown;
    // Back to the default first, so the policy can only come from the package.
    await page.evaluate(() => window.lantuEditor!.store.getState().undo());
    expect(await policyOf(page)).toBeNull();
    await pickFilesVia(page, page.getByTestId('package-open'), join(tmp, 'draft.zip'));
    await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent?.includes('已打开成果包') === true, null, {
      timeout: 120_000,
    });
    expect(await policyOf(page)).toEqual(exported);
    expect(app.problems.list).toEqual([]);
  }, 180_000);
});
