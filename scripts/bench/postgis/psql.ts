// Runs psql as the `postgres` operating-system user over the local Unix socket (peer authentication,
// no password, no network), feeding a script or COPY data on stdin. Needs root or the postgres user.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const POSTGIS_CONTROL = '/usr/share/postgresql/15/extension/postgis.control';

function postgresIds(): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Why PostGIS cannot be used here, or null when it can (installed, cluster up, reachable). */
export function postgisUnavailable(): string | null {
  if (!existsSync(POSTGIS_CONTROL) || !existsSync('/usr/bin/psql')) return 'PostGIS not installed';
  const ids = postgresIds();
  if (!ids) return 'no postgres user';
  const probe = spawnSync('psql', ['-X', '-q', '-t', '-d', 'postgres', '-c', 'select 1'], { ...runAs(ids), encoding: 'utf8' });
  if (probe.status !== 0) return `PostgreSQL not reachable (start it: pg_ctlcluster 15 main start): ${probe.stderr.trim().split('\n')[0]}`;
  return null;
}

function runAs(ids: { uid: number; gid: number }) {
  return process.getuid?.() === ids.uid ? { cwd: '/tmp' } : { uid: ids.uid, gid: ids.gid, cwd: '/tmp' };
}

/** Runs psql on `database` with `input` on stdin (a script, or COPY data after a `COPY … FROM STDIN`). */
export function psql(database: string, args: string[], write: (stdin: NodeJS.WritableStream) => Promise<void>): Promise<string> {
  const ids = postgresIds();
  if (!ids) return Promise.reject(new Error('no postgres user'));
  return new Promise((resolve, reject) => {
    const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', database, ...args], {
      ...runAs(ids),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`psql exited ${code}: ${err.trim()}`))));
    write(child.stdin).then(
      () => child.stdin.end(),
      (e) => {
        child.kill();
        reject(e);
      },
    );
  });
}

export function psqlScript(database: string, sql: string): Promise<string> {
  return psql(database, [], async (stdin) => {
    stdin.write(sql);
  });
}
