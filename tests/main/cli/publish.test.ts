// `lantu publish` against a real throw-away PostGIS cluster: the package's layers, coverage, conflicts, resolutions
// and indicators land with lower-cased national field names, Chinese comments, GiST indexes and a metadata row;
// GDAL's ogrinfo reads them independently; a republish is atomic for a concurrent reader, a failed one leaves the
// old publication, an unverified package is refused, a missing permission is named; every conflict is published,
// region-less ones too; a republish keeps the grants on the tables; a schema a DBA made serves a role that may not
// create schemas; Ctrl+C during a publish rolls it back and says so.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipFiles, zipFiles } from '../../../engine/package/index.ts';
import { publishBlueprint } from '../../../main/node/db/publishBlueprint.ts';
import { packagePlans } from '../../engine/package/packagePlans.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../support/pgCluster.ts';
import { main, runLantuInProcess } from './runLantuInProcess.ts';

let cluster: PgCluster;
let dir: string;
const CREATED = '2026-11-27T08:00:00.000Z';

async function lantu(args: string[], env: Record<string, string> = { PGPASSWORD: CLERK.password, HOME: dir }) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env });
  return { status, stdout, stderr };
}
const db = () => `host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${CLERK.user} sslmode=disable`;
const pgUrl = () => `PG:host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${CLERK.user} password=${CLERK.password}`;
const features = (zip: string, layer: string) =>
  (JSON.parse(new TextDecoder().decode(unzipFiles(readFileSync(join(dir, zip))).get(`layers/${layer}.geojson`))) as { features: unknown[] })
    .features.length;

