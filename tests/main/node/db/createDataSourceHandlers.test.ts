// The desktop's 数据源 handlers in Node against a real throw-away PostGIS (safeStorage is the only fake, at the
// Electron boundary): a saved password is stored only encrypted, layers are listed and read as GeoJSON, the
// published version is read back, requests are validated, and failures come in the UI language.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSourceHandlers } from '../../../../main/node/db/createDataSourceHandlers.ts';
import { createDepartmentLayer, publishMinimalBlueprint, reversibleSecrets } from '../../../support/dataSourceFixtures.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../../support/pgCluster.ts';

let cluster: PgCluster;
let dir: string;
let language: 'zh' | 'en' = 'zh';
let secretsAvailable = true;
/** safeStorage stand-in: reversible, and never the plain text. */
const secrets = reversibleSecrets(() => secretsAvailable);
let n = 0;
const handlers = () =>
  createDataSourceHandlers({
    storePath: join(dir, 'data-sources.json'),
    journalDir: join(dir, 'journal'),
    secrets,
    env: { HOME: dir },
    language: () => language,
    newId: () => `ds-${++n}`,
  });
const conn = () => `host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${CLERK.user} sslmode=disable`;

beforeAll(async () => {
  cluster = await startPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'lantu-datasources-'));
  await createDepartmentLayer(cluster);
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('data source handlers', () => {
  it('saves a source with its password encrypted only, and refuses a password in the connection string', async () => {
    const h = handlers();
    const added = await h.add({ name: '共享平台', connection: conn(), password: CLERK.password });
    expect(added).toEqual({ ok: true, value: { id: 'ds-1', name: '共享平台', connection: conn(), schema: 'lantu', hasPassword: true } });
    const stored = readFileSync(join(dir, 'data-sources.json'), 'utf8');
    expect(stored).not.toContain(CLERK.password);
    expect(stored).not.toContain(Buffer.from(CLERK.password).toString('base64'));
    const refused = await h.add({ name: 'x', connection: `postgresql://clerk:${CLERK.password}@127.0.0.1/lantu` });
    expect(refused).toMatchObject({ ok: false, code: 'password-in-string' });
    expect((await h.list()).ok && (await h.list())).toMatchObject({ value: [{ id: 'ds-1' }] });
  });

  it('does not save a password when encryption is unavailable', async () => {
    secretsAvailable = false;
    try {
      const r = await handlers().add({ name: 'y', connection: conn(), password: 'p' });
      expect(r).toMatchObject({ ok: false, code: 'invalid-request' });
      expect(r.ok ? '' : r.message).toContain('口令未保存');
      expect(readFileSync(join(dir, 'data-sources.json'), 'utf8')).not.toContain('"y"');
    } finally {
      secretsAvailable = true;
    }
  });

  it('lists the layers and reads one as GeoJSON for the import pipeline', async () => {
    const h = handlers();
    const layers = await h.listLayers({ id: 'ds-1' });
    expect(layers).toEqual({
      ok: true,
      value: [{ schema: 'dept', table: 'stbhhx', geometryColumn: 'geom', geometryType: 'POLYGON', srid: 4490 }],
    });
    await cluster.admin(`COMMENT ON TABLE dept.stbhhx IS '济源市生态保护红线'`);
    const read = await h.readLayer({ id: 'ds-1', layer: 'dept.stbhhx' });
    if (!read.ok) throw new Error(read.message);
    const doc = JSON.parse(new TextDecoder().decode(read.value.bytes));
    // The table's comment is the plan title the import dialog offers; its name is never offered as one.
    expect([doc.title, doc.name]).toEqual(['济源市生态保护红线', undefined]);
    expect(doc.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::4490');
    expect(doc.features[0].properties).toEqual({ bsm: '419001000010000001', hxmc: '红线一' });
    expect(doc.features[0].geometry.type).toBe('Polygon');
  });

  it('reads the published version (null before any publish)', async () => {
    const h = handlers();
    expect(await h.publishedVersion({ id: 'ds-1' })).toEqual({ ok: true, value: null });
    await publishMinimalBlueprint(cluster, 'ab'.repeat(32));
    const published = await h.publishedVersion({ id: 'ds-1' });
    expect(published).toMatchObject({
      ok: true,
      value: { version: 1, packageSha256: 'ab'.repeat(32), created: '2026-12-01T00:00:00.000Z', status: 'final' },
    });
  });

  it('validates requests and answers failures in the UI language', async () => {
    const h = handlers();
    expect(await h.readLayer({ id: 'ds-1', layer: 'dept.stbhhx', sql: 'DROP TABLE x' })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(await h.listLayers({ id: 42 })).toMatchObject({ ok: false, message: '请求缺少或含有无效的字段 id' });
    language = 'en';
    try {
      expect(await h.readLayer({ id: 'ds-1', layer: 'dept.nope' })).toEqual({
        ok: false,
        code: 'no-table',
        message: 'the database has no table dept.nope',
      });
      expect(await h.listLayers({ id: 'ds-9' })).toEqual({ ok: false, code: 'invalid-request', message: 'no data source with id ds-9' });
      const added = await h.add({ name: 'wrong', connection: conn(), password: 'wrong' });
      if (!added.ok) throw new Error(added.message);
      expect(await h.listLayers({ id: added.value.id })).toMatchObject({
        ok: false,
        code: 'bad-credentials',
        message: `wrong user name or password: user clerk (clerk@127.0.0.1:${cluster.port}/lantu)`,
      });
    } finally {
      language = 'zh';
    }
  });
});
