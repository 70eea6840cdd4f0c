// The 回执 in the editor (production build, headless Chromium, the app's CSP): the bureau's signed, issued package
// (built and signed in Node with the engine, as `lantu export` + `lantu sign` would) opens through 打开成果包; the
// 回执 tab names the signer and says this installation does not trust the key yet, lists per department the feature
// a resolution changed (log number, kind, rule, reason) and draws the ticked outcomes on the map. A package whose
// signature entry was changed is refused and the workspace stays as it was.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSubmission, historyFromDiff, signZip, splitSignedZip } from '../../engine/exchange/index.ts';
import { createResolution } from '../../engine/resolutions/index.ts';
import { loadRulePack, runRules, type RulePack } from '../../engine/rules/index.ts';
import { PACKAGE_ZIP_LIMITS } from '../../engine/zip/readZipSafely.ts';
import { createGeometryPort } from '../../main/node/createGeometryPort.ts';
import { buildFromPlans, CREATED, packagePlans, PACK_BYTES } from '../engine/package/packagePlans.ts';
import { memorySigner } from '../engine/exchange/memoryStation.ts';
import { chooseImportOption, openApp, pickFilesVia, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;
let tmp: string;
let projectId: string;

async function openPackage(p: Page, file: string) {
  await pickFilesVia(p, p.getByTestId('package-open'), join(tmp, file));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lantu-e2e-receipt-'));
  mkdirSync(SHOTS, { recursive: true });
  const plans = packagePlans({ projectOnFarmland: true });
  projectId = plans[1]!.features[0]!.id;
  const pack = loadRulePack(JSON.parse(new TextDecoder().decode(PACK_BYTES)));
  if (!pack.ok) throw new Error('pack');
  const port = await createGeometryPort();
  let resolution;
  try {
    const r08 = (await runRules({ plans, pack: pack.pack as RulePack }, port)).report.conflicts.find((c) => c.ruleId === 'R08')!;
    const made = createResolution(
      {
        conflict: r08,
        kind: 'subjectYields',
        decidedBy: '李工',
        decidedAt: '2026-11-27T07:00:00Z',
        logNumber: '20261127000001',
        reason: '项目避让永久基本农田',
      },
      plans,
      port,
    );
    if (!made.ok) throw new Error('resolution refused');
    resolution = made.resolution;
  } finally {
    port.dispose();
  }
  const built = await buildFromPlans(plans, { draft: true, resolutions: { schemaVersion: '1.0.0', resolutions: [resolution] } });
  if (!built.ok || !built.result.ok) throw new Error('package');
  const issued = await signZip(
    built.result.zip,
    memorySigner(7, 'st-bureau', '自然资源和规划局-李工'),
    CREATED,
    CREATED,
    PACKAGE_ZIP_LIMITS,
  );
  writeFileSync(join(tmp, 'issued.zip'), issued);
  const changed = Buffer.from(issued);
  changed[splitSignedZip(issued).signature!.localHeaderOffset + 10]! ^= 0x02;
  writeFileSync(join(tmp, 'issued-changed.zip'), changed);
  // A liaison's submission (a key this browser does not trust), and the same with one byte changed.
  const [, base] = packagePlans();
  const sent = structuredClone(base!);
  sent.plan.version = 'v2';
  sent.features[0]!.properties['XMMC'] = '精密铸件项目（扩建）';
  const history = historyFromDiff(base!, sent, { idPrefix: 'st-fgw-1', author: '张工', station: 'st-fgw', at: '2026-12-05T01:00:00Z' });
  const submission = await buildSubmission(
    {
      plan: sent,
      base: base!,
      history,
      station: { stationId: 'st-fgw', stationName: '发展改革委-张工' },
      author: '张工',
      sequence: 1,
      createdAt: '2026-12-05T01:00:00.000Z',
    },
    memorySigner(3, 'st-fgw', '发展改革委-张工'),
  );
  writeFileSync(join(tmp, 'sub.zip'), submission);
  const flipped = Buffer.from(submission);
  flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
  writeFileSync(join(tmp, 'sub-changed.zip'), flipped);
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
}, 240_000);
afterAll(async () => {
  await app?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the 回执 of an issued package in the editor', () => {
  it('names the signer, lists the feature a resolution changed and filters the map by outcome', async () => {
    await openPackage(page, 'issued.zip');
    await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent?.includes('已打开成果包') === true, null, {
      timeout: 120_000,
    });
    const panel = page.getByTestId('receipt-panel');
    await panel.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('receipt-signature').textContent(), { timeout: 10_000 })
      .toContain('不在本机的受信任密钥列表中');
    const signature = await page.getByTestId('receipt-signature').textContent();
    expect(signature).toContain('自然资源和规划局-李工');
    expect(signature).toContain('不在本机的受信任密钥列表中');

    await chooseImportOption(page, 'receipt-department', '发展改革委');
    await expect
      .poll(() => page.getByTestId('receipt-counts').textContent(), { timeout: 10_000 })
      .toContain('保留 0，已修改 1，已删除 0，新增 0');
    const rows = page.getByTestId('receipt-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    const row = await rows.first().textContent();
    for (const text of [
      '已修改',
      'GYXM 419001000040000001',
      '精密铸件项目',
      '20261127000001',
      '主体让步',
      'R08',
      '项目避让永久基本农田',
      '李工',
    ])
      expect(row).toContain(text);

    expect(await page.evaluate(() => window.lantuMap!.receiptShown())).toEqual([]);
    await page.getByTestId('receipt-filter-changed').check();
    await expect
      .poll(() => page.evaluate(() => window.lantuMap!.receiptShown()), { timeout: 10_000 })
      .toEqual([`pkg-industry/${projectId}`]);
    await page.getByTestId('receipt-filter-removed').check();
    await expect
      .poll(() => page.evaluate(() => window.lantuMap!.receiptShown()), { timeout: 10_000 })
      .toEqual([`pkg-industry/${projectId}`]);
    await page.evaluate(() => window.lantuMap!.whenRendered());
    await page.screenshot({ path: join(SHOTS, 'receipt-1366.png') });
    await page.getByTestId('receipt-filter-changed').uncheck();
    await expect.poll(() => page.evaluate(() => window.lantuMap!.receiptShown()), { timeout: 10_000 }).toEqual([]);

    // The land department: its features were kept.
    await chooseImportOption(page, 'receipt-department', '自然资源和规划局');
    await expect
      .poll(() => page.getByTestId('receipt-counts').textContent(), { timeout: 10_000 })
      .toMatch(/保留 \d+，已修改 0，已删除 0，新增 0/);
    await page.getByTestId('receipt-filter-kept').check();
    await expect
      .poll(async () => (await page.evaluate(() => window.lantuMap!.receiptShown())).length, { timeout: 10_000 })
      .toBeGreaterThan(3);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await chooseImportOption(page, 'receipt-department', '发展改革委');
    await page.getByTestId('receipt-filter-changed').check();
    await page.evaluate(() => window.lantuMap!.whenRendered());
    await page.screenshot({ path: join(SHOTS, 'receipt-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(app.problems.list).toEqual([]);
  }, 240_000);

  it('refuses a package whose signature entry was changed and keeps the workspace', async () => {
    const before = await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.join(','));
    await openPackage(page, 'issued-changed.zip');
    await page.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent?.includes('已被篡改') === true, null, {
      timeout: 60_000,
    });
    expect(await page.getByTestId('notice').textContent()).toContain('当前工作区未改变');
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.join(','))).toBe(before);
    expect(readFileSync(join(tmp, 'issued.zip')).length).toBeGreaterThan(0);
  }, 120_000);
});

