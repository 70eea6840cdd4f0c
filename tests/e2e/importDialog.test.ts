// Drives the import dialog in headless Chromium against the production build: files written by ogr2ogr
// are chosen through the file picker, the report shows encoding, CRS and the field mapping; fixing the
// mapping in the dialog makes the import valid, the preview draws the features, and confirming adds the
// plan as one command. Cancelling leaves the workspace and IndexedDB exactly as they were. Files dropped on
// the window open the dialog with them already chosen.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseImportOption, dumpIndexedDb, openApp, pickFilesVia, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
let app: OpenApp;
let page: Page;
let dir: string;

const parcel = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.004, y],
      [x + 0.004, y + 0.003],
      [x, y + 0.003],
      [x, y],
    ],
  ],
});
const features = [
  {
    type: 'Feature',
    properties: { 编号: '419001000000000101', YDYHFLDM: '0101', 行政区名称: '梨林镇', 备注: '水田' },
    geometry: parcel(112.7, 35.1),
  },
  {
    type: 'Feature',
    properties: { 编号: '419001000000000102', YDYHFLDM: '100102', 行政区名称: '梨林镇', 备注: null },
    geometry: parcel(112.71, 35.1),
  },
  {
    type: 'Feature',
    properties: { 编号: '419001000000000103', YDYHFLDM: '0702', 行政区名称: '梨林镇', 备注: null },
    geometry: parcel(112.72, 35.1),
  },
];

const choose = chooseImportOption;

