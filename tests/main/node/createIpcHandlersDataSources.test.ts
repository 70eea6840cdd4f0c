// The 数据源 channels through `createIpcHandlers` against a real throw-away PostGIS (safeStorage is the only fake, at
// the Electron boundary): a source is added with its password encrypted, its layers listed and read, the published
// version read; SQL smuggled into a request is refused before main acts, and database failures come as `data-source`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../engine/ipc/index.ts';
import { createIpcHandlers, type ShellPorts } from '../../../main/node/createIpcHandlers.ts';
import { createDataSourceHandlers } from '../../../main/node/db/createDataSourceHandlers.ts';
import { createFileGrants } from '../../../main/node/fileGrants.ts';
import { createRotatingLog } from '../../../main/node/rotatingLog.ts';
import { createDepartmentLayer, publishMinimalBlueprint, reversibleSecrets } from '../../support/dataSourceFixtures.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../support/pgCluster.ts';

const APP = { frameUrl: 'app://lantu/index.html', isMainFrame: true };
/** safeStorage stand-in: reversible, never the plain text. */
const secrets = reversibleSecrets();
const unused = () => {
  throw new Error('not used by the data-source channels');
};
const ports: ShellPorts = {
  showOpenDialog: unused,
  showSaveDialog: unused,
  openFolder: unused,
  renderPdf: unused,
  appInfo: unused,
  languageChanged: () => undefined,
  recentFilesChanged: () => undefined,
  now: () => new Date('2026-12-05T09:00:00Z'),
};

let cluster: PgCluster;
let dir: string;
let language: UiLanguage = 'zh';
let n = 0;
const conn = () => `host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${CLERK.user} sslmode=disable`;

function setup(withSources = true) {
  return createIpcHandlers({
    ports,
    grants: createFileGrants(),
    log: createRotatingLog({ dir: join(dir, 'logs') }),
    recentFilesPath: join(dir, 'recent-files.json'),
    journalDir: join(dir, 'journal'),
    language: { get: () => language, set: (lang) => void (language = lang) },
    ...(withSources
      ? {
          dataSources: createDataSourceHandlers({
            storePath: join(dir, 'data-sources.json'),
            journalDir: join(dir, 'journal'),
            secrets,
            env: { HOME: dir },
            language: () => language,
            newId: () => `ds-${++n}`,
          }),
        }
      : {}),
  });
}

