// Hostile files in the editor (headless Chromium, production build): a GeoPackage whose layer is a view with an
// endless recursive CTE is stopped at the read deadline with a message naming the table, and dropped zip bombs
// (an entry inflating past its declared size, an entry over 200:1, a declared total over the inflate limit) are
// refused with the limit named, without inflating them first. Each time the workspace and IndexedDB stay as
// they were.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipFiles, zipFiles } from '../../engine/package/index.ts';
import { packagePlans } from '../engine/package/packagePlans.ts';
import { forgeDeclaredSize } from '../engine/zip/zipBombs.ts';
import { chooseImportOption, dropFileOnWindow, dumpIndexedDb, openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;
let dir: string;
const CREATED = '2026-11-27T08:00:00Z';

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

async function snapshot(p: Page): Promise<{ db: string; plans: string[]; features: number }> {
  await p.evaluate(() => window.lantuEditor!.autosave.flush());
  const state = await p.evaluate(() => {
    const w = window.lantuEditor!.store.getState().workspace;
    return { plans: [...w.planOrder], features: [...w.plans.values()].reduce((n, e) => n + e.features.size, 0) };
  });
  return { db: await dumpIndexedDb(p), ...state };
}

async function expectNotice(p: Page, text: string): Promise<void> {
  await p.waitForFunction((t) => document.querySelector('[data-testid=notice]')?.textContent?.includes(t) === true, text, {
    timeout: 60_000,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-hostile-e2e-'));
  writeFileSync(
    join(dir, 'source.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { BSM: '419001000000000101', YDYHFLDM: '0101' }, geometry: parcel(112.7, 35.1) }],
    }),
  );
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-nln', 'real', 'hostile.gpkg', 'source.geojson'], { cwd: dir, stdio: 'pipe' });
  // A view named like the target layer that runs for ever without yielding a row, registered as a feature table.
  const sql = [
    "CREATE VIEW GHYDYH AS WITH RECURSIVE c(fid, geom, BSM) AS (SELECT 1, (SELECT geom FROM real LIMIT 1), 'x' UNION ALL SELECT fid + 1, geom, BSM FROM c) SELECT * FROM c WHERE fid < 0",
    "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) SELECT 'GHYDYH', 'features', 'GHYDYH', srs_id FROM gpkg_contents WHERE table_name = 'real'",
    "INSERT INTO gpkg_geometry_columns SELECT 'GHYDYH', column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns WHERE table_name = 'real'",
  ];
  execFileSync('/usr/bin/python3', [
    '-c',
    'import sqlite3,sys,json; db=sqlite3.connect(sys.argv[1]); [db.execute(s) for s in json.loads(sys.argv[2])]; db.commit()',
    join(dir, 'hostile.gpkg'),
    JSON.stringify(sql),
  ]);
  const [land, industry] = packagePlans({ projectOnFarmland: true });
  writeFileSync(join(dir, 'land.json'), JSON.stringify(land));
  writeFileSync(join(dir, 'industry.json'), JSON.stringify(industry));
  const run = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'bin/lantu.mjs'), 'export', 'land.json', 'industry.json', '--created', CREATED, '--draft', '-o', 'bp.zip'],
    { cwd: dir, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  app = await openApp({ viewport: { width: 1440, height: 900 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
}, 240_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile files in the editor', () => {
  it('stops a GeoPackage view that never yields a row at the read deadline, naming the table, and imports nothing', async () => {
    const before = await snapshot(page);
    await page.evaluate(() => (window.lantuEditor!.readLimits.gpkgDeadlineMs = 2000));
    await dropFileOnWindow(page, 'hostile.gpkg', readFileSync(join(dir, 'hostile.gpkg')));
    await page.waitForSelector('[data-testid=import-dialog]');
    await chooseImportOption(page, 'import-layer', 'GHYDYH');
    await page.waitForSelector('[data-testid=import-issues] [data-code=gpkg-read-deadline]', { timeout: 60_000 });
    await expect(page.locator('[data-testid=import-issues]').textContent()).resolves.toContain(
      '读取 hostile.gpkg 的表 GHYDYH 时超过时限 2 秒仍未完成（可能是无限递归的视图），已停止读取，未导入任何内容。',
    );
    await expect.poll(() => page.getByTestId('import-confirm').isDisabled(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('import-cancel').click();
    expect(await snapshot(page)).toEqual(before);
  }, 120_000);

  it('refuses a dropped package whose GeoPackage inflates past its declared size', async () => {
    const before = await snapshot(page);
    await dropFileOnWindow(page, 'understated.zip', forgeDeclaredSize(readFileSync(join(dir, 'bp.zip')), 'blueprint.gpkg', 1000));
    await expectNotice(
      page,
      'understated.zip 中的“blueprint.gpkg”解压后超过其声明的大小 1000 字节，疑似 zip 炸弹，已停止解压并拒绝。当前工作区未改变。',
    );
    expect(await snapshot(page)).toEqual(before);
  }, 120_000);

  it('refuses a dropped package with an entry compressed over 200:1 before inflating it', async () => {
    const before = await snapshot(page);
    const files = unzipFiles(readFileSync(join(dir, 'bp.zip')));
    files.set('blueprint.gpkg', new Uint8Array(8 * 1024 * 1024));
    await dropFileOnWindow(page, 'ratio.zip', zipFiles(files, CREATED));
    await expectNotice(page, '超过上限 200:1，疑似 zip 炸弹，已拒绝。当前工作区未改变。');
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('ratio.zip 中的“blueprint.gpkg”压缩比为');
    expect(await snapshot(page)).toEqual(before);
  }, 120_000);

  it('refuses a dropped package whose declared total passes the inflate limit, naming the limit', async () => {
    const before = await snapshot(page);
    await page.evaluate(() => (window.lantuEditor!.readLimits.packageZip.maxTotalBytes = 64 * 1024));
    await dropFileOnWindow(page, 'bp.zip', readFileSync(join(dir, 'bp.zip')));
    await expectNotice(page, 'bp.zip 解压后将超过解压上限 64.0 KiB');
    expect(await snapshot(page)).toEqual(before);
  }, 120_000);
});
