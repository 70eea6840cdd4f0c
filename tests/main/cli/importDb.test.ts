// `lantu import --db`: a department's layer written into a real throw-away PostGIS by ogr2ogr (EPSG:4526, columns
// lower-cased by GDAL) is read through the same import pipeline as a file: the same features and properties as the
// GeoPackage of the same data, the CRS converted, quality issues reported the same way; a missing table is named.
// The plan's title is the table's COMMENT or --title (never the table name); a layer `lantu publish` wrote gets the
// title and department of its source plan back from lantu_metadata.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcePlan } from '../../engine/import/sourcePlan.ts';
import { packagePlans } from '../../engine/package/packagePlans.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../support/pgCluster.ts';
import { main, runLantuInProcess } from './runLantuInProcess.ts';

let cluster: PgCluster;
let dir: string;

/** A role that may read lantu.gyxm and nothing else of the publication (not lantu_metadata). */
const READER = { user: 'reader', password: 'reader-secret' } as const;

async function lantuAs(password: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    env: { PGPASSWORD: password, HOME: dir },
  });
  return { status, stdout, stderr };
}
const lantu = (...args: string[]) => lantuAs(CLERK.password, args);
const db = (user: string = CLERK.user) => `host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${user} sslmode=disable`;

beforeAll(async () => {
  cluster = await startPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-importdb-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify(sourcePlan()));
  const bad = sourcePlan();
  bad.features[0]!.properties.MJ = 1;
  writeFileSync(join(dir, 'bad.geojson'), JSON.stringify(bad));
  const pgTarget = `PG:host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${CLERK.user} password=${CLERK.password}`;
  await cluster.admin(`CREATE SCHEMA dept AUTHORIZATION ${CLERK.user}`);
  for (const [file, table] of [
    ['source.geojson', 'dept.ghydyh'],
    ['bad.geojson', 'dept.bad_area'],
  ] as const) {
    execFileSync(
      'ogr2ogr',
      ['-f', 'PostgreSQL', pgTarget, '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-nln', table, '-lco', 'GEOMETRY_NAME=geom', file],
      {
        cwd: dir,
        stdio: 'pipe',
      },
    );
  }
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-nln', 'ghydyh', 'plan.gpkg', 'source.geojson'], {
    cwd: dir,
    stdio: 'pipe',
  });
  await cluster.admin(`COMMENT ON TABLE dept.ghydyh IS '济源市国土空间总体规划（2021—2035年）'`);
  // GDAL's -lco DESCRIPTION writes the layer name as the comment: a name is not a title.
  await cluster.admin(`COMMENT ON TABLE dept.bad_area IS 'bad_area'`);
  const [land, industry] = packagePlans();
  writeFileSync(join(dir, 'land.json'), JSON.stringify(land));
  writeFileSync(join(dir, 'industry.json'), JSON.stringify(industry));
  const exported = await runLantuInProcess(dir, ['export', 'land.json', 'industry.json', '--draft', '-o', 'blueprint.zip']);
  if (exported.status !== 0) throw new Error(exported.stderr);
  const published = await lantu('publish', 'blueprint.zip', '--db', db(), '--schema', 'lantu');
  if (published.status !== 0) throw new Error(published.stderr);
  await cluster.admin(`CREATE ROLE ${READER.user} LOGIN PASSWORD '${READER.password}'`);
  await cluster.admin(`GRANT USAGE ON SCHEMA lantu TO ${READER.user}`);
  await cluster.admin(`GRANT SELECT ON lantu.gyxm TO ${READER.user}`);
  await cluster.admin('CREATE TABLE dept.no_geometry (id int)');
  await cluster.admin(`ALTER TABLE dept.no_geometry OWNER TO ${CLERK.user}`);
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('lantu import --db', () => {
  it('imports a PostGIS table to the same features as the GeoPackage of the same data', async () => {
    const run = await lantu(
      'import',
      '--db',
      db(),
      '--source-layer',
      'dept.ghydyh',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '-o',
      'from-db.json',
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`从 clerk@127.0.0.1:${cluster.port}/lantu 读取 dept.ghydyh：3 行`);
    expect(run.stdout).toContain('来源坐标系：EPSG:4526，已转换为 EPSG:4490');
    expect(run.status).toBe(0);
    expect(
      (await lantu('import', 'plan.gpkg', '--kind', 'land', '--layer', 'GHYDYH', '--title', '规划', '-o', 'from-gpkg.json')).status,
    ).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'from-db.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'from-gpkg.json'), 'utf8'));
    expect(a.features.map((f: { id: string }) => f.id)).toEqual(b.features.map((f: { id: string }) => f.id));
    expect(a.features.map((f: { properties: unknown }) => f.properties)).toEqual(sourcePlan().features.map((f) => f.properties));
    expect(a.features.map((f: { geometry: unknown }) => f.geometry)).toEqual(b.features.map((f: { geometry: unknown }) => f.geometry));
    expect(a.plan.title).toBe('济源市国土空间总体规划（2021—2035年）');
    expect(a.plan.department).toBe('自然资源和规划局');
  });

  it('refuses a table that gives no title (no comment, or one that is only its name) unless --title gives one', async () => {
    const zh = await lantu('import', '--db', db(), '--source-layer', 'dept.bad_area', '--kind', 'land', '-o', 'untitled.json');
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('表 dept.bad_area 没有给出规划名称');
    expect(zh.stderr).toContain('请用 --title <名称> 指定');
    expect(zh.stdout).not.toContain('已写出');
    const en = await lantu('import', '--db', db(), '--source-layer', 'dept.bad_area', '--kind', 'land', '--lang', 'en');
    expect(en.stderr).toContain('table dept.bad_area gives no plan title');
    expect(en.stderr).toContain('give it with --title <text>');
    await cluster.admin('COMMENT ON TABLE dept.ghydyh IS NULL');
    try {
      const bare = await lantu('import', '--db', db(), '--source-layer', 'dept.ghydyh', '--kind', 'land', '--layer', 'GHYDYH');
      expect(bare.status).toBe(2);
      expect(bare.stderr).toContain('表 dept.ghydyh 没有给出规划名称');
      const named = await lantu(
        'import',
        '--db',
        db(),
        '--source-layer',
        'dept.ghydyh',
        '--kind',
        'land',
        '--layer',
        'GHYDYH',
        '--title',
        '济源市国土空间总体规划',
        '--department',
        '济源市自然资源和规划局',
        '-o',
        'titled.json',
      );
      expect(named.stderr).toBe('');
      expect(named.status).toBe(0);
      const doc = JSON.parse(readFileSync(join(dir, 'titled.json'), 'utf8'));
      expect([doc.plan.title, doc.plan.department, doc.plan.id]).toEqual([
        '济源市国土空间总体规划',
        '济源市自然资源和规划局',
        'land-济源市自然资源和规划局',
      ]);
    } finally {
      await cluster.admin(`COMMENT ON TABLE dept.ghydyh IS '济源市国土空间总体规划（2021—2035年）'`);
    }
  });

  it("recovers a published layer's plan title and department from the publication, not the layer's comment", async () => {
    // No --layer: the published table's name (gyxm) is the layer's code.
    const run = await lantu('import', '--db', db(), '--source-layer', 'lantu.gyxm', '--kind', 'industry', '-o', 'gyxm.json');
    expect(run.stderr).toBe('');
    const doc = JSON.parse(readFileSync(join(dir, 'gyxm.json'), 'utf8'));
    expect([doc.plan.title, doc.plan.department]).toEqual(['测试产业规划', '发展改革委']);
    expect(doc.features).toHaveLength(1);
    // The conflicts name no one plan: no title, and their comment (规划冲突…) is not one either.
    const mixed = await lantu('import', '--db', db(), '--source-layer', 'lantu.conflicts', '--kind', 'land', '--layer', 'GHYDYH');
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('表 lantu.conflicts 没有给出规划名称');
  });

  it('imports a published layer without lantu_metadata when the role may not read it, the plan named by --title', async () => {
    const layer = ['import', '--db', db(READER.user), '--source-layer', 'lantu.gyxm', '--kind', 'industry', '--layer', 'GYXM'];
    const named = await lantuAs(READER.password, [...layer, '--title', '产业规划', '--department', '发展改革委', '-o', 'reader.json']);
    expect(named.stderr).toBe('');
    expect(named.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'reader.json'), 'utf8'));
    expect([doc.plan.title, doc.plan.department]).toEqual(['产业规划', '发展改革委']);
    expect(doc.features).toHaveLength(1);
    // Not the layer's comment (a published layer's describes the layer): the title is asked for.
    const bare = await lantuAs(READER.password, layer);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('表 lantu.gyxm 没有给出规划名称');
  });

  it('says that SELECT is missing on a table that exists, not that it has no geometry', async () => {
    const args = ['import', '--db', db(READER.user), '--source-layer', 'lantu.ghydyh', '--kind', 'land', '--title', '规划'];
    const zh = await lantuAs(READER.password, args);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain(
      '用户 reader 没有读取表 lantu.ghydyh 的权限（SELECT）：请数据库管理员执行 GRANT SELECT ON lantu.ghydyh TO reader',
    );
    expect(zh.stderr).not.toContain('几何列');
    const en = await lantuAs(READER.password, [...args, '--lang', 'en']);
    expect(en.stderr).toContain('user reader may not read table lantu.ghydyh (no SELECT privilege)');
  });

  it('reports quality issues the way a file import does and writes nothing', async () => {
    const run = await lantu(
      'import',
      '--db',
      db(),
      '--source-layer',
      'dept.bad_area',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--title',
      '有质量问题的规划',
      '-o',
      'bad.json',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[质量]');
    expect(run.stdout).toContain('dept.bad_area');
    expect(run.stdout).toContain('✗ 存在质量问题，未写出');
  });

  it('names a missing table and a table without geometry; refuses a source file beside --db', async () => {
    const missing = await lantu('import', '--db', db(), '--source-layer', 'dept.nope', '--kind', 'land', '--lang', 'en');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('✗ the database has no table dept.nope');
    const flat = await lantu('import', '--db', db(), '--source-layer', 'dept.no_geometry', '--kind', 'land');
    expect(flat.status).toBe(2);
    expect(flat.stderr).toContain('表 dept.no_geometry 没有几何列');
    expect((await lantu('import', 'plan.gpkg', '--db', db(), '--source-layer', 'dept.ghydyh', '--kind', 'land')).status).toBe(2);
  });
});
