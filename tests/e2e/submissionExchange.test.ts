// Two stations in one browser test (production build, headless Chromium, two browser contexts = two installations,
// each seeded with its own station and sealed key): the liaison edits a feature and exports a signed 部门报送包 through
// 导出报送包 (the passphrase asked for once); the bureau, which trusts the liaison's key (seeded trust log, as after the
// 受信任密钥 dialog), opens it, sees the signer as trusted and the diff, 接收并合并 — the edit is in its workspace —
// and the same submission opened again is refused as a replay.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicKeyFileOf, stationKeyPairFromSeed, trustEntry } from '../../engine/sign/index.ts';
import { packagePlans } from '../engine/package/packagePlans.ts';
import { ensureRendererBuilt } from './support/ensureRendererBuilt.ts';
import { launchChromium } from './support/launchChromium.ts';
import { seedStation } from './support/seedStation.ts';
import { serveStatic, type StaticServer } from './support/serveStatic.ts';
import { chooseImportOption, pickFilesVia, PROJECT_ROOT } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const PASS = '联络员口令';
const SEED = new Uint8Array(32).fill(21);
let server: StaticServer;
let browser: Browser;
let tmp: string;
const [land, industry] = packagePlans();
const projectId = industry!.features[0]!.id;

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 150_000 });
  // Both installations start from the same accepted versions of the plans.
  await page.evaluate(
    (plans) => {
      const s = window.lantuEditor!.store.getState();
      plans.forEach((plan, index) => s.execute({ kind: 'importPlan', plan, index }));
    },
    [land!, industry!],
  );
  return page;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lantu-e2e-exchange-'));
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(ensureRendererBuilt());
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a 部门报送包 from one station to another in the editor', () => {
  it('liaison exports a signed submission; the bureau sees it trusted, merges it, and refuses it replayed', async () => {
    const liaisonContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
    const liaisonStation = await seedStation(liaisonContext, {
      stationName: '发展改革委-张工',
      role: 'department',
      key: { seed: SEED, passphrase: PASS },
    });
    const liaison = await open(liaisonContext);
    await liaison.evaluate(
      ({ planId, featureId }) => {
        const s = window.lantuEditor!.store.getState();
        const before = s.workspace.plans.get(planId as never)!.features.get(featureId as never)!.properties;
        s.execute({
          kind: 'setAttributes',
          planId: planId as never,
          featureId: featureId as never,
          before,
          after: { ...before, XMMC: '精密铸件项目（二期）' },
        });
      },
      { planId: industry!.plan.id, featureId: projectId },
    );
    await liaison.getByTestId('submit-plan-open').click();
    await chooseImportOption(liaison, 'submit-plan-select', industry!.plan.id);
    await liaison.screenshot({ path: join(SHOTS, 'submit-plan-1366.png') });
    // Without the passphrase nothing is signed or saved, and the dialog says so.
    await liaison.getByTestId('submit-plan-save').click();
    await liaison.getByTestId('passphrase-dialog').getByRole('button', { name: '取消' }).click();
    await expect
      .poll(() => liaison.getByTestId('submit-plan-error').textContent(), { timeout: 10_000 })
      .toBe('未输入口令：报送包未签名，未保存');
    const downloaded = liaison.waitForEvent('download');
    await liaison.getByTestId('submit-plan-save').click();
    await liaison.getByTestId('passphrase-input').fill(PASS);
    await liaison.getByTestId('passphrase-ok').click();
    const download = await downloaded;
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`报送包-${industry!.plan.department}-${industry!.plan.id}-1.zip`);
    await liaison.waitForFunction(() => document.querySelector('[data-testid=notice]')?.textContent?.includes('已导出报送包') === true);
    expect(await liaison.getByTestId('notice').textContent()).toContain('编辑 1 条');

    // The bureau confirmed the liaison's fingerprint by telephone and trusts the key.
    const bureauContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const publicKey = stationKeyPairFromSeed(SEED).publicKey;
    const bureauRecord = { stationId: '0b0b0b0b-0000-4000-8000-000000000001', stationName: '自然资源和规划局-李工' };
    const trusted = trustEntry(
      [],
      publicKeyFileOf(liaisonStation, publicKey),
      liaisonStation.fingerprint!,
      bureauRecord,
      '2026-12-05T00:10:00.000Z',
    );
    if (!trusted.ok) throw new Error(trusted.error.zh);
    await seedStation(bureauContext, { stationName: '自然资源和规划局-李工', role: 'bureau', trust: [trusted.entry] });
    const bureau = await open(bureauContext);
    const openSubmission = async () => {
      await pickFilesVia(bureau, bureau.getByTestId('package-open'), file);
      await bureau.getByTestId('submission-dialog').waitFor({ timeout: 60_000 });
    };
    await openSubmission();
    await expect
      .poll(() => bureau.getByTestId('submission-signature').textContent(), { timeout: 10_000 })
      .toContain(`的签名有效，签名者 发展改革委-张工（${liaisonStation.stationId}），指纹 ${liaisonStation.fingerprint}`);
    const signature = await bureau.getByTestId('submission-signature').textContent();
    expect(signature).toContain('发展改革委-张工');
    expect(signature).toContain(`的签名有效，签名者 发展改革委-张工（${liaisonStation.stationId}），指纹 ${liaisonStation.fingerprint}`);
    await expect.poll(() => bureau.getByTestId('import-diff-changed').textContent(), { timeout: 10_000 }).toContain('1');
    await bureau.screenshot({ path: join(SHOTS, 'submission-trusted-1366.png') });
    await bureau.getByTestId('submission-accept').click();
    const merged = await bureau.evaluate(
      ({ planId, featureId }) =>
        window
          .lantuEditor!.store.getState()
          .workspace.plans.get(planId as never)!
          .features.get(featureId as never)!.properties['XMMC'],
      { planId: industry!.plan.id, featureId: projectId },
    );
    expect(merged).toBe('精密铸件项目（二期）');

    await openSubmission();
    await expect.poll(() => bureau.getByTestId('submission-refused').textContent(), { timeout: 10_000 }).toContain('重放');
    expect(await bureau.getByTestId('submission-accept').count()).toBe(0);
  }, 300_000);
});