async function chooseFiles(p: Page, paths: string[]) {
  await pickFilesVia(p, p.getByTestId('import-pick'), paths);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'lantu-import-e2e-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  execFileSync(
    'ogr2ogr',
    [
      '-f',
      'ESRI Shapefile',
      '-s_srs',
      'EPSG:4490',
      '-t_srs',
      'EPSG:4526',
      '-lco',
      'ENCODING=GBK',
      '-nln',
      'lilin',
      'shp',
      'source.geojson',
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4547', '-nln', 'GHYDYH', 'lilin.gpkg', 'source.geojson'], {
    cwd: dir,
    stdio: 'pipe',
  });
  app = await openApp({ viewport: { width: 1440, height: 900 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the import dialog', () => {
  it('shows the report for a GBK Shapefile and, on cancel, leaves the workspace and IndexedDB untouched', async () => {
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    const before = await dumpIndexedDb(page);
    const plansBefore = await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.length);
    await page.getByTestId('import-plans').first().click();
    await chooseFiles(
      page,
      readdirSync(join(dir, 'shp')).map((n) => join(dir, 'shp', n)),
    );
    await choose(page, 'import-layer', 'GHYDYH');
    await page.waitForSelector('[data-testid=import-mapping]');
    await expect
      .poll(() => page.getByTestId('import-encoding-choice').textContent(), { timeout: 10_000 })
      .toContain('GBK（.cpg 声明 GBK）');
    await expect.poll(() => page.getByTestId('import-crs-choice').textContent(), { timeout: 10_000 }).toContain('EPSG:4526 → EPSG:4490');
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.length)).toBe(plansBefore);
    expect(await dumpIndexedDb(page)).toBe(before);
  });

  it('opens the dialog with dropped files already chosen: a Shapefile set dropped on the window reads at once', async () => {
    const shp = readdirSync(join(dir, 'shp')).sort();
    const members = shp.map((name) => ({ name, bytes: [...readFileSync(join(dir, 'shp', name))] }));
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true, bubbles: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
    }, members);
    await page.waitForSelector('[data-testid=import-dialog]');
    await expect(page.getByTestId('handed-over').textContent()).resolves.toContain('lilin.shp');
    // No file chooser: the report is prepared from the dropped files as soon as a layer is chosen.
    await choose(page, 'import-layer', 'GHYDYH');
    await page.waitForSelector('[data-testid=import-mapping]');
    await expect.poll(() => page.getByTestId('import-crs-choice').textContent(), { timeout: 10_000 }).toContain('EPSG:4526 → EPSG:4490');
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 10_000 }).toContain('读取 3');
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
  });

  it('fixes the field mapping in the dialog, previews the features and imports them as one command', async () => {
    const pastBefore = await page.evaluate(() => window.lantuEditor!.store.getState().past.length);
    await page.getByTestId('import-plans').first().click();
    await chooseFiles(
      page,
      readdirSync(join(dir, 'shp')).map((n) => join(dir, 'shp', n)),
    );
    await choose(page, 'import-layer', 'GHYDYH');
    // The demo's 国土空间 plan is this department's too: it is offered as a new version of it; this is a new plan.
    await expect
      .poll(() => page.getByTestId('import-target').getAttribute('data-value'), { timeout: 10_000 })
      .toBe('jiyuan-land-2021-2035');
    await choose(page, 'import-target', 'new');
    await page.waitForSelector('[data-testid=import-mapping]');
    // 编号 is no alias of BSM: the required identifier is unmapped and the import is not possible yet.
    await expect
      .poll(() => page.locator('[data-testid=import-issues] [data-code=mapping-missing-required]').count(), { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => page.getByTestId('import-confirm').isDisabled(), { timeout: 10_000 }).toBe(true);
    await choose(page, 'import-map-编号', 'BSM');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=import-issues] [data-code=mapping-missing-required]').length === 0,
    );
    await expect
      .poll(() => page.getByTestId('import-counts').textContent(), { timeout: 10_000 })
      .toContain('读取 3，映射 3，有效 3，有质量问题 0，致命 0');
    await expect.poll(() => page.locator('[data-testid=import-preview] path').count(), { timeout: 10_000 }).toBe(3);
    // A Shapefile carries no plan title: the dialog asks for one and does not take the file name.
    await expect.poll(() => page.getByTestId('import-title').inputValue(), { timeout: 10_000 }).toBe('');
    await expect.poll(() => page.getByTestId('import-confirm').isDisabled(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('import-title').fill('lilin');
    await page.screenshot({ path: join(SHOTS, 'import-dialog.png') });
    // The dialog steps aside and the map shows the features about to be imported, fitted into view.
    await page.getByTestId('import-show-on-map').click();
    await page.waitForSelector('[data-testid=import-onmap-bar]');
    const onMap = await page.evaluate(() => {
      const preview = window.lantuEditor!.store.getState().importPreview ?? [];
      const ring = (preview[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
      const centre: [number, number] = [
        ring.reduce((a, p) => a + p[0]!, 0) / ring.length,
        ring.reduce((a, p) => a + p[1]!, 0) / ring.length,
      ];
      const box = document.querySelector('[data-testid=map]')!.getBoundingClientRect();
      const pixel = window.lantuMap!.pixelOf(centre)!;
      return {
        count: preview.length,
        inView: pixel[0] > 0 && pixel[1] > 0 && pixel[0] < box.width && pixel[1] < box.height,
        dialog: document.querySelectorAll('[data-testid=import-dialog]').length,
      };
    });
    expect(onMap).toEqual({ count: 3, inView: true, dialog: 0 });
    await page.screenshot({ path: join(SHOTS, 'import-preview-on-map.png') });
    await page.getByTestId('import-back').click();
    await page.waitForSelector('[data-testid=import-dialog]');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    await expect(page.evaluate(() => window.lantuEditor!.store.getState().importPreview)).resolves.toBeNull();
    const imported = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      const entry = s.workspace.plans.get('land-zrzy' as never)!;
      return {
        last: s.past.at(-1)!.kind,
        past: s.past.length,
        sourceCrs: entry.meta.sourceCrs,
        features: [...entry.features.values()].map((f) => [f.properties.BSM, f.properties.XZQMC, f.properties.YDYHFLDM]),
      };
    });
    expect(imported).toEqual({
      last: 'importPlan',
      past: pastBefore + 1,
      sourceCrs: 'EPSG:4526',
      features: [
        ['419001000000000101', '梨林镇', '0101'],
        ['419001000000000102', '梨林镇', '100102'],
        ['419001000000000103', '梨林镇', '0702'],
      ],
    });
    expect(app.problems.list).toEqual([]);
  });

  it('reads a GeoPackage in the worker (SQLite as WebAssembly under the app CSP)', async () => {
    await page.getByTestId('import-plans').first().click();
    await choose(page, 'import-layer', 'GHYDYH');
    await chooseFiles(page, [join(dir, 'lilin.gpkg')]);
    await page.waitForSelector('[data-testid=import-counts]');
    await expect.poll(() => page.getByTestId('import-crs-choice').textContent(), { timeout: 10_000 }).toContain('EPSG:4547 → EPSG:4490');
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 10_000 }).toContain('读取 3');
    await page.getByTestId('import-cancel').click();
    expect(app.problems.list).toEqual([]);
  });

  it('prepares a large file in a worker with a progress bar, and stopping it imports nothing', async () => {
    const many = Array.from({ length: 60_000 }, (_v, i) => ({
      type: 'Feature',
      properties: { BSM: `4190010000${String(i + 1).padStart(8, '0')}`, YDYHFLDM: '0103' },
      geometry: parcel(112.1 + (i % 250) * 0.002, 34.95 + Math.floor(i / 250) * 0.0013),
    }));
    writeFileSync(join(dir, 'many.geojson'), JSON.stringify({ type: 'FeatureCollection', features: many }));
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    const before = await dumpIndexedDb(page);
    await page.getByTestId('import-plans').first().click();
    await choose(page, 'import-layer', 'GHYDYH');
    await chooseFiles(page, [join(dir, 'many.geojson')]);
    await page.waitForSelector('[data-testid=import-progress]');
    await page.getByTestId('import-stop').click();
    await page.waitForSelector('[data-testid=import-stopped]');
    await expect(page.getByTestId('import-confirm').isDisabled()).resolves.toBe(true);
    await page.getByTestId('import-cancel').click();
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    expect(await dumpIndexedDb(page)).toBe(before);
  });

  it('re-imports a new version: shows what changed and merges the planner’s local edits three ways', async () => {
    // The planner edits the imported plan: a note on 101 and a different code on 102.
    await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      const planId = 'land-zrzy' as never;
      const byBsm = (bsm: string) => [...s.workspace.plans.get(planId)!.features.values()].find((f) => f.properties.BSM === bsm)!;
      const a = byBsm('419001000000000101');
      s.execute({ kind: 'setAttributes', planId, featureId: a.id, before: a.properties, after: { ...a.properties, BZ: '本地核实' } });
      const b = byBsm('419001000000000102');
      s.execute({ kind: 'setAttributes', planId, featureId: b.id, before: b.properties, after: { ...b.properties, YDYHFLDM: '100101' } });
    });
    // v2 from the department: 102 recoded differently (a real conflict), 103 renamed town, 104 new.
    const v2 = structuredClone(features) as typeof features;
    v2[1]!.properties.YDYHFLDM = '100103';
    v2[2]!.properties.行政区名称 = '五龙口镇';
    v2.push({
      type: 'Feature',
      properties: { 编号: '419001000000000104', YDYHFLDM: '0301', 行政区名称: '梨林镇', 备注: null },
      geometry: parcel(112.73, 35.1),
    });
    writeFileSync(join(dir, 'v2.geojson'), JSON.stringify({ type: 'FeatureCollection', features: v2 }));
    await page.getByTestId('import-plans').first().click();
    await chooseFiles(page, [join(dir, 'v2.geojson')]);
    await choose(page, 'import-layer', 'GHYDYH');
    await page.getByTestId('import-version').fill('v2');
    // The mapping confirmed for this department last time (编号 → BSM) is remembered.
    await page.waitForSelector('[data-testid=import-diff]');
    await expect.poll(() => page.getByTestId('import-map-编号').getAttribute('data-value'), { timeout: 10_000 }).toBe('BSM');
    // Same kind and department: offered as a new version of the plan already in the workspace.
    await expect.poll(() => page.getByTestId('import-target').getAttribute('data-value'), { timeout: 10_000 }).toBe('land-zrzy');
    await expect.poll(() => page.getByTestId('import-diff').textContent(), { timeout: 10_000 }).toContain('新增 1，删除 0，修改 2，未变 1');
    // Before confirming, the planner sees the changes field by field and the area per land-use class.
    const changed = await page.getByTestId('import-diff-changed').textContent();
    expect(changed).toContain('YDYHFLDM：100102 → 100103');
    expect(changed).toContain('XZQMC：梨林镇 → 五龙口镇');
    await expect(page.getByTestId('import-diff-added-removed').textContent()).resolves.toContain('新增419001000000000104GHYDYH');
    const classes = page.locator('[data-testid=import-diff-classes] tbody tr');
    await expect
      .poll(async () => (await classes.allTextContents()).map((r) => r.split(' ')[0]), { timeout: 10_000 })
      .toEqual(['0301', '100102', '100103']);
    const classRows = await classes.allTextContents();
    expect(classRows[1]).toMatch(/^100102 二类工业用地[\d.]+0\.0000-[\d.]+$/);
    expect(classRows[2]).toMatch(/^100103 三类工业用地0\.0000[\d.]+\+[\d.]+$/);
    await expect.poll(() => page.locator('[data-testid=import-conflicts] tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => page.locator('[data-testid=import-conflicts] tbody tr').textContent(), { timeout: 10_000 })
      .toContain('BSM 419001000000000102 字段 YDYHFLDM');
    await page.screenshot({ path: join(SHOTS, 'import-merge.png') });
    // In English the same review is all English: the class names are the code table's English terms.
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect
      .poll(() => page.getByTestId('import-diff').textContent(), { timeout: 10_000 })
      .toBe('This plan exists: importing a new version (1 added, 0 removed, 2 changed, 1 unchanged)');
    await expect
      .poll(() => page.getByTestId('import-diff-changed').textContent(), { timeout: 10_000 })
      .toContain('YDYHFLDM: 100102 → 100103');
    const classRowsEn = await page.locator('[data-testid=import-diff-classes] tbody tr').allTextContents();
    expect(classRowsEn[1]).toMatch(/^100102 Class 2 industrial land[\d.]+0\.0000-[\d.]+$/);
    expect(classRowsEn[2]).toMatch(/^100103 Class 3 industrial land0\.0000[\d.]+\+[\d.]+$/);
    await expect
      .poll(() => page.locator('[data-testid=import-conflicts] tbody tr').textContent(), { timeout: 10_000 })
      .toContain('BSM 419001000000000102 field YDYHFLDM');
    await expect
      .poll(() => page.getByTestId('import-merge').textContent(), { timeout: 10_000 })
      .toBe('Merged with local edits: 3 features merged automatically, 1 in conflict');
    await page.screenshot({ path: join(SHOTS, 'import-merge-en.png') });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await choose(page, 'import-conflict-0', 'theirs');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    const merged = await page.evaluate(() => {
      const entry = window.lantuEditor!.store.getState().workspace.plans.get('land-zrzy' as never)!;
      return {
        version: entry.meta.version,
        rows: [...entry.features.values()].map((f) => [f.properties.BSM, f.properties.YDYHFLDM, f.properties.XZQMC, f.properties.BZ]),
      };
    });
    expect(merged).toEqual({
      version: 'v2',
      rows: [
        ['419001000000000101', '0101', '梨林镇', '本地核实'],
        ['419001000000000102', '100103', '梨林镇', null],
        ['419001000000000103', '0702', '五龙口镇', null],
        ['419001000000000104', '0301', '梨林镇', null],
      ],
    });
    expect(app.problems.list).toEqual([]);
  });
  it('refuses to import a plan already in the workspace under another department, and leaves the workspace as it was', async () => {
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    const before = await dumpIndexedDb(page);
    const stateBefore = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      return { plans: [...s.workspace.planOrder], past: s.past.length };
    });
    // v2 is in the workspace as 自然资源和规划局's plan: the same file named as another department's plan.
    await page.getByTestId('import-plans').first().click();
    await chooseFiles(page, [join(dir, 'v2.geojson')]);
    await choose(page, 'import-layer', 'GHYDYH');
    await choose(page, 'import-department', 'sthj');
    await page.waitForSelector('[data-testid=import-mapping]');
    await choose(page, 'import-map-编号', 'BSM');
    await page.waitForSelector('[data-testid=import-duplicate]');
    await expect(page.getByTestId('import-duplicate').textContent()).resolves.toBe(
      'v2.geojson 与 规划「lilin」（land-zrzy） 是同一份规划（4 个要素的图层与标识码 BSM 全部相同），同一规划只能给出一次；新的一版请作为该规划的新版本导入',
    );
    await expect(page.getByTestId('import-confirm').isDisabled()).resolves.toBe(true);
    await page.getByTestId('import-cancel').click();
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    const stateAfter = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      return { plans: [...s.workspace.planOrder], past: s.past.length };
    });
    expect(stateAfter).toEqual(stateBefore);
    expect(await dumpIndexedDb(page)).toBe(before);
    expect(app.problems.list).toEqual([]);
  });

  it('refuses the same file imported a second time as a version that changes nothing: says so in both languages, confirm disabled, nothing stored', async () => {
    const again = features.map((f, i) => ({
      type: 'Feature',
      properties: { BSM: `41900100000000020${i + 1}`, YDYHFLDM: f.properties.YDYHFLDM, XZQMC: '梨林镇' },
      geometry: parcel(112.8 + i * 0.01, 35.1),
    }));
    writeFileSync(join(dir, 'again.geojson'), JSON.stringify({ type: 'FeatureCollection', features: again }));
    const openWith = async () => {
      await page.getByTestId('import-plans').first().click();
      await chooseFiles(page, [join(dir, 'again.geojson')]);
      await choose(page, 'import-layer', 'GHYDYH');
      await choose(page, 'import-department', 'lyj');
      await page.waitForFunction(() => document.querySelector('[data-testid=import-counts]')?.textContent?.includes('有效 3'));
      if ((await page.getByTestId('import-title').inputValue()) === '') await page.getByTestId('import-title').fill('again');
    };
    // First time: a new plan, v1.
    await openWith();
    await expect.poll(() => page.getByTestId('import-version').inputValue(), { timeout: 10_000 }).toBe('v1');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    const before = await dumpIndexedDb(page);
    const state = () =>
      page.evaluate(() => {
        const s = window.lantuEditor!.store.getState();
        const entry = s.workspace.plans.get('land-lyj' as never);
        return {
          plans: [...s.workspace.planOrder],
          past: s.past.length,
          future: s.future.length,
          version: entry?.meta.version,
          features: entry?.features.size,
        };
      });
    const stateBefore = await state();
    expect(stateBefore).toMatchObject({ version: 'v1', features: 3 });
    // Second time: the same file is offered as a new version of that plan, labelled v2, but it changes nothing.
    await openWith();
    await page.waitForSelector('[data-testid=import-duplicate]');
    await expect.poll(() => page.getByTestId('import-version').inputValue(), { timeout: 10_000 }).toBe('v2');
    await expect.poll(() => page.getByTestId('import-diff').textContent(), { timeout: 10_000 }).toContain('新增 0，删除 0，修改 0，未变 3');
    await expect(page.getByTestId('import-duplicate').textContent()).resolves.toBe(
      'again.geojson 与工作区中的「again」v1 完全相同，无需导入',
    );
    await expect(page.getByTestId('import-confirm').isDisabled()).resolves.toBe(true);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect
      .poll(() => page.getByTestId('import-duplicate').textContent(), { timeout: 10_000 })
      .toBe('again.geojson is identical to "again" v1 in the workspace; nothing to import');
    await expect(page.getByTestId('import-confirm').isDisabled()).resolves.toBe(true);
    // Clicking the disabled button (forced) records nothing either.
    await page.getByTestId('import-confirm').click({ force: true });
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-dialog').count(), { timeout: 10_000 }).toBe(0);
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    expect(await state()).toEqual(stateBefore);
    expect(await dumpIndexedDb(page)).toBe(before);
    expect(app.problems.list).toEqual([]);
  });
});
