// `lantu review` takes a boundary from a GeoJSON, a Shapefile written by GDAL (ogr2ogr, in the demo's zone 38) and
// a GeoPackage, through the plan importer's readers: each is the same site as the surveyor's TXT on the demo's
// farmland, so it gives the same area and the same failing verdict
// and numbers its 界址点 J1…; a Shapefile without a .prj is refused asking for --crs, and nothing is written.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../../engine/import/boundary/readBoundaryTxt.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const PLANS = ['land.json', 'ecology.json', 'industry.json', 'transport.json'];
const FACTS = ['--xmmc', '农田上的工业项目', '--xmlx', '工业', '--zdxm', '否', '--gylb', '一类', '--nydyt', '1001', '--date', '2026-12-04'];

let dir: string;
const lantu = (...args: string[]) => runLantuInProcess(dir, args);
const json = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-review-features-'));
  for (const plan of PLANS) copyFileSync(join(root, 'seeds', 'jiyuan', plan), join(dir, plan));
  copyFileSync(join(root, 'tests', 'fixtures', 'review', 'farmland-site.txt'), join(dir, 'farmland-site.txt'));
  const read = readBoundaryTxt(new Uint8Array(readFileSync(join(dir, 'farmland-site.txt'))), 'farmland-site.txt');
  const collection = {
    type: 'FeatureCollection',
    features: read.parcels.map((p) => ({ type: 'Feature', properties: { DKBH: p.id }, geometry: p.geometry })),
  };
  writeFileSync(join(dir, 'site.geojson'), JSON.stringify(collection));
  execFileSync('ogr2ogr', [
    '-f',
    'ESRI Shapefile',
    '-s_srs',
    'EPSG:4490',
    '-t_srs',
    'EPSG:4526',
    join(dir, 'site.shp'),
    join(dir, 'site.geojson'),
  ]);
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-a_srs', 'EPSG:4490', join(dir, 'site.gpkg'), join(dir, 'site.geojson')]);
  for (const ext of ['shp', 'shx', 'dbf']) copyFileSync(join(dir, `site.${ext}`), join(dir, `noprj.${ext}`));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu review on a boundary from GeoJSON, Shapefile or GeoPackage', () => {
  it('reviews the same site as the TXT, with the same area and verdict', async () => {
    const txt = await lantu('review', 'farmland-site.txt', ...PLANS, ...FACTS, '--json', 'txt.json');
    expect(txt.status).toBe(3);
    const expected = json('txt.json').projects[0];
    for (const [file, format] of [
      ['site.geojson', 'geojson'],
      ['site.shp', 'shapefile'],
      ['site.gpkg', 'geopackage'],
    ] as const) {
      const run = await lantu('review', file, ...PLANS, ...FACTS, '--json', `${format}.json`);
      expect(run.stderr, file).toBe('');
      expect(run.status, file).toBe(3);
      const got = json(`${format}.json`).projects[0];
      expect(got.source).toBe(file);
      expect(got.verdict).toBe('fail');
      // The Shapefile went through zone 38 metres and back: the same site to well under a square metre.
      expect(Math.abs(got.areaM2 - expected.areaM2), file).toBeLessThan(0.05);
      expect(got.layers.find((l: { layer: string }) => l.layer === 'YJJBNT').areaM2).toBeCloseTo(expected.areaM2, 0);
    }
  });

  it('numbers the 界址点 J1… and records the source format in the report', async () => {
    const run = await lantu('review', 'site.geojson', ...PLANS, ...FACTS, '--report', 'geojson.html');
    expect(run.status).toBe(3);
    const html = readFileSync(join(dir, 'geojson.html'), 'utf8');
    expect(html).toContain('site.geojson');
    expect(html).toMatch(/<td>J1<\/td>/);
  });

  it('refuses a Shapefile without a .prj, asking for --crs, and writes nothing', async () => {
    if (existsSync(join(dir, 'noprj.json'))) unlinkSync(join(dir, 'noprj.json'));
    const run = await lantu('review', 'noprj.shp', ...PLANS, ...FACTS, '--json', 'noprj.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--crs');
    expect(run.stderr).toContain('noprj.shp');
    expect(existsSync(join(dir, 'noprj.json'))).toBe(false);
    const withCrs = await lantu('review', 'noprj.shp', ...PLANS, ...FACTS, '--crs', 'EPSG:4526', '--json', 'noprj.json');
    expect(withCrs.status).toBe(3);
  });
});
