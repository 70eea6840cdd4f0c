// `lantu import`: files written by ogr2ogr in a temp dir, the plan document written only on success, the
// same document the engine's prepareImport gives (what the import dialog commits), exit codes per contract.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImport } from '../../../engine/import/prepareImport.ts';
import { JIYUAN_TERRITORY } from '../../../engine/import/crs/territory.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';
import { sourcePlan } from '../../engine/import/sourcePlan.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';

let dir: string;

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-import-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify(sourcePlan()));
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-lco', 'ENCODING=GBK', '-nln', 'GHYDYH', 'shp', 'source.geojson'], { cwd: dir, stdio: 'pipe' });
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4547', '-nln', 'ghydyh', 'plan.gpkg', 'source.geojson'], { cwd: dir, stdio: 'pipe' });
  const shp = Object.fromEntries(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
  writeFileSync(join(dir, 'plan.zip'), zipSync(shp));
  writeFileSync(join(dir, 'evil.zip'), zipSync({ '../GHYDYH.shp': shp['GHYDYH.shp']!, 'GHYDYH.shx': shp['GHYDYH.shx']!, 'GHYDYH.dbf': shp['GHYDYH.dbf']! }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu import', () => {
  it('writes the same valid plan document the engine prepares, from a GBK Shapefile', async () => {
    const run = await lantu('import', 'shp/GHYDYH.shp', '--kind', 'land', '--plan-id', 'jiyuan-land-2035', '--title', '济源国土空间规划', '-o', 'land.json');
    expect(run.stdout).toContain('属性编码：gbk（.cpg 声明 GBK');
    expect(run.stdout).toContain('来源坐标系：EPSG:4526，已转换为 EPSG:4490');
    expect(run.stdout).toContain('✓ 已写出 land.json（3 个要素）');
    expect(run.status).toBe(0);
    const bytes = readFileSync(join(dir, 'land.json'));
    expect(validatePlanBytes(bytes, 'land.json').findings).toEqual([]);
    const files = new Map(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
    const engine = prepareImport({ format: 'shapefile', file: 'GHYDYH.shp', files }, {
      kind: 'land',
      plan: { id: 'jiyuan-land-2035', title: '济源国土空间规划', department: '自然资源和规划局', version: 'v1', period: { start: 2021, end: 2035 } },
      territory: JIYUAN_TERRITORY,
    });
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(engine.document);
  });

  it('imports a zipped Shapefile and a GeoPackage to the same features', async () => {
    expect((await lantu('import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'from-zip.json')).status).toBe(0);
    const gpkg = await lantu('import', 'plan.gpkg', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'from-gpkg.json');
    expect(gpkg.stdout).toContain('来源坐标系：EPSG:4547');
    expect(gpkg.status).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'from-zip.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'from-gpkg.json'), 'utf8'));
    expect(b.features.map((f: { id: string }) => f.id)).toEqual(a.features.map((f: { id: string }) => f.id));
    expect(b.features.map((f: { properties: unknown }) => f.properties)).toEqual(sourcePlan().features.map((f) => f.properties));
  });

  it('exits 1 with the report and writes nothing for a zip with ../ paths', async () => {
    const run = await lantu('import', 'evil.zip', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'evil.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[致命] zip-path-traversal (1)');
    expect(run.stdout).toContain('evil.zip 含有不安全的路径“../GHYDYH.shp”');
    expect(run.stdout).toContain('✗ 存在致命错误，未导入任何内容');
    expect(existsSync(join(dir, 'evil.json'))).toBe(false);
  });

  it('writes nothing while quality issues are not accepted, and imports them with --accept-quality', async () => {
    const doc = sourcePlan();
    doc.features[0]!.properties.MJ = 1;
    writeFileSync(join(dir, 'bad-area.geojson'), JSON.stringify(doc));
    const refused = await lantu('import', 'bad-area.geojson', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'bad-area.json');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('[质量] area-mismatch (1)');
    expect(refused.stdout).toContain('确认后用 --accept-quality 导入');
    expect(existsSync(join(dir, 'bad-area.json'))).toBe(false);
    const accepted = await lantu('import', 'bad-area.geojson', '--kind', 'land', '--layer', 'GHYDYH', '--accept-quality', '-o', 'bad-area.json');
    expect(accepted.status).toBe(0);
    expect(existsSync(join(dir, 'bad-area.json'))).toBe(true);
  });

  it('maps Chinese column names through a mapping file and translates 三调 codes', async () => {
    const features = [
      { type: 'Feature', properties: { 编号: '419001000000000011', 地类编码: '1001', 说明: '铁路' }, geometry: { type: 'Polygon', coordinates: [[[112.5, 35], [112.51, 35], [112.51, 35.01], [112.5, 35]]] } },
      { type: 'Feature', properties: { 编号: '419001000000000012', 地类编码: '0204', 说明: null }, geometry: { type: 'Polygon', coordinates: [[[112.52, 35], [112.53, 35], [112.53, 35.01], [112.52, 35]]] } },
    ];
    writeFileSync(join(dir, 'sandiao.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ 编号: 'BSM', 说明: 'BZ' }));
    const run = await lantu('import', 'sandiao.geojson', '--kind', 'land', '--layer', 'GHYDYH', '--classification', 'sandiao', '--mapping', 'map.json', '-o', 'sandiao.json');
    expect(run.stdout).toContain('字段映射（GHYDYH）：编号→BSM，地类编码→YDYHFLDM，说明→BZ');
    expect(run.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'sandiao.json'), 'utf8'));
    expect(doc.plan.classification).toBe('ydyh2023');
    // 三调 1001 铁路用地 → 用地用海 1201 铁路用地 (never 1001 工业用地); 0204 → 0205.
    expect(doc.features.map((f: { properties: { YDYHFLDM: string } }) => f.properties.YDYHFLDM)).toEqual(['1201', '0205']);
  });

  it('lists 三调 codes without a one-to-one 用地用海 code for a person to decide', async () => {
    const features = [{ type: 'Feature', properties: { BSM: '419001000000000021', DLBM: '1002' }, geometry: { type: 'Polygon', coordinates: [[[112.5, 35], [112.51, 35], [112.51, 35.01], [112.5, 35]]] } }];
    writeFileSync(join(dir, 'rail.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    const run = await lantu('import', 'rail.geojson', '--kind', 'land', '--layer', 'GHYDYH', '--classification', 'sandiao', '-o', 'rail.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('三调代码 1002（轨道交通用地）没有一对一的用地用海代码（需要结合属性或人工判断），涉及 1 个要素');
  });

  it('reports machine-readable JSON with --json -', async () => {
    const run = await lantu('import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH', '--json', '-');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ command: 'import', ok: true, written: false, report: { sourceCrs: 'EPSG:4526', counts: { read: 3, valid: 3 } } });
  });

  it('exits 2 for a missing source file and for a missing --kind', async () => {
    const missing = await lantu('import', 'nope.zip', '--kind', 'land');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    expect((await lantu('import', 'plan.zip')).status).toBe(2);
  });

  it('runs as the lantu command and speaks English with --lang en', () => {
    const run = spawnSync(process.execPath, ['bin/lantu.mjs', '--lang', 'en', 'import', join(dir, 'evil.zip'), '--kind', 'land', '--layer', 'GHYDYH'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('evil.zip contains the unsafe path “../GHYDYH.shp” (../ or absolute); refused.');
  });

  it('writes -o as JSON.stringify(document, null, 1) would, byte for byte, streamed', async () => {
    const run = await lantu('import', 'plan.gpkg', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'streamed.json', '--json', 'streamed-report.json');
    expect(run.status).toBe(0);
    const bytes = readFileSync(join(dir, 'streamed.json'));
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(JSON.parse(bytes.toString('utf8')), null, 1)}\n`);
  });

  it('exits 1 for a GeoPackage MultiPolygon of Point members, naming the file, the feature and the geometry (zh and en)', async () => {
    execFileSync('ogr2ogr', ['-f', 'GPKG', '-lco', 'SPATIAL_INDEX=NO', '-nln', 'ghydyh', 'points-in-multipolygon.gpkg', 'source.geojson'], { cwd: dir, stdio: 'pipe' });
    // GeoPackage blob header (GP, version 0, little endian, no envelope, srs 4490), then WKB MultiPolygon of 2 Points.
    const wkbPoint = (x: number, y: number) => {
      const b = Buffer.alloc(21);
      b[0] = 1;
      b.writeUInt32LE(1, 1);
      b.writeDoubleLE(x, 5);
      b.writeDoubleLE(y, 13);
      return b;
    };
    const header = Buffer.from([0x47, 0x50, 0, 1, 0, 0, 0, 0]);
    header.writeInt32LE(4490, 4);
    const blob = Buffer.concat([header, Buffer.from([1, 6, 0, 0, 0, 2, 0, 0, 0]), wkbPoint(112.6, 35.1), wkbPoint(112.61, 35.11)]);
    const { createSqlJs } = await import('../../../main/node/createSqlJs.ts');
    const sqlJs = await createSqlJs();
    const db = new sqlJs.Database(new Uint8Array(readFileSync(join(dir, 'points-in-multipolygon.gpkg'))));
    db.exec('UPDATE ghydyh SET geom = ? WHERE fid = 2', [new Uint8Array(blob)]);
    writeFileSync(join(dir, 'points-in-multipolygon.gpkg'), (db as unknown as { export(): Uint8Array }).export()); // sql.js has it; the port does not need it
    db.close();

    const zh = await lantu('import', 'points-in-multipolygon.gpkg', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'points.json');
    expect(zh.status).toBe(1);
    expect(zh.stderr).toBe('');
    expect(zh.stdout).toContain('[致命] geometry-invalid (1)');
    expect(zh.stdout).toContain('points-in-multipolygon.gpkg 图层 ghydyh 第 2 个要素（fid 2，BSM 419001000000000002）的几何数据有误：MultiPolygon（多面）的第 1 个成员是 Point（点），应为 Polygon（面）。');
    expect(existsSync(join(dir, 'points.json'))).toBe(false);
    const en = await lantu('--lang', 'en', 'import', 'points-in-multipolygon.gpkg', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'points.json');
    expect(en.status).toBe(1);
    expect(en.stdout).toContain('Feature 2 (fid 2, BSM 419001000000000002) of layer ghydyh in points-in-multipolygon.gpkg has malformed geometry: member 1 of the MultiPolygon is a Point, not a Polygon.');
    expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]/);
    expect(existsSync(join(dir, 'points.json'))).toBe(false);
  });
});
