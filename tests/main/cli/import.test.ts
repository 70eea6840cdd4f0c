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
import { forgeDeclaredSize } from '../../engine/zip/zipBombs.ts';

let dir: string;

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-import-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify(sourcePlan()));
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
      'GHYDYH',
      'shp',
      'source.geojson',
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4547', '-nln', 'ghydyh', 'plan.gpkg', 'source.geojson'], {
    cwd: dir,
    stdio: 'pipe',
  });
  const shp = Object.fromEntries(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
  writeFileSync(join(dir, 'plan.zip'), zipSync(shp));
  writeFileSync(
    join(dir, 'evil.zip'),
    zipSync({ '../GHYDYH.shp': shp['GHYDYH.shp']!, 'GHYDYH.shx': shp['GHYDYH.shx']!, 'GHYDYH.dbf': shp['GHYDYH.dbf']! }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu import', () => {
  it('writes the same valid plan document the engine prepares, from a GBK Shapefile', async () => {
    const run = await lantu(
      'import',
      'shp/GHYDYH.shp',
      '--kind',
      'land',
      '--plan-id',
      'jiyuan-land-2035',
      '--title',
      '济源国土空间规划',
      '-o',
      'land.json',
    );
    expect(run.stdout).toContain('属性编码：gbk（.cpg 声明 GBK');
    expect(run.stdout).toContain('来源坐标系：EPSG:4526，已转换为 EPSG:4490');
    expect(run.stdout).toContain('✓ 已写出 land.json（3 个要素）');
    expect(run.status).toBe(0);
    const bytes = readFileSync(join(dir, 'land.json'));
    expect(validatePlanBytes(bytes, 'land.json').findings).toEqual([]);
    const files = new Map(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
    const engine = prepareImport(
      { format: 'shapefile', file: 'GHYDYH.shp', files },
      {
        kind: 'land',
        plan: {
          id: 'jiyuan-land-2035',
          title: '济源国土空间规划',
          department: '自然资源和规划局',
          version: 'v1',
          period: { start: 2021, end: 2035 },
        },
        territory: JIYUAN_TERRITORY,
      },
    );
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(engine.document);
  });

  it('imports a zipped Shapefile and a GeoPackage to the same features', async () => {
    expect(
      (await lantu('import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH', '--title', '规划', '-o', 'from-zip.json')).status,
    ).toBe(0);
    const gpkg = await lantu('import', 'plan.gpkg', '--kind', 'land', '--layer', 'GHYDYH', '--title', '规划', '-o', 'from-gpkg.json');
    expect(gpkg.stdout).toContain('来源坐标系：EPSG:4547');
    expect(gpkg.status).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'from-zip.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'from-gpkg.json'), 'utf8'));
    expect(b.features.map((f: { id: string }) => f.id)).toEqual(a.features.map((f: { id: string }) => f.id));
    expect(b.features.map((f: { properties: unknown }) => f.properties)).toEqual(sourcePlan().features.map((f) => f.properties));
  });

  it('names the source CRS without a conversion when the data is already EPSG:4490 (zh and en)', async () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } };
    writeFileSync(join(dir, 'cgcs2000.geojson'), JSON.stringify({ ...sourcePlan(), crs }));
    const args = ['import', 'cgcs2000.geojson', '--kind', 'land', '--layer', 'GHYDYH', '--title', '规划', '-o', 'kept.json'];
    const zh = await lantu(...args);
    expect(zh.status).toBe(0);
    const line = zh.stdout.split('\n').find((l) => l.startsWith('来源坐标系：'));
    expect(line).toMatch(/^来源坐标系：EPSG:4490/);
    expect(line).not.toContain('转换');
    const en = await lantu(...args, '--lang', 'en');
    const enLine = en.stdout.split('\n').find((l) => l.startsWith('source CRS: '));
    expect(enLine).toMatch(/^source CRS: EPSG:4490/);
    expect(enLine).not.toContain('converted');
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
    const accepted = await lantu(
      'import',
      'bad-area.geojson',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--accept-quality',
      '--title',
      '规划',
      '-o',
      'bad-area.json',
    );
    expect(accepted.status).toBe(0);
    expect(existsSync(join(dir, 'bad-area.json'))).toBe(true);
  });

  it('maps Chinese column names through a mapping file and translates 三调 codes', async () => {
    const features = [
      {
        type: 'Feature',
        properties: { 编号: '419001000000000011', 地类编码: '1001', 说明: '铁路' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.5, 35],
              [112.51, 35],
              [112.51, 35.01],
              [112.5, 35],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { 编号: '419001000000000012', 地类编码: '0204', 说明: null },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.52, 35],
              [112.53, 35],
              [112.53, 35.01],
              [112.52, 35],
            ],
          ],
        },
      },
    ];
    writeFileSync(join(dir, 'sandiao.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ 编号: 'BSM', 说明: 'BZ' }));
    const run = await lantu(
      'import',
      'sandiao.geojson',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--classification',
      'sandiao',
      '--mapping',
      'map.json',
      '--title',
      '规划',
      '-o',
      'sandiao.json',
    );
    expect(run.stdout).toContain('字段映射（GHYDYH）：编号→BSM，地类编码→YDYHFLDM，说明→BZ');
    expect(run.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'sandiao.json'), 'utf8'));
    expect(doc.plan.classification).toBe('ydyh2023');
    // 三调 1001 铁路用地 → 用地用海 1201 铁路用地 (never 1001 工业用地); 0204 → 0205.
    expect(doc.features.map((f: { properties: { YDYHFLDM: string } }) => f.properties.YDYHFLDM)).toEqual(['1201', '0205']);
  });

  it('maps coded values through the values of a mapping file (WRDJ 1/2/3 → 一类/二类/三类工业); an old mapping file stays valid', async () => {
    const square = (x: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 35],
          [x + 0.001, 35],
          [x + 0.001, 35.001],
          [x, 35],
        ],
      ],
    });
    const features = ['1', '2', '3'].map((wrdj, i) => ({
      type: 'Feature',
      properties: { BSM: `41900100002000010${i}`, XMMC: `项目${i}`, YDYHFLDM: '100102', WRDJ: Number(wrdj) },
      geometry: square(112.5 + i * 0.01),
    }));
    writeFileSync(join(dir, 'wrdj.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    writeFileSync(
      join(dir, 'wrdj-map.json'),
      JSON.stringify({ columns: { WRDJ: 'GYLX' }, values: { GYLX: { '1': '一类工业', '2': '二类工业', '3': '三类工业' } } }),
    );
    const run = await lantu(
      'import',
      'wrdj.geojson',
      '--kind',
      'industry',
      '--layer',
      'GYXM',
      '--mapping',
      'wrdj-map.json',
      '--title',
      '工业项目',
      '-o',
      'wrdj.json',
    );
    expect(run.stdout).toContain('WRDJ→GYLX');
    expect(run.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'wrdj.json'), 'utf8'));
    expect(doc.features.map((f: { properties: { GYLX: string } }) => f.properties.GYLX)).toEqual(['一类工业', '二类工业', '三类工业']);
    // Without the values the codes are not in the code table: quality issues, refused without --accept-quality.
    writeFileSync(join(dir, 'wrdj-old.json'), JSON.stringify({ WRDJ: 'GYLX' }));
    const old = await lantu(
      'import',
      'wrdj.geojson',
      '--kind',
      'industry',
      '--layer',
      'GYXM',
      '--mapping',
      'wrdj-old.json',
      '-o',
      'wrdj-old-out.json',
    );
    expect(old.stdout).toContain('WRDJ→GYLX');
    expect(old.status).not.toBe(0);
    expect(old.status).not.toBe(2);
  });

  it('lists 三调 codes without a one-to-one 用地用海 code for a person to decide', async () => {
    const features = [
      {
        type: 'Feature',
        properties: { BSM: '419001000000000021', DLBM: '1002' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.5, 35],
              [112.51, 35],
              [112.51, 35.01],
              [112.5, 35],
            ],
          ],
        },
      },
    ];
    writeFileSync(join(dir, 'rail.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    const run = await lantu(
      'import',
      'rail.geojson',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--classification',
      'sandiao',
      '-o',
      'rail.json',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('三调代码 1002（轨道交通用地）没有一对一的用地用海代码（需要结合属性或人工判断），涉及 1 个要素');
  });

  it('reports machine-readable JSON with --json -', async () => {
    const run = await lantu('import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH', '--json', '-');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      command: 'import',
      ok: true,
      written: false,
      report: { sourceCrs: 'EPSG:4526', counts: { read: 3, valid: 3 } },
    });
  });

  it('exits 2 for a missing source file and for a missing --kind', async () => {
    const missing = await lantu('import', 'nope.zip', '--kind', 'land');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    expect((await lantu('import', 'plan.zip')).status).toBe(2);
  });

  it('runs as the lantu command and speaks English with --lang en', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/lantu.mjs', '--lang', 'en', 'import', join(dir, 'evil.zip'), '--kind', 'land', '--layer', 'GHYDYH'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('evil.zip contains the unsafe path “../GHYDYH.shp” (../ or absolute); refused.');
  });

  it('writes -o as JSON.stringify(document, null, 1) would, byte for byte, streamed', async () => {
    const run = await lantu(
      'import',
      'plan.gpkg',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--title',
      '规划',
      '-o',
      'streamed.json',
      '--json',
      'streamed-report.json',
    );
    expect(run.status).toBe(0);
    const bytes = readFileSync(join(dir, 'streamed.json'));
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(JSON.parse(bytes.toString('utf8')), null, 1)}\n`);
  });

  it("titles the plan by --title or the file's metadata, and writes nothing when neither names one (never the file name)", async () => {
    // A Shapefile carries no title: the report still prints, nothing is written, the message says what to do.
    const untitled = await lantu('import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'untitled.json');
    expect(untitled.status).toBe(2);
    expect(untitled.stdout).toContain('来源坐标系');
    expect(untitled.stderr).toBe('lantu: plan.zip 的元数据中没有规划名称，未写出；规划名称不取自文件名，请用 --title <名称> 指定\n');
    expect(existsSync(join(dir, 'untitled.json'))).toBe(false);
    const en = await lantu('--lang', 'en', 'import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'untitled.json');
    expect(en.stderr).toContain('plan.zip names no plan title in its metadata: nothing written');
    expect(en.status).toBe(2);
    // Without -o nothing is written anyway, so no title is needed to see the report.
    expect((await lantu('import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH')).status).toBe(0);

    // A GeoJSON's own name is its title; --title wins over it.
    writeFileSync(join(dir, 'gyxm.geojson'), JSON.stringify({ ...sourcePlan(), name: '济源市国土空间总体规划' }));
    expect((await lantu('import', 'gyxm.geojson', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'named.json')).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'named.json'), 'utf8')).plan.title).toBe('济源市国土空间总体规划');
    const typed = await lantu('import', 'gyxm.geojson', '--kind', 'land', '--layer', 'GHYDYH', '--title', '另一个名称', '-o', 'typed.json');
    expect(typed.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'typed.json'), 'utf8')).plan.title).toBe('另一个名称');
    // A name that only repeats the file name is not a title.
    writeFileSync(join(dir, 'gyxm2.geojson'), JSON.stringify({ ...sourcePlan(), name: 'gyxm2' }));
    expect((await lantu('import', 'gyxm2.geojson', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'gyxm2.json')).status).toBe(2);
    expect(existsSync(join(dir, 'gyxm2.json'))).toBe(false);
  });

  it('exits 1 for a GeoPackage MultiPolygon of Point members, naming the file, the feature and the geometry (zh and en)', async () => {
    execFileSync('ogr2ogr', ['-f', 'GPKG', '-lco', 'SPATIAL_INDEX=NO', '-nln', 'ghydyh', 'points-in-multipolygon.gpkg', 'source.geojson'], {
      cwd: dir,
      stdio: 'pipe',
    });
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
    expect(zh.stdout).toContain(
      'points-in-multipolygon.gpkg 图层 ghydyh 第 2 个要素（fid 2，BSM 419001000000000002）的几何数据有误：MultiPolygon（多面）的第 1 个成员是 Point（点），应为 Polygon（面）。',
    );
    expect(existsSync(join(dir, 'points.json'))).toBe(false);
    const en = await lantu(
      '--lang',
      'en',
      'import',
      'points-in-multipolygon.gpkg',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '-o',
      'points.json',
    );
    expect(en.status).toBe(1);
    expect(en.stdout).toContain(
      'Feature 2 (fid 2, BSM 419001000000000002) of layer ghydyh in points-in-multipolygon.gpkg has malformed geometry: member 1 of the MultiPolygon is a Point, not a Polygon.',
    );
    expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]/);
    expect(existsSync(join(dir, 'points.json'))).toBe(false);
  });
});

describe('lantu import of a zipped Shapefile that is a zip bomb', () => {
  const shp = () => Object.fromEntries(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));

  it('stops inflating an entry past its declared size and writes nothing', async () => {
    writeFileSync(join(dir, 'understated.zip'), forgeDeclaredSize(zipSync(shp()), 'GHYDYH.dbf', 100));
    const run = await lantu('import', 'understated.zip', '--kind', 'land', '--layer', 'GHYDYH', '-o', 'understated.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[致命] zip-size-mismatch (1)');
    expect(run.stdout).toContain('understated.zip 中的“GHYDYH.dbf”解压后超过其声明的大小 100 字节');
    expect(existsSync(join(dir, 'understated.json'))).toBe(false);
  });

  it('refuses an entry compressed over 200:1', async () => {
    writeFileSync(join(dir, 'ratio.zip'), zipSync({ ...shp(), 'readme.txt': new Uint8Array(4 * 1024 * 1024).fill(32) }));
    const run = await lantu('import', 'ratio.zip', '--kind', 'land', '--layer', 'GHYDYH', '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/“readme\.txt” in ratio\.zip has a compression ratio of \d+:1 .* over the limit of 200:1/);
  });

  it('refuses a declared total over the inflate limit set with --max-inflate, naming it', async () => {
    const run = await lantu('import', 'plan.zip', '--kind', 'land', '--layer', 'GHYDYH', '--max-inflate', '1KiB');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('plan.zip 解压后将超过解压上限 1.0 KiB');
    expect(run.stdout).toContain('可用 --max-inflate <大小> 调整上限');
  });
});

describe('lantu import of a GeoPackage whose layer is an endless recursive view', () => {
  beforeAll(() => {
    // Two views registered as feature tables: one yields rows for ever, one runs for ever without a row.
    const sql = [
      "CREATE VIEW endless AS WITH RECURSIVE c(fid, geom, BSM) AS (SELECT 1, (SELECT geom FROM ghydyh LIMIT 1), 'x' UNION ALL SELECT fid + 1, geom, BSM FROM c) SELECT * FROM c",
      "CREATE VIEW silent AS WITH RECURSIVE c(fid, geom, BSM) AS (SELECT 1, (SELECT geom FROM ghydyh LIMIT 1), 'x' UNION ALL SELECT fid + 1, geom, BSM FROM c) SELECT * FROM c WHERE fid < 0",
      ...['endless', 'silent'].flatMap((t) => [
        `INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) SELECT '${t}', 'features', '${t}', srs_id FROM gpkg_contents WHERE table_name = 'ghydyh'`,
        `INSERT INTO gpkg_geometry_columns SELECT '${t}', column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns WHERE table_name = 'ghydyh'`,
      ]),
    ];
    writeFileSync(join(dir, 'hostile.gpkg'), readFileSync(join(dir, 'plan.gpkg')));
    execFileSync('/usr/bin/python3', [
      '-c',
      'import sqlite3,sys,json; db=sqlite3.connect(sys.argv[1]); [db.execute(s) for s in json.loads(sys.argv[2])]; db.commit()',
      join(dir, 'hostile.gpkg'),
      JSON.stringify(sql),
    ]);
  });

  it('stops a view that never yields a row at the deadline and names the table (zh and en)', async () => {
    const started = Date.now();
    const run = await lantu(
      'import',
      'hostile.gpkg',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--source-layer',
      'silent',
      '--read-deadline',
      '1.5',
      '-o',
      'silent.json',
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[致命] gpkg-read-deadline (1)');
    expect(run.stdout).toContain(
      '读取 hostile.gpkg 的表 silent 时超过时限 1.5 秒仍未完成（可能是无限递归的视图），已停止读取，未导入任何内容。',
    );
    expect(existsSync(join(dir, 'silent.json'))).toBe(false);
    const en = spawnSync(
      process.execPath,
      [
        'bin/lantu.mjs',
        '--lang',
        'en',
        'import',
        join(dir, 'hostile.gpkg'),
        '--kind',
        'land',
        '--layer',
        'GHYDYH',
        '--source-layer',
        'silent',
        '--read-deadline',
        '1',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(en.status).toBe(1);
    expect(en.stdout).toContain('Reading table silent of hostile.gpkg did not finish within the deadline of 1 s');
  });

  it('stops a view that yields rows for ever at the row cap and names the table', async () => {
    const run = await lantu(
      'import',
      'hostile.gpkg',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--source-layer',
      'endless',
      '--max-rows',
      '1000',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('hostile.gpkg 的表 endless 超过 1000 行（行数上限），可能是无限递归的视图，已停止读取，未导入任何内容。');
  });

  it('still reads the real layer of the same file in its worker', async () => {
    const run = await lantu(
      'import',
      'hostile.gpkg',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--source-layer',
      'ghydyh',
      '--read-deadline',
      '60',
    );
    expect(run.stdout).toContain('来源坐标系：EPSG:4547');
    expect(run.status).toBe(0);
  });
});
