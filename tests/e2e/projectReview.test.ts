// 并联审批 in two pages of the production build (headless Chromium, the app's CSP, real IndexedDB, separate
// browser contexts = two workstations). The coordinator drops a surveyor's 界址点 TXT, fills the facts and sees
// the project on the map and in the register; sends 征求意见 files (downloads); each department's page opens
// its file, sees the project and its preliminary review, records and exports its opinion; the coordinator
// imports all but one, is refused the 联合审查意见 naming the missing department, imports the last, issues it
// and sees the joint result; the report prints. Screenshots at 1366×768 and 1920×1080. The two stations trust each
// other's keys (seeded trust logs): every file is signed, and a tampered opinion is refused.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../engine/import/boundary/readBoundaryTxt.ts';
import { sealReportHtml } from '../../main/node/sealReportHtml.ts';
import { newStationRecord, publicKeyFileOf, stationKeyPairFromSeed, trustEntry, type StationRole } from '../../engine/sign/index.ts';
import { dialogPlacement, dropFileOnWindow, OVERLAY, openApp, PROJECT_ROOT, seedStation, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const TXT = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'boundary', 'gbk-crlf-two-parcels.txt');
let app: OpenApp;
let coordinator: Page;
let departmentContext: BrowserContext;
let department: Page;

const PASS = 'review-station-passphrase';
const COORDINATOR = {
  seed: new Uint8Array(32).fill(21),
  stationId: '0c0c0c0c-0000-4000-8000-000000000001',
  stationName: '自然资源和规划局-李工',
};
const DEPARTMENT = { seed: new Uint8Array(32).fill(22), stationId: '0d0d0d0d-0000-4000-8000-000000000002', stationName: '生态环境局-张工' };

/** The trust-log entry by which `by` trusts `of`'s key (its fingerprint confirmed by telephone). */
function trusts(by: typeof COORDINATOR, of: typeof COORDINATOR, role: StationRole) {
  const record = newStationRecord({ stationId: of.stationId, stationName: of.stationName, role, createdAt: '2026-12-05T00:00:00.000Z' });
  const file = publicKeyFileOf(record, stationKeyPairFromSeed(of.seed).publicKey);
  const made = trustEntry([], file, file.fingerprint, by, '2026-12-05T00:10:00.000Z');
  if (!made.ok) throw new Error(made.error.zh);
  return made.entry;
}

