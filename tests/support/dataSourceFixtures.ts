// Fixtures shared by the 数据源 tests (handlers and IPC channels): a reversible safeStorage stand-in that never
// holds the plain text, a department layer `dept.stbhhx` with one feature, and a minimal blueprint published as
// version 1 with a given package hash.
import pg from 'pg';
import type { SecretBox } from '../../main/node/db/createDataSourceHandlers.ts';
import { publishBlueprint } from '../../main/node/db/publishBlueprint.ts';
import { CLERK, POSTGIS_DB, type PgCluster } from './pgCluster.ts';

export function reversibleSecrets(available: () => boolean = () => true): SecretBox {
  return {
    available,
    encrypt: (text) => new Uint8Array(Buffer.from(`enc:${Buffer.from(text).toString('hex').split('').reverse().join('')}`)),
    decrypt: (bytes) => Buffer.from(Buffer.from(bytes).toString().slice(4).split('').reverse().join(''), 'hex').toString(),
  };
}

/** `dept.stbhhx`, owned by the clerk: one 生态保护红线 polygon (BSM 419001000010000001, 红线一). */
export async function createDepartmentLayer(cluster: PgCluster): Promise<void> {
  await cluster.admin(`CREATE SCHEMA dept AUTHORIZATION ${CLERK.user}`);
  await cluster.admin(
    `CREATE TABLE dept.stbhhx (bsm text, hxmc text, geom geometry(Polygon, 4490));
     INSERT INTO dept.stbhhx VALUES ('419001000010000001', '红线一', ST_GeomFromText('POLYGON((112.6 35.05,112.61 35.05,112.61 35.06,112.6 35.05))', 4490));
     ALTER TABLE dept.stbhhx OWNER TO ${CLERK.user}`,
  );
}

/** Publishes a blueprint with no features, created 2026-12-01, into schema `lantu` as the clerk. */
export async function publishMinimalBlueprint(cluster: PgCluster, packageSha256: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: CLERK.user, password: CLERK.password, database: POSTGIS_DB });
  await client.connect();
  try {
    const text = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    const files = new Map([
      ['manifest.json', text({ created: '2026-12-01T00:00:00.000Z', status: 'final' })],
      ['layers/XZQ.geojson', text({ type: 'FeatureCollection', features: [] })],
      ['indicators.json', text([])],
    ]);
    await publishBlueprint(client, { files, schema: 'lantu', packageSha256, toolVersion: '0.1.0' });
  } finally {
    await client.end();
  }
}
