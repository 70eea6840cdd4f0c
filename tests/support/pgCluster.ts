// A throw-away PostgreSQL 15 + PostGIS cluster for database tests: initdb in a temporary folder (as the `postgres`
// user when run as root, where initdb refuses), started on a free TCP port of 127.0.0.1 and a private Unix socket,
// removed by stop(). Missing binaries make start THROW: a database test without a database fails, it never skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];
const POSTGIS_CONTROL = '/usr/share/postgresql/15/extension/postgis.control';

/** A role with a password (scram-sha-256 over TCP), the user the tests connect as. */
export const CLERK = { user: 'clerk', password: 'clerk-secret-口令' } as const;
/** Database with PostGIS, owned by the clerk. */
export const POSTGIS_DB = 'lantu';
/** Database without PostGIS (for the missing-extension message). */
export const PLAIN_DB = 'plain';

export interface PgClusterOptions {
  /** PEM files for ssl=on (copied into the data folder, owned by the server's user, mode 0600). */
  ssl?: { certPem: string; keyPem: string };
}

export interface PgCluster {
  port: number;
  /** Folder of the Unix socket (superuser `postgres`, trust): setup only. */
  socketDir: string;
  /** Runs SQL as the superuser on `database` (default the PostGIS one). */
  admin<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[], database?: string): Promise<pg.QueryResult<T>>;
  stop(): Promise<void>;
}

function binary(name: string): string {
  for (const dir of BIN_DIRS) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`PostgreSQL's ${name} is not installed (Debian: postgresql-15, postgresql-15-postgis-3; .ci/run installs them)`);
}

function postgresIds(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error('running as root needs the postgres user (Debian package postgresql-15)');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const initdb = binary('initdb');
  const pgCtl = binary('pg_ctl');
  if (!existsSync(POSTGIS_CONTROL)) throw new Error('PostGIS is not installed (Debian: postgresql-15-postgis-3)');
  const root = mkdtempSync(join(tmpdir(), 'lantu-pg-'));
  const dataDir = join(root, 'data');
  const socketDir = join(root, 'socket');
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? postgresIds() : null;
  const run = (file: string, args: string[]) =>
    ids ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' }) : execFileSync(file, args, { stdio: 'pipe' });
  try {
    chmodSync(root, 0o755);
    if (ids) chownSync(root, ids.uid, ids.gid);
    run('mkdir', ['-m', '0700', socketDir]);
    run(initdb, ['-D', dataDir, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C']);
    const conf = ['listen_addresses = ', "'127.0.0.1'", '\n', 'fsync = off\n', 'max_connections = 40\n'];
    if (options.ssl) {
      const write = (name: string, text: string) => {
        const path = join(dataDir, name);
        writeFileSync(path, text, { mode: 0o600 });
        if (ids) chownSync(path, ids.uid, ids.gid);
      };
      write('server.crt', options.ssl.certPem);
      write('server.key', options.ssl.keyPem);
      conf.push("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
    }
    writeFileSync(join(dataDir, 'postgresql.auto.conf'), conf.join(''));
    if (ids) chownSync(join(dataDir, 'postgresql.auto.conf'), ids.uid, ids.gid);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`, { cause: error });
  }
  const port = await freePort();
  try {
    run(pgCtl, ['-D', dataDir, '-l', join(root, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${socketDir}`, 'start']);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`pg_ctl start failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`, { cause: error });
  }
  const admin = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], database = POSTGIS_DB) => {
    const client = new pg.Client({ host: socketDir, port, user: 'postgres', database });
    await client.connect();
    try {
      return await client.query<T>(sql, params);
    } finally {
      await client.end();
    }
  };
  const stop = async () => {
    try {
      run(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  try {
    await admin(`CREATE ROLE ${CLERK.user} LOGIN PASSWORD '${CLERK.password}'`, [], 'postgres');
    await admin(`CREATE DATABASE ${POSTGIS_DB} OWNER ${CLERK.user}`, [], 'postgres');
    await admin(`CREATE DATABASE ${PLAIN_DB} OWNER ${CLERK.user}`, [], 'postgres');
    await admin('CREATE EXTENSION postgis');
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, socketDir, admin, stop };
}

/** A self-signed CA and a server certificate it signed for 127.0.0.1 / localhost, made by openssl. */
export function makeTestCertificates(): { caPem: string; certPem: string; keyPem: string; otherCaPem: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-tls-'));
  const ssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  try {
    ssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=Lantu test CA',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
    ]);
    ssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=Other CA', '-keyout', 'o.key', '-out', 'o.crt']);
    ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', 'server.key', '-out', 'server.csr']);
    writeFileSync(join(dir, 'san.ext'), 'subjectAltName = DNS:localhost, IP:127.0.0.1\n');
    ssl(
      ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2'].concat([
        '-extfile',
        'san.ext',
        '-out',
        'server.crt',
      ]),
    );
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    return { caPem: read('ca.crt'), certPem: read('server.crt'), keyPem: read('server.key'), otherCaPem: read('o.crt') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
