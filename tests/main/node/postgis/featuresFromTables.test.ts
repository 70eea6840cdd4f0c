// The PostGIS executor on plans that live in the database as tables (one per layer, national field names, as
// `lantu publish` writes them) on a real throw-away cluster: read back through the import pipeline they are the demo's
// plans (same ids, geometries, properties), the features table takes their geometries from the tables, and the report
// is the file-based embedded run's (keys, measures, region hashes); a hostile schema name stays a name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../../engine/geometry/index.ts';
import type { Targets } from '../../../../engine/indicators/index.ts';
import type { PlanDocument, PlanKind } from '../../../../engine/model/index.ts';
import { catalogOfPlans, loadRulePack, runExecutor, runRules, type RulePack } from '../../../../engine/rules/index.ts';
import { readPlanTables, type SourceTable } from '../../../../main/node/db/readPlanTables.ts';
import { createGeometryPort } from '../../../../main/node/createGeometryPort.ts';
import { postgisExecutor, type PostgisNote } from '../../../../main/node/postgis/postgisExecutor.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../../support/pgCluster.ts';
import { writePlanTables } from '../../../support/planTables.ts';
import { compareReports } from './compareReports.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const KINDS: PlanKind[] = ['land', 'ecology', 'industry', 'transport'];
const plans = KINDS.map((k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument);
const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
const load = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
if (!load.ok) throw new Error('default pack');
const PACK = load.pack as RulePack;
const SCHEMA = 'plans"; DROP SCHEMA public CASCADE; --';

let cluster: PgCluster;
let port: GeometryPort;
let clients: pg.Client[];

beforeAll(async () => {
  [cluster, port] = await Promise.all([startPgCluster(), createGeometryPort()]);
  clients = [];
  for (let i = 0; i < 2; i++) {
    const c = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: CLERK.user, password: CLERK.password, database: POSTGIS_DB });
    await c.connect();
    clients.push(c);
  }
}, 120_000);
afterAll(async () => {
  for (const c of clients ?? []) await c.end();
  port?.dispose();
  await cluster?.stop();
});

describe('the PostGIS executor on plans in tables', () => {
  it('reads the demo back from its tables and gives the file-based report, the geometries taken from the tables', async () => {
    const read: { document: PlanDocument; sources: SourceTable[] }[] = [];
    for (const [i, plan] of plans.entries()) {
      const tables = await writePlanTables(clients[0]!, SCHEMA, plan);
      const r = await readPlanTables(clients[0]!, { kind: KINDS[i]!, planId: plan.plan.id, tables }, 1_000_000);
      expect(r.issues.filter((x) => x.severity === 'fatal')).toEqual([]);
      read.push({ document: r.document!, sources: r.sources! });
      // Tables that carry no title give the plan its id as a label, never the table names.
      expect(r.document!.plan.title).toBe(plan.plan.id);
    }
    // A table's COMMENT is the plan's title (the first of its tables that has one).
    const tables = await writePlanTables(clients[0]!, `${SCHEMA}_titled`, plans[0]!);
    const [schema, table] = [`${SCHEMA}_titled`, tables.at(-1)!.slice(`${SCHEMA}_titled.`.length)];
    const c = clients[0]!;
    await c.query(`COMMENT ON TABLE ${c.escapeIdentifier(schema)}.${c.escapeIdentifier(table)} IS '济源市国土空间总体规划（2021—2035年）'`);
    const titled = await readPlanTables(clients[0]!, { kind: KINDS[0]!, tables }, 1_000_000);
    expect(titled.document!.plan.title).toBe('济源市国土空间总体规划（2021—2035年）');
    expect(titled.label).toBe(tables.join(','));
    // The same features as the files (ids from plan id + BSM, geometry bit for bit, properties), in table order; a
    // table has every column of its layer, so a field one feature lacks reads back as null.
    const present = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));
    for (const [i, plan] of plans.entries()) {
      const byId = new Map(read[i]!.document.features.map((f) => [f.id, f]));
      expect(byId.size).toBe(plan.features.length);
      for (const f of plan.features) {
        expect(byId.get(f.id)?.geometry).toEqual(f.geometry);
        expect(present(byId.get(f.id)!.properties)).toEqual(present(f.properties));
      }
    }
    const documents = read.map((r) => r.document);
    const embedded = (await runRules({ plans, pack: PACK, targets }, port)).report;
    const notes: PostgisNote[] = [];
    const catalog = catalogOfPlans(port, documents);
    const executor = postgisExecutor({ clients, port, sources: read.map((r) => r.sources), onNote: (n) => notes.push(n) });
    const postgis = (await runExecutor(executor, { plans: documents, pack: PACK, targets }, catalog)).report;
    catalog.release();
    // Against the files' run: the same keys and region hashes (the tables hold no plan title or department, so the
    // parties' plan names differ)…
    const hashes = (r: typeof postgis) => r.conflicts.map((c) => `${c.key} ${c.regionHash}`).sort();
    expect(hashes(postgis)).toEqual(hashes(embedded));
    // …and against the embedded run of the plans as read from the tables, the same report in every compared part.
    const same = (await runRules({ plans: documents, pack: PACK, targets }, port)).report;
    const diff = compareReports(postgis, same);
    expect(diff.missing).toEqual([]);
    expect(diff.extra).toEqual([]);
    expect(diff.mismatched).toEqual([]);
    expect(diff.hashDiffers).toEqual({});
    expect(diff.compared).toBe(embedded.conflicts.length);
    // Every geometry came from its table (the demo has none the engine repairs); the 10 road corridors were sent.
    const told = notes.find((n) => n.kind === 'tables');
    const count = plans.reduce((n, p) => n + p.features.length, 0);
    expect(told).toEqual({ kind: 'tables', geometryFromTables: count, geometrySent: 0, footprintsSent: 10 });
    expect((await clients[0]!.query("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'public'")).rows[0].n).toBe(1);
  }, 600_000);
});
