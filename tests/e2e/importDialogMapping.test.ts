// The import dialog for a GUI user, in headless Chromium at 1366×768: a GBK Shapefile with a coded WRDJ column
// shows 5 decoded sample values per column, WRDJ 1/2/3 is value-mapped to 一类/二类/三类工业 and the plan
// records the managed department's full name; the dialog asks for a title (a Shapefile has none), speaks no CLI
// flags, and the next import remembers kind, department, field and value mapping and takes the title from the
// GeoJSON's metadata. Screenshots at 1366×768 and 1920×1080 in Chinese and English.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseImportOption as choose, openApp, pickFilesVia, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;
let dir: string;

const parcel = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 35.1],
      [x + 0.002, 35.1],
      [x + 0.002, 35.102],
      [x, 35.102],
      [x, 35.1],
    ],
  ],
});
const WRDJ = [1, 2, 3, 2, 1, 3];
const features = (bsmBase: number, x0: number) =>
  WRDJ.map((wrdj, i) => ({
    type: 'Feature',
    properties: { BSM: `419001000020${bsmBase + i}`, XMMC: `济源钢铁配套项目${i + 1}号`, YDYHFLDM: '100102', WRDJ: wrdj },
    geometry: parcel(x0 + i * 0.004),
  }));

async function chooseFiles(p: Page, paths: string[]) {
  await pickFilesVia(p, p.getByTestId('import-pick'), paths);
}

/** Waits for the report's counts to say `text`; on a timeout, fails with what the dialog does say. */
async function waitForCounts(text: string) {
  try {
    await page.waitForFunction((t) => document.querySelector('[data-testid=import-counts]')?.textContent?.includes(t), text, {
      timeout: 20_000,
    });
  } catch {
    const shown = await page.evaluate(() =>
      ['import-counts', 'import-issues'].map((id) => document.querySelector(`[data-testid=${id}]`)?.textContent).join(' | '),
    );
    throw new Error(`counts never said "${text}": ${shown}`);
  }
}

