// A new version made from a file that holds one layer of a plan, in headless Chromium on the Jiyuan demo: the
// file's layer is replaced and the plan's other layers are kept (the dialog names both), a version that deletes
// more than it adds warns with the count and its confirm button says it deletes, lines are measured by length in
// the change list, a LineString file of kind 交通 goes to JTXL by itself, and one undo restores the plan.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../engine/model/types.ts';
import { chooseImportOption, openApp, pickFilesVia, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { loadDemoPlans } from './demoData.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
let app: OpenApp;
let page: Page;
let dir: string;

const demo = (kind: string) => loadDemoPlans().find((p) => p.plan.kind === kind)!;

/** The first n features of a demo layer as a department's new file: new BSMs, so every one is an addition. */
function fileOf(plan: PlanDocument, layer: string, n: number, rename: (p: Record<string, unknown>) => void = () => {}) {
  const features = plan.features
    .filter((f) => f.layer === layer)
    .slice(0, n)
    .map((f, i) => {
      const properties: Record<string, unknown> = { ...f.properties, BSM: `4190010000300000${String(i + 1).padStart(2, '0')}` };
      rename(properties);
      return { type: 'Feature', properties, geometry: f.geometry };
    });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function chooseFiles(p: Page, paths: string[]) {
  await pickFilesVia(p, p.getByTestId('import-pick'), paths);
}

const text = (testId: string) => page.getByTestId(testId).textContent();
const layerCounts = (planId: string) =>
  page.evaluate((id) => {
    const entry = window.lantuEditor!.store.getState().workspace.plans.get(id as never)!;
    const counts: Record<string, number> = {};
    for (const f of entry.features.values()) counts[f.layer] = (counts[f.layer] ?? 0) + 1;
    const names = [...entry.features.values()].map((f) => f.properties.YQMC).filter((n) => typeof n === 'string');
    return { version: entry.meta.version, counts, parks: names.sort() };
  }, planId);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'lantu-import-version-e2e-'));
  // 5 产业项目 as a Shapefile (the layer named GYXM, as departments deliver it), 2 roads as GeoJSON without a layer name.
  writeFileSync(
    join(dir, 'gyxm.geojson'),
    fileOf(demo('industry'), 'GYXM', 5, (p) => (p.XMMC = `${String(p.XMMC)}（二期）`)),
  );
  execFileSync(
    'ogr2ogr',
    ['-f', 'ESRI Shapefile', '-a_srs', 'EPSG:4490', '-lco', 'ENCODING=UTF-8', '-nln', 'GYXM', 'shp', 'gyxm.geojson'],
    {
      cwd: dir,
      stdio: 'pipe',
    },
  );
  writeFileSync(join(dir, 'roads.geojson'), fileOf(demo('transport'), 'JTXL', 2));
  app = await openApp({ viewport: { width: 1440, height: 900 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new version from a file of one layer', () => {
  it('replaces only 产业项目, keeps the 产业园区, warns about the 53 deletions, and one undo restores the plan', async () => {
    const industryId = demo('industry').plan.id;
    const before = await layerCounts(industryId);
    expect(before.counts).toEqual({ CYYQ: 2, GYXM: 53 });
    await page.getByTestId('import-plans').first().click();
    await chooseFiles(
      page,
      readdirSync(join(dir, 'shp')).map((n) => join(dir, 'shp', n)),
    );
    await chooseImportOption(page, 'import-kind', 'industry');
    await page.waitForSelector('[data-testid=import-diff]');
    // The department's plan is offered as the target, as before; what it does to the plan is now said.
    await expect.poll(() => page.getByTestId('import-target').getAttribute('data-value'), { timeout: 10_000 }).toBe(industryId);
    await expect.poll(() => text('import-diff'), { timeout: 10_000 }).toBe('已有此规划：本次为新版本（新增 5，删除 53，修改 0，未变 2）');
    await expect
      .poll(() => text('import-layers-replaced'), { timeout: 10_000 })
      .toBe('替换的图层：GYXM 产业项目（现有 53 个要素，文件中 5 个）');
    await expect.poll(() => text('import-layers-kept'), { timeout: 10_000 }).toBe('保留不变的图层：CYYQ 产业园区（2 个要素）');
    await expect
      .poll(() => text('import-large-deletion'), { timeout: 10_000 })
      .toBe(
        '此新版本将删除 53 个要素（GYXM 现有 53 个，文件新增 5 个）：文件中没有的要素会从规划中删除。如果文件只含部分要素，请取消并导入完整的图层。',
      );
    await expect.poll(() => text('import-confirm'), { timeout: 10_000 }).toBe('导入新版本并删除 53 个要素');
    // Polygons keep their area in hectares in the change list.
    const added = () => page.locator('[data-testid=import-diff-added-removed] tbody tr').allTextContents();
    await expect
      .poll(async () => (await added()).filter((r) => /^新增4190010000300000\d\dGYXM\d+\.\d{4} 公顷$/.test(r)), { timeout: 10_000 })
      .toHaveLength(5);

    await page.screenshot({ path: join(SHOTS, 'import-new-version-layers.png') });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect
      .poll(() => text('import-layers-replaced'), { timeout: 10_000 })
      .toBe('Layers replaced: GYXM Industrial project (53 now, 5 in the file)');
    await expect
      .poll(() => text('import-layers-kept'), { timeout: 10_000 })
      .toBe('Layers kept unchanged: CYYQ Industrial park (2 features)');
    await expect
      .poll(() => text('import-large-deletion'), { timeout: 10_000 })
      .toBe(
        'This new version deletes 53 features (53 in GYXM now, 5 added by the file): features missing from the file are removed from the plan. If the file holds only some of them, cancel and import the complete layer.',
      );
    await expect.poll(() => text('import-confirm'), { timeout: 10_000 }).toBe('Import new version and delete 53 features');
    for (const id of ['import-layers-replaced', 'import-layers-kept', 'import-large-deletion', 'import-confirm']) {
      expect(await text(id)).not.toMatch(CJK);
    }
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));

    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    const after = await layerCounts(industryId);
    expect(after.version).toBe('v2');
    expect(after.counts).toEqual({ CYYQ: 2, GYXM: 5 });
    expect(after.parks).toEqual(before.parks);
    expect(after.parks).toContain('虎岭经济技术开发区');

    // The import is one command: one undo gives back the 53 projects and v1.
    await page.getByTestId('undo').click();
    await expect.poll(() => layerCounts(industryId), { timeout: 10_000 }).toEqual(before);
    expect(app.problems.list).toEqual([]);
  });

  it('puts a LineString file of kind 交通 on JTXL by itself, keeps the 交通设施 and measures the roads by length', async () => {
    const transportId = demo('transport').plan.id;
    const before = await layerCounts(transportId);
    expect(before.counts).toEqual({ JTSS: 6, JTXL: 10 });
    await page.getByTestId('import-plans').first().click();
    await chooseFiles(page, [join(dir, 'roads.geojson')]);
    await chooseImportOption(page, 'import-kind', 'transport');
    await page.waitForSelector('[data-testid=import-diff]');
    // No layer named by the file: 自动 stays chosen and names the layer it found (the only line layer).
    await expect.poll(() => page.getByTestId('import-layer').getAttribute('data-value'), { timeout: 10_000 }).toBe('');
    await expect
      .poll(() => page.getByTestId('import-layer').locator('[data-option=""]').first().textContent(), { timeout: 10_000 })
      .toBe('自动（JTXL 交通线路）');
    await expect.poll(() => page.getByTestId('import-issues').locator('[data-code=layer-required]').count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => text('import-layers-replaced'), { timeout: 10_000 })
      .toBe('替换的图层：JTXL 交通线路（现有 10 个要素，文件中 2 个）');
    await expect.poll(() => text('import-layers-kept'), { timeout: 10_000 }).toBe('保留不变的图层：JTSS 交通设施（6 个要素）');
    await expect.poll(() => text('import-confirm'), { timeout: 10_000 }).toBe('导入新版本并删除 10 个要素');
    // Lines are measured by length (km from 1 km), never as 0.0000 ha.
    const changeRows = page.locator('[data-testid=import-diff-added-removed] tbody tr');
    await expect.poll(() => changeRows.count(), { timeout: 10_000 }).toBe(12);
    const rows = await changeRows.allTextContents();
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row).toMatch(/JTXL\d+\.\d{3} 公里$|JTXL\d+\.\d 米$/);
    expect(rows.join()).not.toContain('0.0000');
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect
      .poll(async () => (await changeRows.allTextContents()).filter((r) => /^added4190010000300000\d\dJTXL\d+\.\d{3} km$/.test(r)), {
        timeout: 10_000,
      })
      .toHaveLength(2);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));

    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    await expect(layerCounts(transportId)).resolves.toMatchObject({ version: 'v2', counts: { JTSS: 6, JTXL: 2 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => layerCounts(transportId), { timeout: 10_000 }).toEqual(before);
    expect(app.problems.list).toEqual([]);
  });
});
