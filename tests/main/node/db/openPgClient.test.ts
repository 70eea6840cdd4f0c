// Connections against a real throw-away PostgreSQL + PostGIS cluster started with ssl=on and a certificate
// signed by a CA made here by openssl: passwords from PGPASSWORD / .pgpass / prompt, service files, sslmode and
// the zh/en messages of each failure.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bilingual } from '../../../../engine/i18n/index.ts';
import { openPgClient } from '../../../../main/node/db/openPgClient.ts';
import { describePgError } from '../../../../main/node/db/describePgError.ts';
import { PgConnectionError } from '../../../../main/node/db/PgConnectionError.ts';
import { resolvePgConnection, type PgConnectionPorts } from '../../../../main/node/db/resolvePgConnection.ts';
import { CLERK, makeTestCertificates, PLAIN_DB, POSTGIS_DB, startPgCluster, type PgCluster } from '../../../support/pgCluster.ts';

let cluster: PgCluster;
let dir: string;
let caFile: string;
let otherCaFile: string;
const certs = makeTestCertificates();

beforeAll(async () => {
  cluster = await startPgCluster({ ssl: certs });
  dir = mkdtempSync(join(tmpdir(), 'lantu-pgconn-'));
  caFile = join(dir, 'ca.crt');
  otherCaFile = join(dir, 'other.crt');
  writeFileSync(caFile, certs.caPem);
  writeFileSync(otherCaFile, certs.otherCaPem);
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** An environment with nothing from the machine's user (no ~/.pgpass, no PG* variables). */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return { HOME: dir, PGSYSCONFDIR: dir, USER: 'nobody', ...extra };
}

async function connectAs(text: string, ports: PgConnectionPorts, requirePostgis = true) {
  const client = await openPgClient(await resolvePgConnection(text, ports), { requirePostgis });
  try {
    const row = await client.query<{ user: string; ssl: boolean }>(
      'SELECT current_user AS user, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()',
    );
    return row.rows[0]!;
  } finally {
    await client.end();
  }
}

async function failure(text: string, ports: PgConnectionPorts, requirePostgis = true): Promise<PgConnectionError> {
  try {
    await connectAs(text, ports, requirePostgis);
  } catch (error) {
    expect(error).toBeInstanceOf(PgConnectionError);
    return error as PgConnectionError;
  }
  throw new Error('connected, a failure was expected');
}

const base = () => `host=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=${CLERK.user}`;

describe('passwords', () => {
  it('refuses a connection string with a password, in both languages, before connecting', async () => {
    for (const text of [`postgresql://clerk:secret@127.0.0.1:${cluster.port}/lantu`, `${base()} password=secret`]) {
      const e = await failure(text, { env: env({ PGPASSWORD: CLERK.password }) });
      expect(e.code).toBe('password-in-string');
      expect(e.zh).toContain('连接字符串中不能包含口令');
      expect(e.en).toContain('process lists and shell history');
    }
  });
  it('takes the password from PGPASSWORD', async () => {
    expect(await connectAs(`${base()} sslmode=disable`, { env: env({ PGPASSWORD: CLERK.password }) })).toEqual({
      user: 'clerk',
      ssl: false,
    });
  });
  it('takes it from a .pgpass of mode 0600', async () => {
    const file = join(dir, 'good.pgpass');
    writeFileSync(file, `127.0.0.1:${cluster.port}:${POSTGIS_DB}:${CLERK.user}:${CLERK.password}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    expect((await connectAs(`${base()} sslmode=disable`, { env: env({ PGPASSFILE: file }) })).user).toBe('clerk');
  });
  it('ignores a group- or world-readable .pgpass, says so, and then asks the prompt', async () => {
    const file = join(dir, 'open.pgpass');
    writeFileSync(file, `*:*:*:*:${CLERK.password}\n`);
    chmodSync(file, 0o644);
    const warnings: string[] = [];
    const e = await failure(`${base()} sslmode=disable`, { env: env({ PGPASSFILE: file }), warn: (m) => warnings.push(m.en) });
    expect(e.code).toBe('no-password');
    expect(e.zh).toContain('PGPASSWORD');
    expect(warnings).toEqual([
      `password file ${file} has mode 644, readable by group or others: ignored (it must be 0600: chmod 600 ${file})`,
    ]);
    const asked: Bilingual[] = [];
    const prompt = async (q: Bilingual) => {
      asked.push(q);
      return CLERK.password;
    };
    expect((await connectAs(`${base()} sslmode=disable`, { env: env({ PGPASSFILE: file }), prompt })).user).toBe('clerk');
    // One language each: the CLI shows the one --lang chose.
    expect(asked).toEqual([
      { zh: `clerk@127.0.0.1:${cluster.port}/lantu 的口令：`, en: `password for clerk@127.0.0.1:${cluster.port}/lantu: ` },
    ]);
  });
  it('names a wrong password or user name as either, with the user (the server does not tell which)', async () => {
    const e = await failure(`${base()} sslmode=disable`, { env: env({ PGPASSWORD: 'wrong' }) });
    expect(e.code).toBe('bad-credentials');
    expect(e.zh).toBe(`用户名或口令不正确：用户 clerk（clerk@127.0.0.1:${cluster.port}/lantu）`);
    const unknown = await failure(`${base().replace(`user=${CLERK.user}`, 'user=nosuch')} sslmode=disable`, {
      env: env({ PGPASSWORD: CLERK.password }),
    });
    expect(unknown.code).toBe('bad-credentials');
    expect(unknown.en).toBe(`wrong user name or password: user nosuch (nosuch@127.0.0.1:${cluster.port}/lantu)`);
  });
});

describe('service files', () => {
  it('reads the service from PGSERVICEFILE, the connection string overriding it', async () => {
    const file = join(dir, 'services.conf');
    writeFileSync(
      file,
      `[other]\nhost=nowhere\n[gh]\nhost=127.0.0.1\nport=${cluster.port}\ndbname=${PLAIN_DB}\nuser=${CLERK.user}\nsslmode=disable\n`,
    );
    expect(
      (await connectAs(`service=gh dbname=${POSTGIS_DB}`, { env: env({ PGSERVICEFILE: file, PGPASSWORD: CLERK.password }) })).user,
    ).toBe('clerk');
  });
  it('falls back to PGSYSCONFDIR/pg_service.conf and names the files searched when the service is unknown', async () => {
    writeFileSync(join(dir, 'pg_service.conf'), `[sys]\nhost=127.0.0.1\nport=${cluster.port}\ndbname=${POSTGIS_DB}\nuser=${CLERK.user}\n`);
    expect((await connectAs('service=sys sslmode=disable', { env: env({ PGPASSWORD: CLERK.password }) })).user).toBe('clerk');
    const e = await failure('service=missing', { env: env() });
    expect(e.code).toBe('unknown-service');
    expect(e.en).toBe(
      `connection service “missing” not found (searched ${join(dir, '.pg_service.conf')}, ${join(dir, 'pg_service.conf')})`,
    );
  });
});

describe('sslmode', () => {
  const ports = () => ({ env: env({ PGPASSWORD: CLERK.password }) });
  it('encrypts with require and prefer, not with disable', async () => {
    expect((await connectAs(`${base()} sslmode=require`, ports())).ssl).toBe(true);
    expect((await connectAs(base(), ports())).ssl).toBe(true);
    expect((await connectAs(`${base()} sslmode=disable`, ports())).ssl).toBe(false);
  });
  it('verify-full accepts the server signed by the given CA and refuses another CA', async () => {
    expect((await connectAs(`${base()} sslmode=verify-full sslrootcert=${caFile}`, ports())).ssl).toBe(true);
    const e = await failure(`${base()} sslmode=verify-full sslrootcert=${otherCaFile}`, ports());
    expect(e.code).toBe('tls');
    expect(e.zh).toContain('证书不受信任');
  });
  it('verify-ca ignores the host name; verify-full refuses a name the certificate was not issued for', async () => {
    const misnamed = `host=db.example hostaddr=127.0.0.1 port=${cluster.port} dbname=${POSTGIS_DB} user=clerk sslrootcert=${caFile}`;
    expect((await connectAs(`${misnamed} sslmode=verify-ca`, ports())).ssl).toBe(true);
    const e = await failure(`${misnamed} sslmode=verify-full`, ports());
    expect(e.code).toBe('tls');
    expect(e.en).toContain('was not issued for this host name');
  });
  it("names a root certificate file that cannot be read, in the chosen language, without Node's English", async () => {
    const missing = join(dir, 'nope', 'ca.crt');
    const e = await failure(`${base()} sslmode=verify-full sslrootcert=${missing}`, ports());
    expect(e.code).toBe('tls');
    expect(e.zh).toBe(`无法读取 sslrootcert 指定的文件（CA 根证书）：找不到文件 ${missing}`);
    expect(e.en).toBe(`cannot read the file named by sslrootcert (CA root certificate): no such file: ${missing}`);
  });
  it('asks for a root certificate for verify-ca and verify-full', async () => {
    const e = await failure(`${base()} sslmode=verify-full`, ports());
    expect(e.en).toBe('sslmode=verify-full needs a root certificate: give sslrootcert=<ca.crt> or PGSSLROOTCERT');
  });
});

describe('failure messages', () => {
  it('names an unreachable server', async () => {
    await cluster.admin('SELECT 1');
    const e = await failure(`host=127.0.0.1 port=1 dbname=x user=clerk sslmode=disable`, { env: env() });
    expect(e.code).toBe('unreachable');
    expect(e.zh).toContain('无法连接数据库服务器 clerk@127.0.0.1:1/x（ECONNREFUSED）');
  });
  it('names a port where something other than PostgreSQL answers (an HTTP server), under every sslmode', async () => {
    const http = createServer((socket) => socket.on('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as AddressInfo).port;
    try {
      for (const sslmode of ['', ' sslmode=disable', ' sslmode=require']) {
        const e = await failure(`host=127.0.0.1 port=${port} dbname=x user=clerk${sslmode}`, { env: env({ PGPASSWORD: CLERK.password }) });
        expect(e.code).toBe('not-postgres');
        expect(e.zh).toBe(
          `clerk@127.0.0.1:${port}/x 上的服务器没有按 PostgreSQL 协议应答（或无法建立 TLS 连接）：请确认主机和端口是 PostgreSQL 服务器的`,
        );
        expect(e.en).toContain(`the server at clerk@127.0.0.1:${port}/x did not answer as PostgreSQL (or TLS could not be set up)`);
      }
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
  it('says to lower --connections when the server has no connection left (SQLSTATE 53300)', async () => {
    await cluster.admin("CREATE ROLE crowded LOGIN PASSWORD 'crowded' CONNECTION LIMIT 0");
    const e = await failure(`${base().replace(`user=${CLERK.user}`, 'user=crowded')} sslmode=disable`, {
      env: env({ PGPASSWORD: 'crowded' }),
    });
    expect(e.code).toBe('too-many-connections');
    expect(e.zh).toContain(`服务器 crowded@127.0.0.1:${cluster.port}/lantu 的连接数已满（SQLSTATE 53300）：请减小 --connections`);
    expect(e.en).toContain('lower --connections, or ask the database administrator to raise max_connections');
  });
  it('names a missing database and a missing PostGIS extension', async () => {
    const ports = { env: env({ PGPASSWORD: CLERK.password }) };
    expect((await failure(`${base().replace(POSTGIS_DB, 'nosuch')} sslmode=disable`, ports)).code).toBe('no-database');
    const e = await failure(`${base().replace(`dbname=${POSTGIS_DB}`, `dbname=${PLAIN_DB}`)} sslmode=disable`, ports);
    expect(e.code).toBe('no-postgis');
    expect(e.zh).toContain('没有安装 PostGIS 扩展');
  });
  it('names a missing permission', async () => {
    await cluster.admin('CREATE TABLE IF NOT EXISTS secret_layer (id int)');
    const client = await openPgClient(await resolvePgConnection(`${base()} sslmode=disable`, { env: env({ PGPASSWORD: CLERK.password }) }));
    try {
      const error = await client.query('SELECT * FROM secret_layer').then(
        () => null,
        (e: unknown) => e,
      );
      const e = describePgError(error, 'clerk@db/lantu');
      expect(e.code).toBe('no-permission');
      expect(e.zh).toBe('用户 clerk 权限不足（clerk@db/lantu）：permission denied for table secret_layer；请数据库管理员授予所需权限');
    } finally {
      await client.end();
    }
  });
});