/** Answers the passphrase dialog when the station asks (once a session: the key stays open afterwards). */
async function givePassphrase(p: Page) {
  await p.getByTestId('passphrase-input').fill(PASS);
  await p.getByTestId('passphrase-ok').click();
}

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
  app = await openApp({
    viewport: { width: 1366, height: 768 },
    stationOptions: {
      ...COORDINATOR,
      role: 'bureau',
      key: { seed: COORDINATOR.seed, passphrase: PASS },
      trust: [trusts(COORDINATOR, DEPARTMENT, 'department')],
    },
  });
  coordinator = app.page;
  await ready(coordinator);
  departmentContext = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
  await seedStation(departmentContext, {
    ...DEPARTMENT,
    role: 'department',
    key: { seed: DEPARTMENT.seed, passphrase: PASS },
    trust: [trusts(DEPARTMENT, COORDINATOR, 'bureau')],
  });
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
    await expect(dialogPlacement(coordinator, 'boundary-dialog')).resolves.toEqual(OVERLAY);
    await expect.poll(() => coordinator.getByTestId('boundary-crs').textContent(), { timeout: 10_000 }).toBe('EPSG:4526');
    await expect.poll(() => coordinator.locator('[data-testid=boundary-parcels] tbody tr').count(), { timeout: 10_000 }).toBe(2);
    await coordinator.screenshot({ path: join(SHOTS, 'project-boundary-1366.png') });
    await coordinator.getByTestId('fact-XMMC').fill('济源示范新材料项目');
    await coordinator.getByTestId('fact-XMDM').fill('2026-41');
    await coordinator.getByTestId('fact-GYLB').selectOption('二类');
    await coordinator.getByTestId('fact-ZDXM').selectOption('否');
    await coordinator.getByTestId('fact-NYDYT').fill('1001');
    await coordinator.getByTestId('boundary-add').click();
    await expect.poll(() => coordinator.getByTestId('fact-problems').textContent(), { timeout: 10_000 }).toContain('XMDM');
    expect(await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects ?? [])).toEqual([]);
    await coordinator.getByTestId('fact-XMDM').fill('2026-419001-30-03-000001');
    await coordinator.getByTestId('boundary-add').click();
    await coordinator.waitForSelector('[data-testid=register-row]');
    const ids = await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects!.map((p) => p.project.id));
    expect(ids).toHaveLength(1);
    await expect.poll(() => coordinator.evaluate(() => window.lantuMap!.projectIdsShown()), { timeout: 10_000 }).toEqual(ids);
    await coordinator.evaluate(() => window.lantuMap!.whenRendered());
    await coordinator.screenshot({ path: join(SHOTS, 'project-register-1366.png') });
    // Out again: the boundary saved as a 部标 TXT gives back the surveyor's 地块, 点号, 圈号 and coordinates.
    const txt = await download(coordinator, () => coordinator.getByTestId('boundary-export-txt').click());
    expect(txt.name).toBe('界址点-济源示范新材料项目.txt');
    const pointsOf = (bytes: Uint8Array) =>
      readBoundaryTxt(bytes, 'b.txt').parcels.map((p) => [
        p.id,
        p.rings.map((r) => r.points.map((q) => [q.pointId, r.ringNo, q.xM, q.yM])),
      ]);
    expect(pointsOf(txt.bytes)).toEqual(pointsOf(new Uint8Array(readFileSync(TXT))));
  });

  const consultations: { name: string; bytes: Uint8Array }[] = [];
  const opinions: { name: string; bytes: Uint8Array; department: string }[] = [];

  it('reviews the project and sends one 征求意见 file per department', async () => {
    await coordinator.waitForSelector('[data-testid=register-preliminary]', { timeout: 120_000 });
    await expect.poll(() => coordinator.locator('[data-testid=register-cell]').count(), { timeout: 10_000 }).toBe(6);
    await coordinator.getByTestId('consult-deadline').fill('2026-12-11');
    const downloads: Promise<void>[] = [];
    coordinator.on('download', (d) => {
      downloads.push(
        d.path().then((path) => {
          consultations.push({ name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) });
        }),
      );
    });
    // Without the passphrase nothing is signed, recorded or saved, and the notice says so.
    await coordinator.getByTestId('consult-send').click();
    await coordinator.getByTestId('passphrase-dialog').getByRole('button', { name: '取消' }).click();
    await coordinator.waitForFunction(
      () => document.querySelector('[data-testid=notice-text]')?.textContent?.includes('未输入口令') === true,
    );
    expect(await coordinator.getByTestId('notice-text').textContent()).toBe('未输入口令：征求意见文件未签名，未发出');
    expect(await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.consultations ?? [])).toEqual([]);
    expect(downloads).toHaveLength(0);
    await coordinator.getByTestId('consult-send').click();
    await givePassphrase(coordinator);
    await coordinator.waitForFunction(() => (window.lantuEditor!.store.getState().workspace.consultations ?? []).length === 6);
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(6);
    await Promise.all(downloads);
    expect(consultations.map((c) => c.name).every((n) => n.startsWith('征求意见-济源示范新材料项目-'))).toBe(true);
    await expect.poll(() => coordinator.locator('[data-testid=register-cell][data-state=awaiting]').count(), { timeout: 10_000 }).toBe(6);
  });

  it("in a department's page: opens its 征求意见 file, sees the project and the preliminary review, records and exports the opinion", async () => {
    for (const file of consultations) {
      await dropFileOnWindow(department, file.name, file.bytes);
      await department.waitForSelector('[data-testid=department-dialog][data-department]');
      await expect(dialogPlacement(department, 'department-dialog')).resolves.toEqual(OVERLAY);
      const id = await department.getByTestId('department-dialog').getAttribute('data-department');
      const facts = await department.getByTestId('department-project').textContent();
      expect(facts).toContain('济源示范新材料项目');
      // The facts are named as the schema names them, not by their field codes.
      expect(facts).toContain('工业类别');
      expect(facts).not.toContain('GYLB');
      await expect.poll(() => department.getByTestId('project-outline').count(), { timeout: 10_000 }).toBe(1);
      // The file is signed by the coordinator's station, which this department trusts.
      await expect
        .poll(() => department.getByTestId('department-signer').textContent(), { timeout: 10_000 })
        .toContain(`签名有效，签名者 ${COORDINATOR.stationName}`);
      if (opinions.length === 0) await department.screenshot({ path: join(SHOTS, 'project-department-1366.png') });
      await department.getByTestId('opinion-export').click();
      if (opinions.length === 0) {
        // Nothing exported until the reviewer and the 文号 are given.
        await expect.poll(() => department.getByTestId('opinion-problems').textContent(), { timeout: 10_000 }).toContain('审查人');
      }
      await department.getByTestId('opinion-reviewer').fill(`${id}审查员`);
      await department.getByTestId('opinion-document-no').fill(`济${id}函〔2026〕12号`);
      await department.getByTestId('opinion-date').fill('2026-12-05');
      const verdict = await department.getByTestId('opinion-verdict').inputValue();
      if (verdict === 'conditional' && !(await department.getByTestId('opinion-conditions').inputValue()).trim()) {
        await department.getByTestId('opinion-conditions').fill('落实耕地占补平衡');
      }
      const first = opinions.length === 0;
      const exported = await download(department, async () => {
        await department.getByTestId('opinion-export').click();
        if (first) await givePassphrase(department);
      });
      opinions.push({ ...exported, department: id! });
      await department.waitForSelector('[data-testid=department-dialog]', { state: 'detached' });
    }
    expect(opinions.map((o) => o.name).every((n) => n.startsWith('部门意见-济源示范新材料项目-'))).toBe(true);
    expect(new Set(opinions.map((o) => o.department)).size).toBe(6);
  }, 180_000);

  it("in the coordinator's page: refuses the joint opinion while one department has not answered, then issues it", async () => {
    // One changed byte in the signed opinion: refused by name, nothing recorded.
    const envelope = JSON.parse(new TextDecoder().decode(opinions[0]!.bytes)) as { payload: string };
    const changed = { ...envelope, payload: envelope.payload.replace('审查员', '审查元') };
    expect(changed.payload).not.toBe(envelope.payload);
    await dropFileOnWindow(coordinator, opinions[0]!.name, new TextEncoder().encode(JSON.stringify(changed)));
    await coordinator.waitForFunction(
      () => document.querySelector('[data-testid=notice-text]')?.textContent?.includes('已被篡改') === true,
    );
    expect(await coordinator.getByTestId('notice-text').textContent()).toContain(`${opinions[0]!.name} 已被篡改`);
    expect(await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.opinions ?? [])).toEqual([]);
    for (const o of opinions.slice(0, 5)) await dropFileOnWindow(coordinator, o.name, o.bytes);
    await coordinator.waitForFunction(() => (window.lantuEditor!.store.getState().workspace.opinions ?? []).length === 5);
    await coordinator.getByTestId('joint-document-no').fill('济并审〔2026〕1号');
    await coordinator.getByTestId('joint-coordinator').fill('李统筹');
    await coordinator.getByTestId('joint-issue').click();
    const missing = opinions[5]!.department;
    await expect.poll(() => coordinator.getByTestId('joint-blockers').textContent(), { timeout: 10_000 }).toContain('尚未就当前版本答复');
    const blockers = await coordinator.getByTestId('joint-blockers').textContent();
    const names = new Map(
      consultations.map((c) => {
        const { payload } = JSON.parse(new TextDecoder().decode(c.bytes)) as { payload: string };
        const file = JSON.parse(payload) as { department: { id: string; nameZh: string } };
        return [file.department.id, file.department.nameZh] as const;
      }),
    );
    expect(blockers).toContain(names.get(missing));
    expect(blockers).toContain('尚未就当前版本答复');
    for (const o of opinions.slice(0, 5)) expect(blockers).not.toContain(names.get(o.department));
    expect((await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.jointOpinions ?? [])).length).toBe(0);
    await coordinator.screenshot({ path: join(SHOTS, 'project-joint-refused-1366.png') });
    await dropFileOnWindow(coordinator, opinions[5]!.name, opinions[5]!.bytes);
    await coordinator.waitForFunction(() => (window.lantuEditor!.store.getState().workspace.opinions ?? []).length === 6);
    await coordinator.getByTestId('joint-issue').click();
    await coordinator.waitForSelector('[data-testid=register-row][data-joint]:not([data-joint=""])');
    const joint = await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.jointOpinions![0]!);
    const verdicts = await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.opinions!.map((o) => o.verdict));
    expect(joint.verdict).toBe(verdicts.includes('fail') ? 'fail' : verdicts.includes('conditional') ? 'conditional' : 'pass');
    expect(joint).toMatchObject({ documentNo: '济并审〔2026〕1号', coordinator: '李统筹' });
    await expect
      .poll(() => coordinator.getByTestId('register-joint-verdict').textContent(), { timeout: 10_000 })
      .toContain('济并审〔2026〕1号');
    await coordinator.screenshot({ path: join(SHOTS, 'project-joint-1366.png') });
  });

  it('opens the 合规性审查报告 in a sandboxed frame and prints it: the PDF holds the project, the departments and the joint result', async () => {
    await coordinator.getByTestId('report-open').click();
    await coordinator.waitForSelector('[data-testid=report-dialog]');
    await expect(dialogPlacement(coordinator, 'report-dialog')).resolves.toEqual(OVERLAY);
    const frame = coordinator.frameLocator('[data-testid=report-frame]');
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 10_000 }).toContain('济源示范新材料项目');
    const html = await coordinator
      .locator('[data-testid=report-frame]')
      .evaluate((el) => (el as HTMLIFrameElement).contentDocument!.documentElement.outerHTML);
    expect(html).toContain('济并审〔2026〕1号');
    expect(html).toMatch(/@page[^}]*A4/);
    // The frame's styles apply under the app's CSP (the report is styled, not raw text).
    const styled = await coordinator.locator('[data-testid=report-frame]').evaluate((el) => {
      const doc = (el as HTMLIFrameElement).contentDocument!;
      return [...doc.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0);
    });
    expect(styled).toBeGreaterThan(0);
    await coordinator.screenshot({ path: join(SHOTS, 'project-report-1366.png') });
    // A browser has no direct PDF export: the button is hidden and 打印 (Save as PDF) does it.
    expect(await coordinator.getByTestId('report-pdf').count()).toBe(0);
    await coordinator.getByTestId('report-print').click();
    // What the print gives: the frame's document printed to A4 by Chromium, read back with pdftotext.
    const printer = await app.context.newPage();
    await printer.setContent(html);
    const pdf = await printer.pdf({ format: 'A4', preferCSSPageSize: true });
    // The desktop app prints the report sealed by main's CSP (no fetch, no script): its styles still apply.
    await printer.setContent(sealReportHtml(html));
    const sealedRules = await printer.evaluate(() => [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0));
    expect(sealedRules).toBe(styled);
    await printer.close();
    const dir = mkdtempSync(join(tmpdir(), 'lantu-report-'));
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [join(dir, 'report.pdf')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    expect(text).toContain('济源示范新材料项目');
    expect(text).toContain('济并审〔2026〕1号');
    await coordinator.getByTestId('report-close').click();
  });

  it('keeps the register, the opinions and the joint opinion after a reload, and follows a language switch', async () => {
    await coordinator.evaluate(() => window.lantuEditor!.autosave.flush());
    const before = await coordinator.evaluate(() => {
      const ws = window.lantuEditor!.store.getState().workspace;
      return { projects: ws.projects, opinions: ws.opinions, jointOpinions: ws.jointOpinions, consultations: ws.consultations };
    });
    await coordinator.reload();
    await ready(coordinator);
    const after = await coordinator.evaluate(() => {
      const ws = window.lantuEditor!.store.getState().workspace;
      return { projects: ws.projects, opinions: ws.opinions, jointOpinions: ws.jointOpinions, consultations: ws.consultations };
    });
    expect(after).toEqual(before);
    await coordinator.getByTestId('projects-tab').click();
    await coordinator.locator('[data-testid=register-row]').click();
    await coordinator.getByTestId('language').click();
    await expect.poll(() => coordinator.getByTestId('register-joint').textContent(), { timeout: 10_000 }).toContain('Joint review');
    // The stored Chinese values are read in English on an English screen; the panel's own words have no Chinese
    // but the project's name and the departments' documents.
    await expect
      .poll(() => coordinator.locator('.register-stage').first().textContent(), { timeout: 10_000 })
      .toBe('land pre-approval and siting');
    const panel = (await coordinator.getByTestId('projects-panel').textContent()) ?? '';
    expect(panel.replace(/济源示范新材料项目|济并审〔2026〕1号|李统筹/g, '').match(/[\u4e00-\u9fff〔〕]+/g)).toBeNull();
    await coordinator.setViewportSize({ width: 1920, height: 1080 });
    await coordinator.evaluate(() => window.lantuMap!.whenRendered());
    await coordinator.screenshot({ path: join(SHOTS, 'project-register-1920.png') });
    await coordinator.getByTestId('language').click();
    await coordinator.setViewportSize({ width: 1366, height: 768 });
  });

  it('takes a boundary drawn on the map as a second project, with its 界址点 numbered J1…', async () => {
    await coordinator.getByTestId('projects-tab').click();
    await coordinator.getByTestId('boundary-draw').click();
    const box = (await coordinator.locator('.map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [
      [-60, -40],
      [60, -40],
      [60, 40],
      [-60, 40],
    ] as const)
      await coordinator.mouse.click(cx + dx, cy + dy);
    await coordinator.mouse.click(cx - 60, cy - 40);
    await coordinator.waitForSelector('[data-testid=boundary-dialog]');
    await expect.poll(() => coordinator.getByTestId('boundary-crs').textContent(), { timeout: 10_000 }).toBe('EPSG:4526');
    await coordinator.getByTestId('fact-XMMC').fill('绘制的仓储项目');
    await coordinator.getByTestId('fact-XMLX').selectOption('仓储');
    await coordinator.getByTestId('fact-stage').selectOption('策划生成');
    await coordinator.getByTestId('boundary-add').click();
    await coordinator.waitForFunction(() => (window.lantuEditor!.store.getState().workspace.projects ?? []).length === 2);
    const drawn = await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects![1]!);
    expect(drawn.project.source.format).toBe('drawn');
    expect(drawn.project.source.points.map((p) => p.pointId)).toEqual(['J1', 'J2', 'J3', 'J4', 'J1']);
    await expect.poll(() => coordinator.evaluate(() => window.lantuMap!.projectIdsShown().length), { timeout: 10_000 }).toBe(2);
  });

  it('reads 界址点 pasted from a spreadsheet as a third project', async () => {
    await coordinator.getByTestId('boundary-type').click();
    const rows = [
      '点号\t圈号\tX\tY',
      'J1\t1\t3886793.052\t38373262.860',
      'J2\t1\t3886789.240\t38373536.412',
      'J3\t1\t3886567.333\t38373533.322',
      'J4\t1\t3886571.145\t38373259.764',
      'J1\t1\t3886793.052\t38373262.860',
    ];
    await coordinator.getByTestId('boundary-table-text').fill(rows.join('\n'));
    await coordinator.getByTestId('boundary-table-read').click();
    await coordinator.waitForSelector('[data-testid=boundary-dialog]');
    await expect.poll(() => coordinator.getByTestId('boundary-crs').textContent(), { timeout: 10_000 }).toBe('EPSG:4526');
    await expect.poll(() => coordinator.getByTestId('boundary-area').textContent(), { timeout: 10_000 }).toContain('6.06');
    await coordinator.getByTestId('fact-XMMC').fill('粘贴的仓储项目');
    await coordinator.getByTestId('fact-XMLX').selectOption('仓储');
    await coordinator.getByTestId('fact-stage').selectOption('策划生成');
    await coordinator.getByTestId('boundary-add').click();
    await coordinator.waitForFunction(() => (window.lantuEditor!.store.getState().workspace.projects ?? []).length === 3);
    const typed = await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects![2]!.project.source);
    expect([typed.format, typed.fileName, typed.points.length]).toEqual(['typed', null, 5]);
  });

  it('refuses a file with a fatal finding and stores nothing', async () => {
    const before = await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects!.length);
    const bad = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'boundary', 'xian80-unsupported.txt');
    await dropFileOnWindow(coordinator, 'xian80-unsupported.txt', new Uint8Array(readFileSync(bad)));
    await coordinator.waitForSelector('[data-testid=boundary-fatal]');
    await expect.poll(() => coordinator.getByTestId('boundary-findings').textContent(), { timeout: 10_000 }).toContain('1980');
    await expect.poll(() => coordinator.getByTestId('boundary-add').isDisabled(), { timeout: 10_000 }).toBe(true);
    await coordinator.getByTestId('boundary-cancel').click();
    expect(await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects!.length)).toBe(before);
  });

  it("replaces the first project's boundary: its opinions and joint opinion become stale in the register", async () => {
    const first = coordinator.locator('[data-testid=register-row]').first();
    await first.click();
    const other = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'boundary', 'utf8-bom-lf-zone37.txt');
    await dropFileOnWindow(coordinator, 'utf8-bom-lf-zone37.txt', new Uint8Array(readFileSync(other)));
    await coordinator.waitForSelector('[data-testid=boundary-dialog]');
    await coordinator.getByTestId('boundary-replace').check();
    await expect.poll(() => coordinator.getByTestId('fact-XMMC').inputValue(), { timeout: 10_000 }).toBe('济源示范新材料项目');
    await coordinator.getByTestId('boundary-add').click();
    await coordinator.waitForSelector('[data-testid=boundary-dialog]', { state: 'detached' });
    await expect.poll(() => first.locator('[data-testid=register-cell][data-state=stale]').count(), { timeout: 10_000 }).toBe(6);
    await expect.poll(() => first.getAttribute('data-joint'), { timeout: 10_000 }).toBe('');
    await expect.poll(() => first.getByTestId('register-joint').textContent(), { timeout: 10_000 }).toContain('⟳');
    expect(await coordinator.evaluate(() => window.lantuEditor!.store.getState().workspace.projects!.length)).toBe(3);
    await coordinator.screenshot({ path: join(SHOTS, 'project-stale-1366.png') });
  });
});
