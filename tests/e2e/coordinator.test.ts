// The coordinator's flow in the production build, in headless Chromium under the app's CSP with real
// IndexedDB: run the checks on the demo, resolve one conflict of each kind through the resolution panel
// (with the 补划 check on an R08 major), apply the policy's proposals in bulk after a preview, watch the
// permanent-farmland indicator move on the dashboard, undo, and find the resolutions again after a reload.
// Export (Ctrl+E): a final package is refused while blockers remain; the draft downloaded carries the
// resolutions and a manifest that matches its files, and `lantu verify` (a rebuild in Node) accepts it byte
// for byte.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackageFiles, unzipFiles, type Manifest } from '../../engine/package/index.ts';
import type { Conflict } from '../../engine/rules/types.ts';
import { openApp, pickFilesVia, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { packagePlans } from '../engine/package/packagePlans.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;
let tmp: string;
const used = new Set<string>();

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
}

async function runChecks(p: Page) {
  await p.evaluate(async () => {
    await window.lantuEditor!.checks.runAll();
    await window.lantuEditor!.checks.idle();
  });
}

async function conflicts(p: Page): Promise<Conflict[]> {
  return p.evaluate(() => window.lantuEditor!.store.getState().conflicts);
}

/** A conflict of the rule (and severity; the first rule that has one) between two features no earlier step touched. */
async function pick(p: Page, ruleIds: string | string[], severity?: string): Promise<Conflict> {
  const all = await conflicts(p);
  const free = (ruleId: string) =>
    all.find(
      (c) =>
        c.ruleId === ruleId &&
        (!severity || c.severity === severity) &&
        c.subject &&
        c.object &&
        !used.has(c.subject.featureId) &&
        !used.has(c.object.featureId),
    );
  const found = [ruleIds]
    .flat()
    .map(free)
    .find((c) => c !== undefined);
  if (!found) throw new Error(`no free ${String(ruleIds)} ${severity ?? ''} conflict in the demo`);
  used.add(found.subject!.featureId);
  used.add(found.object!.featureId);
  await p.evaluate((key) => window.lantuEditor!.store.getState().selectConflict(key), found.key);
  await p.waitForSelector(`[data-testid=resolve-panel][data-conflict="${found.key}"]`);
  return found;
}

async function resolutionOf(p: Page, key: string) {
  return p.evaluate((k) => window.lantuEditor!.store.getState().workspace.resolutions?.find((r) => r.conflictKey === k) ?? null, key);
}

async function farmland(p: Page): Promise<number> {
  await p.waitForSelector('[data-testid=dashboard][data-current=true]', { state: 'attached', timeout: 120_000 });
  return Number(await p.locator('[data-testid="indicator-permanentFarmland|all"]').getAttribute('data-value'));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'lantu-coordinator-'));
  app = await openApp({ viewport: { width: 1600, height: 900 } });
  page = app.page;
  await ready(page);
  await runChecks(page);
}, 180_000);

