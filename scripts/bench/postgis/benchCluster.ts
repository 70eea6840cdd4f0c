// A throw-away PostgreSQL cluster for a bench run: initdb (as the `postgres` user when run as root, where initdb
// refuses) in a temporary folder, started on a private Unix socket only (no TCP), stopped and removed by stop().
// Its PGHOST/PGPORT go into the environment of the child that runs psql (postgisRun.ts), so no running server is needed.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = ['/usr/lib/postgresql/15/bin', '/usr/local/bin'].find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));

export interface BenchCluster {
  env: { PGHOST: string; PGPORT: string };
  stop(): void;
}

/** Starts the cluster; null (with the reason) when PostgreSQL or the postgres user is missing. */
export function startBenchCluster(): BenchCluster | { unavailable: string } {
  if (!BIN) return { unavailable: 'PostgreSQL 15 (initdb, pg_ctl) not installed' };
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return { unavailable: 'no postgres user' };
  const ids = { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  const asPostgres = process.getuid?.() === 0 ? ids : {};
  const root = mkdtempSync(join(tmpdir(), 'lantu-bench-pg-'));
  if (process.getuid?.() === 0) chownSync(root, ids.uid, ids.gid);
  const data = join(root, 'data');
  const port = String(54_000 + (process.pid % 1000));
  const run = (cmd: string, args: string[]) => spawnSync(join(BIN, cmd), args, { ...asPostgres, cwd: '/tmp', encoding: 'utf8' });
  const init = run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  if (init.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    return { unavailable: `initdb failed: ${init.stderr.trim().split('\n').pop()}` };
  }
  const start = run('pg_ctl', ['-D', data, '-w', '-l', join(root, 'log'), '-o', `-k ${root} -p ${port} -c listen_addresses=''`, 'start']);
  if (start.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    return { unavailable: `pg_ctl start failed: ${start.stderr.trim().split('\n').pop()}` };
  }
  // A bench stopped by Ctrl+C or kill still stops its server and removes the folder (it left clusters running).
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    rmSync(root, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', stop);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { env: { PGHOST: root, PGPORT: port }, stop };
}