beforeAll(async () => {
  cluster = await startPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'lantu-ipc-datasources-'));
  await createDepartmentLayer(cluster);
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('createIpcHandlers: 数据源 channels', () => {
  it('adds a source (password kept encrypted only), lists and reads its layers', async () => {
    const ipc = setup();
    const added = await ipc.handle('addDataSource', { name: '共享平台', connection: conn(), password: CLERK.password }, APP);
    expect(added).toEqual({ ok: true, value: { id: 'ds-1', name: '共享平台', connection: conn(), schema: 'lantu', hasPassword: true } });
    expect(readFileSync(join(dir, 'data-sources.json'), 'utf8')).not.toContain(CLERK.password);
    const listed = await ipc.handle('listDataSources', undefined, APP);
    expect(listed.ok && listed.value.map((s) => [s.id, s.hasPassword])).toEqual([['ds-1', true]]);
    expect(JSON.stringify(listed)).not.toContain(CLERK.password);

    expect(await ipc.handle('listDataSourceLayers', { id: 'ds-1' }, APP)).toEqual({
      ok: true,
      value: [{ schema: 'dept', table: 'stbhhx', geometryColumn: 'geom', geometryType: 'POLYGON', srid: 4490 }],
    });
    const read = await ipc.handle('readDataSourceLayer', { id: 'ds-1', layer: 'dept.stbhhx' }, APP);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.rows).toBe(1);
    const doc = JSON.parse(new TextDecoder().decode(read.value.bytes));
    expect(doc.features[0].properties).toEqual({ bsm: '419001000010000001', hxmc: '红线一' });
  });

  it('reads the published version through the channel (null before any publish)', async () => {
    const ipc = setup();
    expect(await ipc.handle('getPublishedVersion', { id: 'ds-1' }, APP)).toEqual({ ok: true, value: null });
    await publishMinimalBlueprint(cluster, 'cd'.repeat(32));
    expect(await ipc.handle('getPublishedVersion', { id: 'ds-1' }, APP)).toMatchObject({
      ok: true,
      value: { version: 1, packageSha256: 'cd'.repeat(32), created: '2026-12-01T00:00:00.000Z' },
    });
  });

  it('refuses SQL or unknown fields before acting, and tells database failures as data-source errors', async () => {
    const ipc = setup();
    const smuggled = await ipc.handle(
      'readDataSourceLayer',
      { id: 'ds-1', layer: 'dept.stbhhx', where: '1=1; DROP TABLE dept.stbhhx' },
      APP,
    );
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!smuggled.ok && smuggled.error.message).toBe('IPC 请求 datasource:read-layer 被拒绝：多余的字段 "where"。');
    expect((await cluster.admin('SELECT count(*)::int AS n FROM dept.stbhhx')).rows[0]).toEqual({ n: 1 });

    expect(
      await ipc.handle('addDataSource', { name: 'x', connection: `postgresql://clerk:${CLERK.password}@127.0.0.1/lantu` }, APP),
    ).toMatchObject({
      ok: false,
      error: { code: 'data-source' },
    });
    language = 'en';
    try {
      expect(await ipc.handle('readDataSourceLayer', { id: 'ds-1', layer: 'dept.nope' }, APP)).toEqual({
        ok: false,
        error: { code: 'data-source', message: 'the database has no table dept.nope' },
      });
      expect(await ipc.handle('listDataSourceLayers', { id: 'ds-9' }, APP)).toEqual({
        ok: false,
        error: { code: 'bad-request', message: 'no data source with id ds-9' },
      });
      expect(await setup(false).handle('listDataSources', undefined, APP)).toEqual({
        ok: false,
        error: { code: 'data-source', message: 'no data sources here (the desktop app is needed)' },
      });
    } finally {
      language = 'zh';
    }
  });

  it('edits a source in place keeping its sealed password, until a new one is typed or it is cleared', async () => {
    const ipc = setup();
    const stored = () => readFileSync(join(dir, 'data-sources.json'), 'utf8');
    const sealedBefore = (JSON.parse(stored()) as { sources: { encryptedPassword?: string }[] }).sources[0]!.encryptedPassword;
    const edited = await ipc.handle(
      'addDataSource',
      { name: '共享平台（改名）', connection: conn(), schema: 'lantu', replaces: 'ds-1' },
      APP,
    );
    expect(edited).toEqual({
      ok: true,
      value: { id: 'ds-1', name: '共享平台（改名）', connection: conn(), schema: 'lantu', hasPassword: true },
    });
    expect(await ipc.handle('listDataSources', {}, APP)).toMatchObject({ ok: true, value: [{ id: 'ds-1', name: '共享平台（改名）' }] });
    expect((JSON.parse(stored()) as { sources: { encryptedPassword?: string }[] }).sources[0]!.encryptedPassword).toBe(sealedBefore);
    // The kept password still opens the connection (the cluster wants scram-sha-256; no PGPASSWORD, no .pgpass).
    expect(await ipc.handle('listDataSourceLayers', { id: 'ds-1' }, APP)).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ table: 'stbhhx' })]),
    });

    const retyped = await ipc.handle('addDataSource', { name: '共享平台', connection: conn(), password: 'wrong', replaces: 'ds-1' }, APP);
    expect(retyped).toMatchObject({ ok: true, value: { id: 'ds-1', hasPassword: true } });
    expect(await ipc.handle('listDataSourceLayers', { id: 'ds-1' }, APP)).toMatchObject({ ok: false, error: { code: 'data-source' } });
    expect(stored()).not.toContain('wrong');

    const cleared = await ipc.handle('addDataSource', { name: '共享平台', connection: conn(), replaces: 'ds-1', clearPassword: true }, APP);
    expect(cleared).toMatchObject({ ok: true, value: { id: 'ds-1', hasPassword: false } });
    expect(stored()).not.toContain('encryptedPassword');
    await ipc.handle('addDataSource', { name: '共享平台', connection: conn(), password: CLERK.password, replaces: 'ds-1' }, APP);
    expect(await ipc.handle('listDataSources', {}, APP)).toMatchObject({ ok: true, value: [{ id: 'ds-1', hasPassword: true }] });

    expect(await ipc.handle('addDataSource', { name: 'x', connection: conn(), replaces: 'ds-9' }, APP)).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: '没有编号为 ds-9 的数据源' },
    });
    expect(await ipc.handle('addDataSource', { name: 'x', connection: conn(), replaces: 'ds-1', clearPassword: 'yes' }, APP)).toMatchObject(
      {
        ok: false,
        error: { code: 'bad-request' },
      },
    );
    expect(
      await ipc.handle('addDataSource', { name: 'x', connection: conn(), replaces: 'ds-1', password: 'p', clearPassword: true }, APP),
    ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await ipc.handle('listDataSources', {}, APP)).toMatchObject({ ok: true, value: [{ id: 'ds-1', name: '共享平台' }] });
  });

  it('removes a source', async () => {
    const ipc = setup();
    expect(await ipc.handle('removeDataSource', { id: 'ds-1' }, APP)).toEqual({ ok: true, value: null });
    expect(await ipc.handle('listDataSources', {}, APP)).toEqual({ ok: true, value: [] });
  });
});