afterAll(async () => {
  await app?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the coordinator in Chromium', () => {
  it('shows the indicators with targets and status, per town where targets exist', async () => {
    await page.getByTestId('dashboard-tab').click();
    const value = await farmland(page);
    expect(value).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="indicator-permanentFarmland|all"]').getAttribute('data-status')).resolves.toMatch(
      /^(met|atRisk|violated)$/,
    );
    await expect.poll(() => page.locator('[data-testid="indicator-permanentFarmland|419001001"]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('indicator-chart').count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'dashboard.png') });
    await page.getByTestId('resolve-tab').click();
  }, 180_000);

  it('asks the workstation user name once and records it', async () => {
    await pick(page, 'R10');
    await page.getByTestId('workstation-user-input').fill('张协调');
    await page.getByTestId('workstation-user-save').click();
    await expect.poll(() => page.getByTestId('workstation-user').textContent(), { timeout: 10_000 }).toContain('张协调');
  });

  it('defers a conflict: recorded with who, when and why, no change type or log number, shown as 暂缓 in the panel and the list', async () => {
    const c = await pick(page, 'R10');
    await page.getByTestId('resolve-kind').selectOption('defer');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=defer]');
    const r = (await resolutionOf(page, c.key))!;
    expect(r.decidedBy).toBe('张协调');
    expect(r.logNumber).toBeUndefined();
    expect(r.changeType).toBeUndefined();
    await expect.poll(() => page.getByTestId('resolve-status').textContent(), { timeout: 10_000 }).toBe('暂缓');
    await expect.poll(() => page.getByTestId('resolve-not-logged').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('resolve-log-number').count(), { timeout: 10_000 }).toBe(0);
    await page.evaluate(() => window.lantuEditor!.store.getState().setFilters({ status: 'deferred' }));
    await expect
      .poll(() => page.locator(`[data-testid=conflict-row][data-conflict-key="${c.key}"] .c-status`).textContent(), { timeout: 10_000 })
      .toBe('暂缓');
    await page.evaluate(() => window.lantuEditor!.store.getState().setFilters({ status: '' }));
  });

  it('refuses an exception without an approval document, then records it with number, authority, reason and expiry', async () => {
    const c = await pick(page, ['R04', 'R07', 'R05', 'R06']);
    await page.getByTestId('resolve-kind').selectOption('exception');
    await page.getByTestId('resolve-apply').click();
    await expect.poll(() => page.getByTestId('resolve-errors').textContent(), { timeout: 10_000 }).toContain('批准文号');
    expect(await resolutionOf(page, c.key)).toBeNull();
    await page.getByTestId('resolve-approval').fill('豫政土〔2026〕12号');
    await page.getByTestId('resolve-authority').fill('河南省人民政府');
    await page.getByTestId('resolve-exception-reason').fill('不可避让的线性基础设施');
    await page.getByTestId('resolve-expiry').fill('2030-12-31');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=exception]');
    const r = (await resolutionOf(page, c.key))!;
    expect(r.exception).toEqual({
      approvalNumber: '豫政土〔2026〕12号',
      authority: '河南省人民政府',
      reason: '不可避让的线性基础设施',
      expiresOn: '2030-12-31',
    });
  });

  it('changes an attribute (the proposal fills field and value) and the conflict disappears on re-check', async () => {
    const c = await pick(page, 'R14', 'major');
    await expect.poll(() => page.getByTestId('resolve-kind').inputValue(), { timeout: 10_000 }).toBe('changeAttribute');
    await expect.poll(() => page.getByTestId('resolve-attr-field').inputValue(), { timeout: 10_000 }).not.toBe('');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=changeAttribute]');
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    expect((await conflicts(page)).some((x) => x.key === c.key)).toBe(false);
  });

  it('lets the farmland yield to a parcel: the conflict disappears and permanent farmland falls on the dashboard', async () => {
    await page.getByTestId('dashboard-tab').click();
    const before = await farmland(page);
    await page.getByTestId('resolve-tab').click();
    const c = await pick(page, 'R08', 'blocker');
    const farmlandSide = c.object!.layer === 'YJJBNT' ? 'objectYields' : 'subjectYields';
    await page.getByTestId('resolve-kind').selectOption(farmlandSide);
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector(`[data-testid=resolve-record][data-kind=${farmlandSide}]`);
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    expect((await conflicts(page)).some((x) => x.key === c.key)).toBe(false);
    await page.getByTestId('dashboard-tab').click();
    await page.waitForFunction(
      (b) => {
        const el = document.querySelector('[data-testid=dashboard][data-current=true] [data-testid="indicator-permanentFarmland|all"]');
        return el !== null && Number(el.getAttribute('data-value')) < b;
      },
      before,
      { timeout: 120_000 },
    );
    const after = await farmland(page);
    expect(before - after).toBeGreaterThan(((c.measure.areaM2 ?? 0) / 10_000) * 0.9);
    await page.screenshot({ path: join(SHOTS, 'dashboard-after-yield.png') });
    await page.getByTestId('resolve-tab').click();
  }, 180_000);

  it('lets the other side yield on another conflict', async () => {
    const c = await pick(page, 'R03');
    await page.getByTestId('resolve-kind').selectOption('subjectYields');
    await page.getByTestId('resolve-apply').click();
    // Farmland wholly inside the boundary vanishes when it yields: the panel names it and asks first.
    await page.waitForSelector('[data-testid=resolve-record][data-kind=subjectYields], [data-testid=resolve-confirm]');
    if (await page.getByTestId('resolve-confirm').count()) await page.getByTestId('resolve-confirm').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=subjectYields]');
    const r = (await resolutionOf(page, c.key))!;
    expect(r.edits.length).toBeGreaterThan(0);
    expect([1, 2, 3]).toContain(r.changeType);
  });

  it('requires 补划 of at least the occupied area before an R08 major conflict is resolved', async () => {
    const c = await pick(page, 'R08', 'major');
    await page.getByTestId('resolve-kind').selectOption('exception');
    await page.getByTestId('resolve-approval').fill('国函〔2026〕8号');
    await page.getByTestId('resolve-authority').fill('国务院');
    await page.getByTestId('resolve-exception-reason').fill('国家重大项目');
    await page.getByTestId('resolve-apply').click();
    await expect.poll(() => page.getByTestId('resolve-errors').textContent(), { timeout: 10_000 }).toContain('补划');
    // A square of 1.5 × the occupied area, at Jiyuan's latitude (1° ≈ 91.2 km east–west, 111 km north–south).
    const sideM = Math.sqrt((c.measure.areaM2 ?? 0) * 1.5);
    const [lon, lat] = [112.4, 35.2];
    const dLon = sideM / 91_200;
    const dLat = sideM / 111_000;
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon + dLon, lat],
          [lon + dLon, lat + dLat],
          [lon, lat + dLat],
          [lon, lat],
        ],
      ],
    };
    await page.getByTestId('resolve-comp-bsm').fill('419001BH0000000001');
    await page.getByTestId('resolve-comp-geometry').fill(JSON.stringify(square));
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=exception]');
    const r = (await resolutionOf(page, c.key))!;
    expect(r.compensation!.areaM2).toBeGreaterThanOrEqual(r.compensation!.requiredM2);
    expect(r.edits.some((e) => e.before === null && e.layer === 'YJJBNT' && e.changeType === 1)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'resolve-panel.png') });
  });

  it('undoes the last resolution with Ctrl+Z like any edit', async () => {
    const count = await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.length);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.length)).toBe(count - 1);
    await page.keyboard.press('Control+y');
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.length)).toBe(count);
  });

  it('previews and applies the proposals for the filtered conflicts as one step, and undoes them in one', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setFilters({ ruleId: 'R14' }));
    const before = await page.evaluate(() => ({
      past: window.lantuEditor!.store.getState().past.length,
      resolutions: window.lantuEditor!.store.getState().workspace.resolutions!.length,
    }));
    await page.getByTestId('bulk-preview').click();
    await page.waitForSelector('[data-testid=bulk-preview-list]');
    const rows = await page.locator('[data-testid=bulk-preview-list] tbody tr').count();
    const open = (await conflicts(page)).filter((c) => c.ruleId === 'R14').length;
    expect(rows).toBe(open);
    const applicable = await page.locator('[data-testid=bulk-preview-list] tbody tr[data-ok=true]').count();
    expect(applicable).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'bulk-preview.png') });
    await page.getByTestId('bulk-apply').click();
    const after = await page.evaluate(() => ({
      past: window.lantuEditor!.store.getState().past.length,
      resolutions: window.lantuEditor!.store.getState().workspace.resolutions!.length,
    }));
    expect(after).toEqual({ past: before.past + 1, resolutions: before.resolutions + applicable });
    await page.evaluate(() => window.lantuEditor!.store.getState().undo());
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.length)).toBe(before.resolutions);
    await page.evaluate(() => window.lantuEditor!.store.getState().redo());
    await page.evaluate(() => window.lantuEditor!.store.getState().setFilters({ ruleId: '' }));
  });

  it('refuses a final export while blockers remain, listing them, then exports a draft whose manifest lists every file with its hash (Ctrl+E)', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+e');
    await page.waitForSelector('[data-testid=export-dialog]');
    await page.getByTestId('export-final').check();
    await page.getByTestId('export-start').click();
    await page.waitForSelector('[data-testid=export-refused]', { timeout: 180_000 });
    await expect(page.getByTestId('export-refused').textContent()).resolves.toContain('阻断冲突');
    await page.screenshot({ path: join(SHOTS, 'export-refused.png') });
    const downloaded = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByTestId('export-as-draft').click();
    // An error in the dialog ends the wait at once, with the dialog's words in the failure.
    const failed = page.waitForSelector('[data-testid=export-dialog] ul[role=alert]', { timeout: 300_000 }).then(async (el) => {
      throw new Error(`export failed: ${await el.textContent()}`);
    });
    const download = await Promise.race([downloaded, failed]);
    failed.catch(() => undefined);
    expect(download.suggestedFilename()).toMatch(/草稿\.zip$/);
    const zip = join(tmp, 'draft.zip');
    await download.saveAs(zip);
    const files = unzipFiles(new Uint8Array(readFileSync(zip)));
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')!)) as Manifest;
    expect(manifest.status).toBe('draft');
    expect(manifest.draftReasons.length).toBeGreaterThan(0);
    // Every file listed with its size and SHA-256, nothing unlisted.
    expect(checkPackageFiles(files, manifest)).toEqual([]);
    const ledger = JSON.parse(new TextDecoder().decode(files.get('resolutions.json')!)) as { resolutions: { logNumber: string }[] };
    const recorded = await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.map((r) => r.logNumber));
    expect(ledger.resolutions.map((r) => r.logNumber).sort()).toEqual([...recorded].sort());
    await page.waitForSelector('[data-testid=export-dialog]', { state: 'detached' });
  }, 400_000);

  it('builds in Chromium the package Node rebuilds byte for byte: lantu verify accepts the downloaded draft', () => {
    const zip = join(tmp, 'draft.zip');
    // Kept with the screenshots so a difference can be examined after a failed run.
    copyFileSync(zip, join(SHOTS, 'draft-from-chromium.zip'));
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/lantu.mjs'), '--lang', 'en', 'verify', zip], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).toContain('verified');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('rebuild identical byte for byte');
  }, 300_000);

  it('opens the exported draft to continue work from it: same resolutions, each undoable', async () => {
    const before = await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.map((r) => r.logNumber));
    await pickFilesVia(page, page.getByTestId('package-open'), join(tmp, 'draft.zip'));
    await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent?.includes('已打开成果包') === true, null, {
      timeout: 120_000,
    });
    const after = await page.evaluate(() => ({
      resolutions: window.lantuEditor!.store.getState().workspace.resolutions!.map((r) => r.logNumber),
      past: window.lantuEditor!.store.getState().past.length,
    }));
    expect(after.resolutions).toEqual(before);
    expect(after.past).toBe(before.length);
  }, 180_000);

  it('keeps the resolutions after a reload (IndexedDB log)', async () => {
    const keys = await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.map((r) => r.logNumber));
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    await page.reload();
    await ready(page);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.resolutions!.map((r) => r.logNumber))).toEqual(keys);
    expect(app.problems.list).toEqual([]);
  }, 120_000);

  it('exports a final package from a workspace with no open blocker and no 待定 area, and lantu verify accepts it', async () => {
    // The package tests' clean pair of plans: the land-use layer tiles the town exactly, nothing conflicts.
    const plans = packagePlans();
    const rulePack = JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as unknown;
    await page.evaluate(
      ({ plans, rulePack }) =>
        window.lantuEditor!.openWorkspace({
          format: 'lantu-workspace',
          schemaVersion: '1.0.0',
          plans,
          rulePack,
          targets: null,
          history: { past: [], future: [] },
          view: { language: 'zh', layerViews: {}, planOrder: plans.map((p) => p.plan.id) },
        } as never),
      { plans, rulePack },
    );
    await ready(page);
    await runChecks(page);
    expect((await conflicts(page)).filter((c) => c.severity === 'blocker')).toEqual([]);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+e');
    await page.waitForSelector('[data-testid=export-dialog]');
    await page.getByTestId('export-final').check();
    const downloaded = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByTestId('export-start').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/正式\.zip$/);
    const zip = join(tmp, 'final.zip');
    await download.saveAs(zip);
    const files = unzipFiles(new Uint8Array(readFileSync(zip)));
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')!)) as Manifest;
    expect(manifest.status).toBe('final');
    expect(manifest.draftReasons).toEqual([]);
    expect(checkPackageFiles(files, manifest)).toEqual([]);
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/lantu.mjs'), '--lang', 'en', 'verify', zip], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).toContain('verified');
    expect(run.status).toBe(0);
  }, 400_000);
});