describe('a 部门报送包 opened in the editor', () => {
  it('names the unknown signer and refuses it, and refuses a changed byte, leaving the workspace as it was', async () => {
    const before = await page.evaluate(() => JSON.stringify(window.lantuEditor!.store.getState().past.length));
    await openPackage(page, 'sub.zip');
    const dialog = page.getByTestId('submission-dialog');
    await dialog.waitFor({ timeout: 60_000 });
    const refused = await page.getByTestId('submission-refused').textContent();
    expect(refused).toContain('拒绝接收报送包');
    expect(refused).toContain('发展改革委-张工');
    expect(refused).toContain('不在本机的受信任密钥列表中');
    expect(await page.getByTestId('submission-accept').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'submission-refused-1366.png') });
    await page.getByTestId('submission-close').click();
    await dialog.waitFor({ state: 'detached' });

    await openPackage(page, 'sub-changed.zip');
    await dialog.waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('submission-refused').textContent(), { timeout: 10_000 }).toContain('篡改');
    await page.getByTestId('submission-close').click();
    expect(await page.evaluate(() => JSON.stringify(window.lantuEditor!.store.getState().past.length))).toBe(before);
    // The refused package of the previous test is logged as the app logs every refused file; nothing else is.
    expect(app.problems.list.filter((p) => !p.includes('issued-changed.zip 已被篡改'))).toEqual([]);
  }, 120_000);
});
