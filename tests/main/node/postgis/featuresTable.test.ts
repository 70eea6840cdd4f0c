// The PostGIS executor's features table on a real throw-away cluster: the demo's prepared features loaded by COPY in
// slot order with the engine's own footprints (a line's corridor), hostile schema names kept as names, and the
// townAt SQL helper giving the engine's town lookup point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2, type GeometryPort } from '../../../../engine/geometry/index.ts';
import type { PlanDocument, PlanId } from '../../../../engine/model/index.ts';
import { createGeometryPort } from '../../../../main/node/createGeometryPort.ts';
import { loadFeatures, prepareAll, townAtColumns, townAtOfRow } from '../../../../main/node/postgis/featuresTable.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../../support/pgCluster.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const plans = ['land', 'ecology', 'industry', 'transport'].map(
  (k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument,
);

let cluster: PgCluster;
let port: GeometryPort;
let client: pg.Client;

beforeAll(async () => {
  [cluster, port] = await Promise.all([startPgCluster(), createGeometryPort()]);
  client = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: CLERK.user, password: CLERK.password, database: POSTGIS_DB });
  await client.connect();
}, 120_000);
afterAll(async () => {
  await client?.end();
  port?.dispose();
  await cluster?.stop();
});

describe('loadFeatures', () => {
  it('loads every prepared feature in slot order with the engine footprints, indexed', async () => {
    const features = prepareAll(port, plans);
    const table = await loadFeatures(client, 'run_a', features);
    expect(table).toBe('"run_a"."lantu_features"');
    const rows = await client.query<{ slot: number; feature_id: string; cls: string; area: number | null; srid: number }>(
      `SELECT slot, feature_id, geometry_class AS cls, ST_Area(footprint::geography) AS area, ST_SRID(geom) AS srid FROM ${table} ORDER BY slot`,
    );
    expect(rows.rows.map((r) => r.feature_id)).toEqual(features.map((f) => f.id));
    const lines = features.filter((f) => f.geometryClass === 'line' && f.footprint);
    expect(lines.length).toBeGreaterThan(0);
    for (const f of features) {
      const row = rows.rows[f.slot]!;
      expect(row.srid).toBe(4490);
      expect(row.cls).toBe(f.geometryClass);
      if (f.geometryClass === 'point') continue;
      const engineM2 = ellipsoidalAreaM2(f.footprint);
      expect(Math.abs((row.area ?? 0) - engineM2), f.id).toBeLessThanOrEqual(Math.max(0.01, engineM2 * 1e-6));
    }
    const idx = await client.query("SELECT indexdef FROM pg_indexes WHERE schemaname = 'run_a'");
    expect(idx.rows.map((r: { indexdef: string }) => r.indexdef).join('\n')).toContain('USING gist (footprint)');
  }, 120_000);

  it('keeps a hostile schema name a name, and hostile plan ids and layers values', async () => {
    const hostile = 'x"; DROP TABLE run_a.lantu_features; --';
    const doc = structuredClone(plans[0]!);
    doc.plan.id = `p'); DROP TABLE "run_a"."lantu_features"; --` as PlanId;
    doc.features = doc.features.slice(0, 3);
    const table = await loadFeatures(client, hostile, prepareAll(port, [doc]));
    const back = await client.query<{ plan_id: string }>(`SELECT DISTINCT plan_id FROM ${table}`);
    expect(back.rows.map((r) => r.plan_id)).toEqual([doc.plan.id]);
    expect((await client.query('SELECT count(*)::int AS n FROM run_a.lantu_features')).rows[0].n).toBeGreaterThan(3);
  }, 60_000);

  it('gives the engine point on surface for townAt (a polygon, a line corridor without region, a point)', async () => {
    const features = prepareAll(port, plans);
    const table = await loadFeatures(client, 'run_b', features);
    const picks = [
      features.find((f) => f.geometryClass === 'polygon')!,
      features.find((f) => f.geometryClass === 'line' && f.footprint)!,
      features.find((f) => f.geometryClass === 'point'),
    ].filter((f) => f !== undefined);
    for (const f of picks) {
      const row = await client.query(`SELECT ${townAtColumns('NULL::geometry', 's', true)} FROM ${table} s WHERE s.slot = $1`, [f.slot]);
      const where = f.footprint ?? f.geometry;
      const expected = where.type === 'Point' ? where.coordinates : port.pointOnSurface(where);
      expect(townAtOfRow(row.rows[0]), f.id).toEqual(expected);
    }
    const none = await client.query(`SELECT ${townAtColumns('NULL::geometry', 's', false)} FROM ${table} s LIMIT 1`);
    expect(townAtOfRow(none.rows[0])).toBeNull();
  }, 60_000);
});