const planState = (id: string) =>
  page.evaluate((planId) => {
    const entry = window.lantuEditor!.store.getState().workspace.plans.get(planId as never);
    return entry
      ? {
          title: entry.meta.title,
          department: entry.meta.department,
          gylx: [...entry.features.values()].map((f) => f.properties.GYLX),
        }
      : null;
  }, id);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'lantu-import-mapping-e2e-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify({ type: 'FeatureCollection', features: features(500001, 112.6) }));
  execFileSync(
    'ogr2ogr',
    ['-f', 'ESRI Shapefile', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-lco', 'ENCODING=GBK', '-nln', 'gyxm', 'shp', 'source.geojson'],
    { cwd: dir, stdio: 'pipe' },
  );
  // The second delivery: GeoJSON whose metadata names the plan (the file name is still gyxm2).
  writeFileSync(
    join(dir, 'gyxm2.geojson'),
    JSON.stringify({ type: 'FeatureCollection', name: '济源市重点工业项目库（2025年）', features: features(600001, 112.65) }),
  );
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the import dialog’s mapping step', () => {
  it('shows decoded samples, maps WRDJ codes, asks for the title and records the managed department', async () => {
    await page.getByTestId('import-plans').first().click();
    await chooseFiles(
      page,
      readdirSync(join(dir, 'shp')).map((n) => join(dir, 'shp', n)),
    );
    await choose(page, 'import-kind', 'industry');
    // The department comes from the managed list: 发改工信 for industry plans, its full name in the tooltip.
    await expect.poll(() => page.getByTestId('import-department').getAttribute('data-value'), { timeout: 10_000 }).toBe('fgw');
    await expect.poll(() => page.getByTestId('import-department').textContent(), { timeout: 10_000 }).toBe('发改工信');
    await choose(page, 'import-layer', 'GYXM');
    await choose(page, 'import-target', 'new');
    await page.waitForSelector('[data-testid=import-mapping]');
    // 5 sample values per column, decoded from GBK (no mojibake), distinct values only.
    await expect
      .poll(() => page.getByTestId('import-samples-XMMC').textContent(), { timeout: 10_000 })
      .toBe('济源钢铁配套项目1号 · 济源钢铁配套项目2号 · 济源钢铁配套项目3号 · 济源钢铁配套项目4号 · 济源钢铁配套项目5号');
    await expect.poll(() => page.getByTestId('import-samples-WRDJ').textContent(), { timeout: 10_000 }).toBe('1 · 2 · 3');
    // Each sample value sits on one line: a BSM never breaks mid-number (the cell wraps between values only).
    const valuesOnTwoLines = () =>
      page.evaluate(() => {
        const cell = document.querySelector<HTMLElement>('[data-testid=import-samples-BSM]')!;
        const broken: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          let from = 0;
          for (const piece of text.split(' · ')) {
            const start = text.indexOf(piece, from);
            from = start + piece.length;
            if (!piece.trim()) continue;
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + piece.length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(piece);
          }
        }
        return { broken, values: cell.textContent?.split(' · ').length ?? 0 };
      });
    await expect.poll(valuesOnTwoLines, { timeout: 10_000 }).toEqual({ broken: [], values: 5 });
    await choose(page, 'import-map-WRDJ', 'GYLX');
    await page.waitForSelector('[data-testid=import-value-mapping]');
    // Before value mapping, the codes are not in the code table: quality issues on every feature.
    await waitForCounts('有质量问题 6');
    await choose(page, 'import-value-WRDJ-1', '一类工业');
    await choose(page, 'import-value-WRDJ-2', '二类工业');
    await choose(page, 'import-value-WRDJ-3', '三类工业');
    await waitForCounts('有效 6，有质量问题 0');
    // A Shapefile names no plan: the dialog asks instead of taking "gyxm".
    await expect.poll(() => page.getByTestId('import-title').inputValue(), { timeout: 10_000 }).toBe('');
    await expect.poll(() => page.getByTestId('import-title-source').textContent(), { timeout: 10_000 }).toContain('文件中没有规划名称');
    await expect(page.getByTestId('import-confirm').isDisabled()).resolves.toBe(true);
    const dialogText = await page.getByTestId('import-dialog').textContent();
    expect(dialogText).not.toMatch(/--[a-z]/);
    // Cleared after typing, the field asks again; typed, the line says so in plain words.
    await page.getByTestId('import-title').fill('x');
    await page.getByTestId('import-title').fill('');
    await expect.poll(() => page.getByTestId('import-title-source').textContent(), { timeout: 10_000 }).toBe('规划名称为空，请填写');
    await page.getByTestId('import-title').fill('济源市钢铁配套产业项目');
    await expect.poll(() => page.getByTestId('import-title-source').textContent(), { timeout: 10_000 }).toBe('规划名称：手动填写');
    await page.screenshot({ path: join(SHOTS, 'import-mapping-1366-zh.png') });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await waitForCounts('6 valid');
    await expect.poll(() => page.getByTestId('import-title-source').textContent(), { timeout: 10_000 }).toBe('Title: typed in by hand');
    expect(await page.getByTestId('import-dialog').textContent()).not.toMatch(/--[a-z]/);
    await page.screenshot({ path: join(SHOTS, 'import-mapping-1366-en.png') });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    expect(await planState('industry-fgw')).toEqual({
      title: '济源市钢铁配套产业项目',
      department: '济源市发展和改革委员会（工业和信息化局）',
      gylx: ['一类工业', '二类工业', '三类工业', '二类工业', '一类工业', '三类工业'],
    });
    // The package entry of this plan stays ASCII: its id is kind + the department's id.
    expect(app.problems.list).toEqual([]);
  });

  it('remembers kind, department, field and value mapping, and takes the title from the GeoJSON’s metadata', async () => {
    await page.getByTestId('import-plans').first().click();
    await expect.poll(() => page.getByTestId('import-kind').getAttribute('data-value'), { timeout: 10_000 }).toBe('industry');
    await expect.poll(() => page.getByTestId('import-department').getAttribute('data-value'), { timeout: 10_000 }).toBe('fgw');
    await chooseFiles(page, [join(dir, 'gyxm2.geojson')]);
    await choose(page, 'import-layer', 'GYXM');
    await choose(page, 'import-target', 'new');
    await page.waitForSelector('[data-testid=import-mapping]');
    await expect.poll(() => page.getByTestId('import-map-WRDJ').getAttribute('data-value'), { timeout: 10_000 }).toBe('GYLX');
    await waitForCounts('有效 6，有质量问题 0');
    await expect.poll(() => page.getByTestId('import-value-WRDJ-3').getAttribute('data-value'), { timeout: 10_000 }).toBe('三类工业');
    await expect.poll(() => page.getByTestId('import-title').inputValue(), { timeout: 10_000 }).toBe('济源市重点工业项目库（2025年）');
    await expect.poll(() => page.getByTestId('import-title-source').textContent(), { timeout: 10_000 }).toContain('取自文件的元数据');
    await page.screenshot({ path: join(SHOTS, 'import-remembered-1366-zh.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'import-mapping-1920-zh.png') });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await waitForCounts('6 valid');
    await page.screenshot({ path: join(SHOTS, 'import-mapping-1920-en.png') });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    expect(await planState('industry-fgw-2')).toEqual({
      title: '济源市重点工业项目库（2025年）',
      department: '济源市发展和改革委员会（工业和信息化局）',
      gylx: ['一类工业', '二类工业', '三类工业', '二类工业', '一类工业', '三类工业'],
    });
    // The layer tree shows the department's short name; its full name is the antd tooltip's (data-department).
    const head = page.locator(
      '[data-testid=layer-tree] [data-testid=layer-department][data-department="济源市发展和改革委员会（工业和信息化局）"]',
    );
    await expect.poll(() => head.first().textContent(), { timeout: 10_000 }).toBe('发改工信');
    expect(app.problems.list).toEqual([]);
  });

  it('adds a department to the managed list from the dialog, as one command that undo takes back', async () => {
    await page.getByTestId('import-plans').first().click();
    await page.getByTestId('import-manage-departments').click();
    await page.getByTestId('department-add').click();
    await page.getByTestId('department-id').fill('zjj');
    await page.getByTestId('department-name-zh').fill('济源市住房和城乡建设局');
    await page.getByTestId('department-short-zh').fill('住建');
    await page.getByTestId('department-name-en').fill('Jiyuan Housing and Urban-Rural Development Bureau');
    await page.getByTestId('department-short-en').fill('Housing');
    await page.getByTestId('department-save').click();
    await page.getByTestId('departments-close').click();
    // The new department is chosen in the import dialog and is the workspace's list now.
    await expect.poll(() => page.getByTestId('import-department').getAttribute('data-value'), { timeout: 10_000 }).toBe('zjj');
    await expect.poll(() => page.getByTestId('import-department').textContent(), { timeout: 10_000 }).toBe('住建');
    const listed = () => page.evaluate(() => (window.lantuEditor!.store.getState().workspace.departments ?? []).map((d) => d.id).join(','));
    await expect(listed()).resolves.toBe('zrzy,lyj,sthj,fgw,jtys,tl,zjj');
    await page.getByTestId('import-cancel').click();
    await expect(page.evaluate(() => window.lantuEditor!.store.getState().past.at(-1)!.kind)).resolves.toBe('setDepartments');
    await page.evaluate(() => window.lantuEditor!.store.getState().undo());
    await expect(listed()).resolves.toBe('');
    expect(app.problems.list).toEqual([]);
  });
});
