// `lantu check --engine postgis` through the CLI bundle against a real throw-away PostGIS cluster: the demo's report
// equals `lantu check`'s (keys, measures within tolerance, region hashes), the run schema is dropped (or kept with
// --schema, a hostile name staying a name), and usage and connection errors exit 2.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../engine/model/index.ts';
import type { ConflictReport } from '../../../engine/rules/index.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../support/pgCluster.ts';
import { writePlanTables } from '../../support/planTables.ts';
import { compareReports } from '../node/postgis/compareReports.ts';
import { main } from './runLantuInProcess.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds', 'jiyuan');
const PLANS = ['land', 'ecology', 'industry', 'transport', 'targets'].map((k) => join(SEEDS, `${k}.json`));

let cluster: PgCluster;
let dir: string;

async function lantu(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const env = { PGPASSWORD: CLERK.password, HOME: dir };
  const status = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env });
  return { status, stdout, stderr };
}
const db = () => `host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${CLERK.user} sslmode=disable`;
const report = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ConflictReport;

beforeAll(async () => {
  cluster = await startPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-pgcheck-'));
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('lantu check --engine postgis', () => {
  it('gives the embedded report of the demo and drops its run schema', async () => {
    const embedded = await lantu('check', ...PLANS, '--json', 'embedded.json');
    expect(embedded.status).toBe(0);
    const run = await lantu(
      'check',
      ...PLANS,
      '--engine',
      'postgis',
      '--db',
      db(),
      '--connections',
      '3',
      '--timings',
      '--json',
      'postgis.json',
    );
    expect(run.stderr).not.toContain('✗');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('SQL');
    // Every SQL rule's time, slowest first.
    expect(run.stdout).toMatch(/SQL 按规则（最慢的在前）：R\d+ \d+ ms(，R\d+ \d+ ms)+\n/);
    const diff = compareReports(report('postgis.json'), report('embedded.json'));
    expect(diff.missing).toEqual([]);
    expect(diff.extra).toEqual([]);
    expect(diff.mismatched).toEqual([]);
    expect(diff.hashDiffers).toEqual({});
    // The summary lines (count and 公顷 per rule) are the same too.
    expect(run.stdout.split('\n').filter((l) => l.includes('公顷'))).toEqual(embedded.stdout.split('\n').filter((l) => l.includes('公顷')));
    const left = await cluster.admin("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'lantu_run_%'");
    expect(left.rows).toEqual([]);
  }, 600_000);

  it('keeps the features in a --schema whose hostile name stays a name', async () => {
    const schema = 'x"; DROP SCHEMA public CASCADE; --';
    const run = await lantu(
      'check',
      join(SEEDS, 'land.json'),
      join(SEEDS, 'ecology.json'),
      '--engine',
      'postgis',
      '--db',
      db(),
      '--schema',
      schema,
    );
    expect(run.status).toBe(0);
    const rows = await cluster.admin<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${'"x""; DROP SCHEMA public CASCADE; --"'}.lantu_features`,
    );
    expect(rows.rows[0]!.n).toBeGreaterThan(0);
    expect((await cluster.admin("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'public'")).rows[0]!.n).toBe(1);
  }, 300_000);

  it('refuses --engine postgis without --db, and --db without it, as usage errors (exit 2)', async () => {
    const none = await lantu('check', join(SEEDS, 'land.json'), '--engine', 'postgis');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--engine postgis 需要 --db');
    const stray = await lantu('check', join(SEEDS, 'land.json'), '--db', db(), '--lang', 'en');
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('need --engine postgis');
  });

  it('names an unreachable server (exit 2)', async () => {
    const run = await lantu(
      'check',
      join(SEEDS, 'land.json'),
      '--engine',
      'postgis',
      '--db',
      `host=127.0.0.1 port=1 dbname=x user=y sslmode=disable`,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法连接数据库服务器');
  });

  it('cancels the running statements on Ctrl+C, drops the run schema and exits 2 within two seconds', async () => {
    const running = lantu('check', ...PLANS, '--engine', 'postgis', '--db', db(), '--lang', 'en');
    const busy = async () =>
      (
        await cluster.admin<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND state = 'active' AND query LIKE '%lantu\\_%'`,
          [CLERK.user],
        )
      ).rows[0]!.n;
    let settled = false;
    void running.then(
      () => (settled = true),
      () => (settled = true),
    );
    // Bounded waits, so that a run which never reaches the database, or never ends after Ctrl+C, fails here with
    // what it printed instead of hanging until the test's timeout.
    const waitUntil = performance.now() + 120_000;
    while (!settled && performance.now() < waitUntil && (await busy()) === 0) await new Promise((r) => setTimeout(r, 20));
    expect(settled ? (await running).stderr : performance.now() < waitUntil ? 'still running' : 'never busy').toBe('still running');
    const t0 = performance.now();
    process.emit('SIGINT');
    const run = await Promise.race([
      running,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('lantu check did not end within 30 s of Ctrl+C')), 30_000)),
    ]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('interrupted: the queries running in the database were cancelled and the run schema dropped');
    expect(await busy()).toBe(0);
    expect((await cluster.admin("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'lantu\\_run\\_%'")).rows).toEqual([]);
    expect(process.listenerCount('SIGINT')).toBe(0);
  }, 300_000);

  it('checks plans that are tables in the database (--source-layer) with the file-based report, a hostile schema a name', async () => {
    const schema = 'plans"; DROP SCHEMA public CASCADE; --';
    const client = new pg.Client({
      host: '127.0.0.1',
      port: cluster.port,
      user: CLERK.user,
      password: CLERK.password,
      database: POSTGIS_DB,
    });
    await client.connect();
    const specs: string[] = [];
    try {
      for (const k of ['land', 'ecology', 'industry', 'transport']) {
        const plan = JSON.parse(readFileSync(join(SEEDS, `${k}.json`), 'utf8')) as PlanDocument;
        specs.push('--source-layer', `${k}:${plan.plan.id}=${(await writePlanTables(client, schema, plan)).join(',')}`);
      }
    } finally {
      await client.end();
    }
    const files = await lantu('check', ...PLANS, '--json', 'files.json');
    expect(files.status).toBe(0);
    const run = await lantu(
      'check',
      join(SEEDS, 'targets.json'),
      '--engine',
      'postgis',
      '--db',
      db(),
      ...specs,
      '--timings',
      '--lang',
      'en',
      '--json',
      'tables.json',
    );
    expect(run.stderr).not.toContain('✗');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`read ${schema}.xzq,${schema}.ghydyh`);
    // Every geometry was taken from its table; only the 10 road corridors were sent.
    expect(run.stdout).toMatch(/geometries: 4,?\d{3} from the tables, 0 sent; 10 corridors or repaired footprints sent/);
    const keysAndHashes = (r: ConflictReport) => r.conflicts.map((c) => `${c.key} ${c.regionHash} ${c.severity}`).sort();
    expect(keysAndHashes(report('tables.json'))).toEqual(keysAndHashes(report('files.json')));
    expect(run.stdout.split('\n').filter((l) => l.includes(' ha'))).toEqual(
      (await lantu('check', ...PLANS, '--lang', 'en')).stdout.split('\n').filter((l) => l.includes(' ha')),
    );
    expect((await cluster.admin("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'public'")).rows[0]!.n).toBe(1);
  }, 600_000);

  it('says to lower --connections when they are more than the server takes (max_connections 40)', async () => {
    const args = ['check', '--engine', 'postgis', '--db', db(), '--source-layer', 'land=dept.ghydyh', '--connections', '100'];
    const zh = await lantu(...args);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('的连接数已满（SQLSTATE 53300）：请减小 --connections');
    const en = await lantu(...args, '--lang', 'en');
    expect(en.stderr).toContain('(SQLSTATE 53300, too many connections): lower --connections');
  }, 120_000);

  it('names a missing table in the chosen language (exit 2), and refuses --source-layer without --engine postgis', async () => {
    const args = ['check', '--engine', 'postgis', '--db', db(), '--source-layer', 'land=nowhere.ghydyh'];
    const zh = await lantu(...args);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('数据库中没有表 nowhere.ghydyh');
    const en = await lantu(...args, '--lang', 'en');
    expect(en.stderr).toContain('the database has no table nowhere.ghydyh');
    expect(en.stderr).not.toContain('数据库');
    const bad = await lantu('check', '--source-layer', 'land=public.ghydyh', '--lang', 'en');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--source-layer needs --engine postgis --db <conn>');
    const malformed = await lantu('check', '--engine', 'postgis', '--db', db(), '--source-layer', 'farm=public.x', '--lang', 'en');
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('--source-layer must be <kind>[:<plan-id>]=<schema.table>');
  }, 120_000);

  it('names the table and the field when a table lacks a column the layer needs, and checks the rest', async () => {
    const client = new pg.Client({
      host: '127.0.0.1',
      port: cluster.port,
      user: CLERK.user,
      password: CLERK.password,
      database: POSTGIS_DB,
    });
    await client.connect();
    try {
      const plan = JSON.parse(readFileSync(join(SEEDS, 'ecology.json'), 'utf8')) as PlanDocument;
      await writePlanTables(client, 'lacking', plan);
      await client.query('ALTER TABLE lacking.stbhhx DROP COLUMN bsm');
    } finally {
      await client.end();
    }
    const args = ['check', '--engine', 'postgis', '--db', db(), '--source-layer', 'ecology=lacking.stbhhx'];
    const en = await lantu(...args, '--lang', 'en');
    // Checkable (the features without BSM become quality conflicts), the missing column named by table and field.
    expect(en.status).toBe(0);
    expect(en.stderr).toContain('! lacking.stbhhx: table lacking.stbhhx has no column for the required field BSM (column bsm)');
    expect(en.stderr).not.toContain('--mapping');
    const zh = await lantu(...args);
    expect(zh.stderr).toContain('表 lacking.stbhhx 没有必填字段 BSM 的列（列名 bsm）');
  }, 120_000);
});