beforeAll(async () => {
  cluster = await startPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-publish-'));
  for (const [name, dirty] of [
    ['v1', true],
    ['v2', false],
  ] as const) {
    const [land, industry] = packagePlans({ projectOnFarmland: dirty });
    writeFileSync(join(dir, `land-${name}.json`), JSON.stringify(land));
    writeFileSync(join(dir, `industry-${name}.json`), JSON.stringify(industry));
    const run = await runLantuInProcess(dir, [
      'export',
      `land-${name}.json`,
      `industry-${name}.json`,
      '--created',
      CREATED,
      '--draft',
      '-o',
      `${name}.zip`,
    ]);
    if (run.status !== 0) throw new Error(run.stderr);
  }
  // A target the small plans miss: an indicator blocker (R21), a conflict without a region.
  writeFileSync(
    join(dir, 'targets.json'),
    JSON.stringify({
      schemaVersion: '1.0.0',
      id: 'publish-test',
      title: '测试指标',
      atRiskMarginPercent: 2,
      baselines: [],
      targets: [{ indicator: 'permanentFarmland', assigned: 38740, source: '测试' }],
    }),
  );
  const run = await runLantuInProcess(dir, [
    'export',
    'land-v1.json',
    'industry-v1.json',
    '--targets',
    'targets.json',
    '--created',
    CREATED,
    '--draft',
    '-o',
    'targets.zip',
  ]);
  if (run.status !== 0) throw new Error(run.stderr);
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('lantu publish', () => {
  it('writes the package with national field names, Chinese comments, GiST indexes and a metadata row', async () => {
    const run = await lantu(['publish', 'v1.zip', '--db', db()]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ 已发布到 clerk@127.0.0.1:${cluster.port}/lantu 模式 lantu：第 1 版`);
    const meta = await cluster.admin<{ version: number; package_sha256: string; created: Date; tables: string[] }>(
      'SELECT version, package_sha256, created, tables FROM lantu.lantu_metadata',
    );
    expect(meta.rows).toHaveLength(1);
    expect(meta.rows[0]!.package_sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'v1.zip')))
        .digest('hex'),
    );
    expect(meta.rows[0]!.created.toISOString()).toBe(CREATED);
    expect(meta.rows[0]!.tables).toEqual(
      expect.arrayContaining(['ghydyh', 'yjjbnt', 'gyxm', 'yztydfg', 'ddqy', 'conflicts', 'resolutions', 'indicators']),
    );
    const comments = await cluster.admin<{ t: string; c: string }>(
      "SELECT obj_description('lantu.ghydyh'::regclass) AS t, col_description('lantu.ghydyh'::regclass, (SELECT attnum FROM pg_attribute WHERE attrelid = 'lantu.ghydyh'::regclass AND attname = 'ydyhfldm')) AS c",
    );
    expect(comments.rows[0]).toEqual({ t: '规划用地用海（GHYDYH）', c: expect.stringMatching(/用地用海分类代码|分类代码/) });
    const gist = await cluster.admin(
      "SELECT indexname FROM pg_indexes WHERE schemaname = 'lantu' AND indexdef LIKE '%USING gist (geom)%' ORDER BY 1",
    );
    expect(gist.rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining(['conflicts_geom_gist', 'ghydyh_geom_gist', 'yztydfg_geom_gist']),
    );
    const conflict = await cluster.admin<{ rule_id: string; area_m2: number; srid: number }>(
      'SELECT rule_id, area_m2, ST_SRID(geom) AS srid FROM lantu.conflicts',
    );
    expect(conflict.rows.map((r) => [r.rule_id, r.srid])).toContainEqual(['R08', 4490]);
  });

  it('is read by GDAL (ogrinfo PG:) with the same features and geometry', () => {
    const summary = execFileSync('ogrinfo', ['-ro', '-so', pgUrl(), 'lantu.ghydyh'], { encoding: 'utf8' });
    expect(summary).toContain(`Feature Count: ${features('v1.zip', 'GHYDYH')}`);
    expect(summary).toMatch(/EPSG",4490|CGCS2000/);
    expect(summary).toMatch(/ydyhfldm: String/);
    const pkg = JSON.parse(new TextDecoder().decode(unzipFiles(readFileSync(join(dir, 'v1.zip'))).get('layers/GHYDYH.geojson'))) as {
      features: { properties: { BSM: string }; geometry: { coordinates: number[][][] } }[];
    };
    const first = pkg.features[0]!;
    const one = execFileSync('ogrinfo', ['-ro', '-q', pgUrl(), '-sql', `SELECT bsm, geom FROM lantu.ghydyh WHERE fid = 1`], {
      encoding: 'utf8',
    });
    expect(one).toContain(`bsm (String) = ${first.properties.BSM}`);
    const [x, y] = first.geometry.coordinates[0]![0]!;
    expect(one).toContain(`POLYGON ((${x} ${y}`);
  });

  it('does nothing for the package already published, and a new package becomes version 2', async () => {
    const again = await lantu(['publish', 'v1.zip', '--db', db(), '--lang', 'en']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already holds this package (version 1');
    const v2 = await lantu(['publish', 'v2.zip', '--db', db()]);
    expect(v2.status).toBe(0);
    const rows = await cluster.admin(
      'SELECT (SELECT max(version) FROM lantu.lantu_metadata) AS v, (SELECT count(*)::int FROM lantu.conflicts) AS c',
    );
    expect(rows.rows[0]).toEqual({ v: 2, c: 0 });
  });

  it('republishes atomically: a concurrent reader sees the old version or the new, never a mix', async () => {
    const expected = new Map<number, string>();
    const reader = new pg.Client({
      host: '127.0.0.1',
      port: cluster.port,
      user: CLERK.user,
      password: CLERK.password,
      database: POSTGIS_DB,
    });
    await reader.connect();
    const snapshot = async () => {
      const r = await reader.query<{ v: number; sha: string; c: number; d: number; g: number }>(
        `SELECT (SELECT max(version) FROM lantu.lantu_metadata) AS v, (SELECT count(*)::int FROM lantu.conflicts) AS c,
                (SELECT count(*)::int FROM lantu.ddqy) AS d, (SELECT count(*)::int FROM lantu.ghydyh) AS g`,
      );
      const row = r.rows[0]!;
      return { v: row.v, shape: `${row.c}/${row.d}/${row.g}` };
    };
    // The shape of each package, read when nothing is publishing.
    const seen: { v: number; shape: string }[] = [];
    let publishing = true;
    let reads = 0;
    const loop = (async () => {
      while (publishing) {
        seen.push(await snapshot());
        reads++;
      }
    })();
    for (const zip of ['v1.zip', 'v2.zip', 'v1.zip', 'v2.zip']) {
      const run = await lantu(['publish', zip, '--db', db()]);
      expect(run.status).toBe(0);
      const now = await snapshot();
      expected.set(now.v, now.shape);
    }
    publishing = false;
    await loop;
    await reader.end();
    expect(reads).toBeGreaterThan(4);
    const shapes = new Set([...expected.values()]);
    expect(shapes.size).toBe(2);
    for (const s of seen) if (expected.has(s.v)) expect(s.shape).toBe(expected.get(s.v));
    for (const s of seen) expect(shapes.has(s.shape)).toBe(true);
  });

  it('leaves the old publication whole when a publish fails half-way', async () => {
    const before = await cluster.admin(
      'SELECT max(version) AS v, (SELECT count(*)::int FROM lantu.conflicts) AS c FROM lantu.lantu_metadata',
    );
    // A real failure inside the transaction, after the old tables were dropped and some new ones written.
    await cluster.admin(
      `CREATE FUNCTION refuse_index() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`,
    );
    await cluster.admin(
      `CREATE EVENT TRIGGER refuse_index ON ddl_command_end WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION refuse_index()`,
    );
    try {
      const next = before.rows[0]!.c === 0 ? 'v1.zip' : 'v2.zip';
      const run = await lantu(['publish', next, '--db', db()]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('数据库操作失败');
      expect(run.stderr).toContain('disk full (test)');
    } finally {
      await cluster.admin('DROP EVENT TRIGGER refuse_index');
    }
    const after = await cluster.admin(
      'SELECT max(version) AS v, (SELECT count(*)::int FROM lantu.conflicts) AS c FROM lantu.lantu_metadata',
    );
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('refuses a package that does not verify, publishing nothing', async () => {
    const files = unzipFiles(readFileSync(join(dir, 'v1.zip')));
    files.set('conflicts.csv', new TextEncoder().encode('\uFEFFx\r\n'));
    writeFileSync(join(dir, 'tampered.zip'), zipFiles(files, CREATED));
    const before = await cluster.admin('SELECT max(version) AS v FROM lantu.lantu_metadata');
    const run = await lantu(['publish', 'tampered.zip', '--db', db()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ tampered.zip 未通过校验，未发布');
    expect((await cluster.admin('SELECT max(version) AS v FROM lantu.lantu_metadata')).rows[0]).toEqual(before.rows[0]);
  });

  it('names a missing permission and a password in the connection string', async () => {
    await cluster.admin(`CREATE ROLE viewer LOGIN PASSWORD 'view'`);
    const run = await lantu(['publish', 'v1.zip', '--db', db().replace('user=clerk', 'user=viewer'), '--schema', 'other'], {
      PGPASSWORD: 'view',
      HOME: dir,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('✗ 模式 other 不存在，用户 viewer 也无权在数据库 lantu 中创建模式');
    const pw = await lantu(['publish', 'v1.zip', '--db', `postgresql://clerk:x@127.0.0.1:${cluster.port}/lantu`]);
    expect(pw.status).toBe(2);
    expect(pw.stderr).toContain('连接字符串中不能包含口令');
  });

  it('publishes every conflict of conflicts.json, one without a region with a NULL geometry, every resolution and indicator', async () => {
    const files = unzipFiles(readFileSync(join(dir, 'targets.zip')));
    const read = <T>(path: string) => JSON.parse(new TextDecoder().decode(files.get(path))) as T;
    const conflicts = read<{ key: string; ruleId: string; region: unknown }[]>('conflicts.json');
    const regionLess = conflicts.filter((c) => c.region === null);
    expect(regionLess.map((c) => c.ruleId)).toContain('R21');
    const run = await lantu(['publish', 'targets.zip', '--db', db(), '--schema', 'complete']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = await cluster.admin<{ key: string; rule_id: string; geom: boolean }>(
      'SELECT key, rule_id, geom IS NOT NULL AS geom FROM complete.conflicts ORDER BY fid',
    );
    expect(rows.rows).toEqual(conflicts.map((c) => ({ key: c.key, rule_id: c.ruleId, geom: c.region !== null })));
    const resolutions = read<{ resolutions: unknown[] }>('resolutions.json').resolutions;
    const indicators = read<{ indicator: string; townCode: string | null }[]>('indicators.json');
    const counts = await cluster.admin<{ r: number }>('SELECT count(*)::int AS r FROM complete.resolutions');
    expect(counts.rows[0]!.r).toBe(resolutions.length);
    const published = await cluster.admin<{ indicator: string; town_code: string | null }>(
      'SELECT indicator, town_code FROM complete.indicators ORDER BY fid',
    );
    expect(published.rows).toEqual(indicators.map((v) => ({ indicator: v.indicator, town_code: v.townCode })));
  });

  it('publishes resolutions.decided_at as timestamptz (an ISO time), date (a calendar date only) or else text', async () => {
    const files = unzipFiles(readFileSync(join(dir, 'v1.zip')));
    const resolution = (decidedAt: string) => ({
      conflictKey: 'R08|a|b',
      ruleId: 'R08',
      severity: 'blocker',
      regionHash: 'abc',
      kind: 'defer',
      status: 'applied',
      decidedBy: '张三',
      decidedAt,
      reason: '待复核',
      edits: [],
    });
    const client = new pg.Client({
      host: '127.0.0.1',
      port: cluster.port,
      user: CLERK.user,
      password: CLERK.password,
      database: POSTGIS_DB,
    });
    await client.connect();
    try {
      // The value as PostgreSQL reads it back: the same instant written at +08:00, the same day, the same text.
      for (const [schema, decidedAt, type, same] of [
        ['times', '2026-12-05T09:30:00.000Z', 'timestamp with time zone', "decided_at = '2026-12-05 17:30:00+08:00'::timestamptz"],
        ['dates', '2026-12-05', 'date', "decided_at = DATE '2026-12-05'"],
        ['impossible', '2026-02-30', 'text', "decided_at = '2026-02-30'"],
        ['unzoned', '2026-12-05T09:30:00', 'text', "decided_at = '2026-12-05T09:30:00'"],
      ] as const) {
        files.set(
          'resolutions.json',
          new TextEncoder().encode(JSON.stringify({ schemaVersion: '1.0.0', resolutions: [resolution(decidedAt)] })),
        );
        await publishBlueprint(client, { files, schema, packageSha256: schema, toolVersion: 'test' });
        const column = await cluster.admin<{ type: string; same: boolean }>(
          `SELECT format_type(a.atttypid, a.atttypmod) AS type, (SELECT ${same} FROM ${schema}.resolutions) AS same
             FROM pg_attribute a WHERE a.attrelid = '${schema}.resolutions'::regclass AND a.attname = 'decided_at'`,
        );
        expect({ schema, ...column.rows[0] }).toEqual({ schema, type, same: true });
      }
    } finally {
      await client.end();
    }
  });

  it('keeps the grants on published tables when a new version replaces them', async () => {
    expect((await lantu(['publish', 'v1.zip', '--db', db(), '--schema', 'granted'])).status).toBe(0);
    await cluster.admin(`CREATE ROLE reader LOGIN PASSWORD 'read'`);
    await cluster.admin('CREATE ROLE approver NOLOGIN');
    await cluster.admin('GRANT USAGE ON SCHEMA granted TO reader');
    await cluster.admin('GRANT SELECT ON ALL TABLES IN SCHEMA granted TO reader');
    await cluster.admin('GRANT SELECT, UPDATE ON granted.conflicts TO approver WITH GRANT OPTION');
    await cluster.admin('GRANT SELECT ON granted.ghydyh TO PUBLIC');
    const acl = async () =>
      (
        await cluster.admin<{ t: string; grantee: string; privilege: string; grantable: boolean }>(
          `SELECT c.relname AS t, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee,
                  a.privilege_type AS privilege, a.is_grantable AS grantable
             FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
            WHERE c.relnamespace = 'granted'::regnamespace AND c.relkind = 'r' ORDER BY 1, 2, 3`,
        )
      ).rows;
    const before = await acl();
    expect(before).toContainEqual({ t: 'conflicts', grantee: 'approver', privilege: 'UPDATE', grantable: true });
    expect((await lantu(['publish', 'v2.zip', '--db', db(), '--schema', 'granted'])).status).toBe(0);
    const tables = await cluster.admin<{ tables: string[] }>('SELECT tables FROM granted.lantu_metadata WHERE version = 2');
    const v1Tables = await cluster.admin<{ tables: string[] }>('SELECT tables FROM granted.lantu_metadata WHERE version = 1');
    // Every table of version 2 replaced one of version 1, so every one must carry version 1's grants.
    expect([...tables.rows[0]!.tables].sort()).toEqual([...v1Tables.rows[0]!.tables].sort());
    expect(await acl()).toEqual(before);
    const reader = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'reader', password: 'read', database: POSTGIS_DB });
    await reader.connect();
    try {
      const version = await reader.query<{ v: number }>('SELECT max(version) AS v FROM granted.lantu_metadata');
      expect(version.rows[0]!.v).toBe(2);
      for (const table of tables.rows[0]!.tables) await reader.query(`SELECT count(*) FROM granted.${reader.escapeIdentifier(table)}`);
    } finally {
      await reader.end();
    }
  });

  it('publishes into a schema a DBA made for a role without CREATE on the database', async () => {
    await cluster.admin(`CREATE ROLE publisher LOGIN PASSWORD 'pub'`);
    await cluster.admin('CREATE SCHEMA pubschema AUTHORIZATION publisher');
    await cluster.admin('CREATE SCHEMA shared');
    await cluster.admin('GRANT USAGE, CREATE ON SCHEMA shared TO publisher');
    const can = await cluster.admin<{ c: boolean }>(`SELECT has_database_privilege('publisher', '${POSTGIS_DB}', 'CREATE') AS c`);
    expect(can.rows[0]!.c).toBe(false);
    for (const schema of ['pubschema', 'shared']) {
      const run = await lantu(['publish', 'v1.zip', '--db', db().replace('user=clerk', 'user=publisher'), '--schema', schema], {
        PGPASSWORD: 'pub',
        HOME: dir,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const meta = await cluster.admin<{ v: number; owner: string }>(
        `SELECT max(version) AS v, (SELECT tableowner FROM pg_tables WHERE schemaname = $1 AND tablename = 'ghydyh') AS owner FROM ${schema}.lantu_metadata`,
        [schema],
      );
      expect(meta.rows[0]).toEqual({ v: 1, owner: 'publisher' });
    }
  });

  // Waiting for a reader, publish retries a NOWAIT lock between statements; waiting for another publisher, its
  // LOCK statement waits in the server and must be cancelled there.
  it.each([
    {
      holder: 'a reader',
      hold: 'SELECT count(*) FROM interrupted.ghydyh',
      waiting: "query LIKE '%lantu_lock%'",
    },
    {
      holder: 'another publisher',
      hold: 'LOCK TABLE interrupted.lantu_metadata IN EXCLUSIVE MODE',
      waiting: "wait_event_type = 'Lock'",
    },
  ])(
    'on Ctrl+C while waiting for $holder, rolls back, says the published version is unchanged and exits 130',
    async ({ hold, waiting: where }) => {
      if ((await cluster.admin("SELECT to_regclass('interrupted.lantu_metadata') AS t")).rows[0]!.t === null)
        expect((await lantu(['publish', 'v1.zip', '--db', db(), '--schema', 'interrupted'])).status).toBe(0);
      const metadata = 'SELECT version, package_sha256, tables FROM interrupted.lantu_metadata ORDER BY version';
      const before = (await cluster.admin(metadata)).rows;
      const reader = new pg.Client({
        host: '127.0.0.1',
        port: cluster.port,
        user: CLERK.user,
        password: CLERK.password,
        database: POSTGIS_DB,
      });
      await reader.connect();
      await reader.query('BEGIN');
      await reader.query(hold);
      const child = spawn(
        process.execPath,
        [resolve('bin/lantu.mjs'), 'publish', 'v2.zip', '--db', db(), '--schema', 'interrupted', '--lang', 'en'],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', HOME: dir, PGPASSWORD: CLERK.password },
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      try {
        const waiting = async () =>
          (
            await cluster.admin<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND ${where}`, [
              CLERK.user,
            ])
          ).rows[0]!.n;
        // Bounded, so that a publish which never reaches the lock fails here with what it printed.
        const until = performance.now() + 120_000;
        while (child.exitCode === null && performance.now() < until && (await waiting()) === 0) await new Promise((r) => setTimeout(r, 50));
        expect(child.exitCode === null ? 'waiting for the lock' : stderr).toBe('waiting for the lock');
        child.kill('SIGINT');
        const status = await Promise.race([
          exited,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no exit within 30 s of Ctrl+C: ${stderr}`)), 30_000)),
        ]);
        expect(stderr).toContain(
          `✗ publishing interrupted (Ctrl+C): nothing was committed; the version published in clerk@127.0.0.1:${cluster.port}/lantu schema interrupted is unchanged`,
        );
        expect(status).toBe(130);
      } finally {
        child.kill('SIGKILL');
        await reader.query('COMMIT');
        await reader.end();
      }
      expect((await cluster.admin(metadata)).rows).toEqual(before);
      const staged = await cluster.admin(
        "SELECT relname FROM pg_class WHERE relnamespace = 'interrupted'::regnamespace AND relname LIKE '%lantu_new'",
      );
      expect(staged.rows).toEqual([]);
    },
    300_000,
  );
});
