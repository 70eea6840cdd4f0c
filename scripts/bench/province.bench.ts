// `npm run bench -- province --sizes 1000000,3000000` (opt-in: without --sizes it runs one small province, 20,000
// parcels, and says so). Per size: a province from the synthetic generator (territory across GK zones 37–39),
// generated once into a cache folder and reused; then the full default pack as `lantu check` runs it, in child
// processes measured by /usr/bin/time (wall, CPU, peak RSS): embedded under a heap cap taken from this machine's
// memory (a city that does not fit ends as "does not fit in N GB" instead of swapping), and, when the CLI has the
// PostGIS executor, `--engine postgis` against the bench's own throw-away cluster with one connection, then one per
// core (the server's CPU from the postmaster's rusage, the database's size after loading). Prints where the
// embedded engine stops fitting. `--cache <dir>` moves the cache (default <tmp>/lantu-province); `--engines embedded`
// or `--engines=postgis` runs one executor only (with `=`: npm run bench passes only numeric values on their own);
// `--connections 2` runs PostGIS with those connection counts only (default 1, then one per core).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startBenchCluster, type BenchCluster } from './postgis/benchCluster.ts';
import { generateSyntheticCity, type SyntheticCity } from './lib/syntheticCity.ts';

const root = join(import.meta.dirname, '..', '..');
const LANTU = join(root, 'bin', 'lantu.mjs');
const TARGETS = join(root, 'seeds', 'jiyuan', 'targets.json');
const SMALL = 20_000;
/** V8's longest string on 64-bit (characters). */
const MAX_STRING_CHARS = 2 ** 29 - 24;

const option = (name: string): string | undefined => {
  const arg = process.argv.find((a) => a === name || a.startsWith(`${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.split('=')[1] : process.argv[process.argv.indexOf(arg) + 1];
};
const sizesText = option('--sizes');
const sizes = (sizesText ?? String(SMALL))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const cacheRoot = option('--cache') ?? join(tmpdir(), 'lantu-province');
/** `--engines embedded,postgis` (default both): which executors to run. */
const engines = (option('--engines') ?? 'embedded,postgis').split(',');
if (!sizesText)
  console.log(
    `(no --sizes: one small ${SMALL.toLocaleString('en')}-parcel province only; the scale figures are opt-in: --sizes 1000000,3000000)`,
  );

// The heap cap: 60% of the machine's memory, less when less is free now (other work is running), so a city that
// does not fit ends in V8's out-of-memory error, not in the kernel's OOM killer or swapping.
const heapCapMb = Math.floor(Math.min(0.6 * totalmem(), 0.85 * freemem()) / 2 ** 20);
const cores = availableParallelism();
const connectionCounts = option('--connections')?.split(',').map(Number) ?? [...new Set([1, cores])];
const gb = (mb: number) => `${(mb / 1024).toFixed(1)} GB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

interface Measured {
  ok: boolean;
  exit: number | string;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** The check's own --timings line, or why it failed. */
  note: string;
  conflicts?: number;
}

/** Runs `lantu <args>` under /usr/bin/time -v; the report JSON (if any) gives the conflict count. */
function lantu(args: string[], nodeFlags: string[], reportPath: string, largestFileBytes: number): Measured {
  rmSync(reportPath, { force: true });
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, ...nodeFlags, LANTU, '--lang', 'en', ...args, '--json', reportPath, '--timings'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const wallMs = performance.now() - started;
  const err = run.stderr ?? '';
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(err)?.[1] ?? Number.NaN);
  const cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
  const peakRssMb = Math.round(field('Maximum resident set size \\(kbytes\\)') / 1024);
  const exit = /Command terminated by signal (\d+)/.exec(err)?.[1] ?? /Exit status: (\d+)/.exec(err)?.[1] ?? String(run.status);
  const ok = exit === '0' || exit === '3';
  // What lantu itself wrote (time's report starts at "Command being timed" or "Command terminated").
  const own = err.split(/\n\s*Command (?:being timed|terminated)/)[0]!;
  const lines = `${run.stdout}\n${own}`.split('\n').map((l) => l.trim());
  // The --timings line, and with --engine postgis the SQL time of each rule (what dominates a province run).
  let note = lines.filter((l) => l.startsWith('timings:') || l.startsWith('SQL by rule')).join(' · ');
  if (!ok) {
    const said = lines.filter(Boolean);
    note = /heap out of memory|Allocation failed/i.test(err)
      ? `does not fit in ${gb(heapCapMb)} (V8 heap cap)`
      : // The whole file is decoded into one string; past V8's largest the decoder throws, which validation (as of
        // 2026-12-05) reports as "not valid UTF-8 (from byte <file size>)".
        largestFileBytes > MAX_STRING_CHARS &&
          /string longer than|Invalid string length|ERR_STRING_TOO_LONG|not-utf8|not valid UTF-8/i.test(err + run.stdout)
        ? `does not fit: a ${mb(largestFileBytes)} plan file is longer than the largest string V8 makes (2^29 − 24 characters), and the reader decodes a file into one string`
        : said.slice(-3).join(' | ');
  }
  const conflicts = ok && existsSync(reportPath) ? conflictCount(reportPath) : undefined;
  return { ok, exit, wallMs, cpuMs, peakRssMb, note, ...(conflicts !== undefined ? { conflicts } : {}) };
}

/**
 * The report's conflict count, summed from its `summary` (the last member, a few KB): the 3M province's report is
 * 1.5 GB, past the longest string V8 makes, so it cannot be parsed whole. Undefined when the tail does not parse.
 */
function conflictCount(reportPath: string): number | undefined {
  const size = statSync(reportPath).size;
  const fd = openSync(reportPath, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 1 << 20));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const text = tail.toString('utf8');
    const at = text.lastIndexOf('"summary":');
    if (at < 0) return undefined;
    const { summary } = JSON.parse(`{${text.slice(at)}`) as { summary: { count: number }[] };
    return summary.reduce((n, row) => n + row.count, 0);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function cityOf(size: number): SyntheticCity & { generatedMs?: number } {
  const dir = join(cacheRoot, String(size));
  const marker = join(dir, 'city.json');
  if (existsSync(marker)) {
    console.log(`  reusing ${dir}`);
    return JSON.parse(readFileSync(marker, 'utf8')) as SyntheticCity;
  }
  const started = performance.now();
  const city = generateSyntheticCity({ parcels: size, dir, territory: 'province' });
  const generatedMs = Math.round(performance.now() - started);
  writeFileSync(marker, JSON.stringify({ ...city, generatedMs }));
  return { ...city, generatedMs };
}

/** The postmaster's own and reaped children's CPU (ms): the server's CPU across a run is its difference. */
function serverCpuMs(cluster: BenchCluster): number {
  const pidFile = join(cluster.env.PGHOST, 'data', 'postmaster.pid');
  if (!existsSync(pidFile)) return Number.NaN;
  const pid = readFileSync(pidFile, 'utf8').split('\n')[0]!.trim();
  const ticks = (stat: string) => {
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  };
  let total = ticks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  // Backends still alive (connections not yet closed) are not reaped into the postmaster's children times.
  const children = spawnSync('pgrep', ['-P', pid], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const child of children) if (existsSync(`/proc/${child}/stat`)) total += ticks(readFileSync(`/proc/${child}/stat`, 'utf8'));
  return (total * 1000) / 100; // USER_HZ
}

/** psql over the cluster's Unix socket (trust authentication) as the superuser. */
function psqlOn(cluster: BenchCluster, sql: string): string {
  const run = spawnSync('psql', ['-X', '-At', '-c', sql], {
    encoding: 'utf8',
    env: { ...process.env, ...cluster.env, PGUSER: 'postgres', PGDATABASE: 'postgres' },
    cwd: '/tmp',
  });
  if (run.status !== 0) throw new Error(`psql: ${run.stderr.trim()}`);
  return run.stdout.trim();
}

const hasPostgisEngine = () =>
  spawnSync(process.execPath, [LANTU, '--lang', 'en', 'check', '--help'], { encoding: 'utf8' }).stdout.includes('--engine');

const line = (label: string, m: Measured, extra = '') =>
  console.log(
    `  ${label.padEnd(30)} ${m.ok ? s(m.wallMs).padStart(9) : '   failed'}  cpu ${s(m.cpuMs).padStart(8)}  peak RSS ${String(m.peakRssMb).padStart(6)} MB` +
      `${m.conflicts !== undefined ? `  ${m.conflicts.toLocaleString('en')} conflicts` : ''}${extra}\n      ${m.ok ? m.note : `exit ${m.exit}: ${m.note}`}`,
  );

console.log(
  `machine: ${cores} cores, ${gb(totalmem() / 2 ** 20)} memory (${gb(freemem() / 2 ** 20)} free now), embedded heap cap ${gb(heapCapMb)}; load average ${readFileSync(
    '/proc/loadavg',
    'utf8',
  )
    .split(' ')
    .slice(0, 3)
    .join(' ')}; ${new Date().toISOString()}`,
);
const fits: { size: number; ok: boolean; note: string }[] = [];
for (const size of sizes) {
  console.log(`\n## ${size.toLocaleString('en')} parcels (province)`);
  const city = cityOf(size);
  const files = Object.values(city.files);
  const fileBytes = files.map((f) => statSync(f).size);
  console.log(
    `  ${city.generatedMs !== undefined ? `generated in ${s(city.generatedMs)}, ` : ''}${mb(fileBytes.reduce((a, b) => a + b, 0))} of plan files (largest ${mb(Math.max(...fileBytes))}); ` +
      Object.entries(city.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
  const report = (name: string) => join(cacheRoot, String(size), `report-${name}.json`);
  const embedded = engines.includes('embedded')
    ? lantu(['check', ...files, TARGETS], [`--max-old-space-size=${heapCapMb}`], report('embedded'), Math.max(...fileBytes))
    : undefined;
  if (embedded) {
    line('embedded (default --threads)', embedded);
    fits.push({ size, ok: embedded.ok, note: embedded.note });
  }
  if (!engines.includes('postgis')) continue;

  if (!hasPostgisEngine()) {
    console.log('  postgis: not run (this build of `lantu check` has no --engine postgis)');
    continue;
  }
  const cluster = startBenchCluster();
  if ('unavailable' in cluster) {
    console.log(`  postgis: not run (${cluster.unavailable})`);
    continue;
  }
  try {
    psqlOn(cluster, 'CREATE EXTENSION IF NOT EXISTS postgis');
    const db = `host=${cluster.env.PGHOST} port=${cluster.env.PGPORT} dbname=postgres user=postgres sslmode=disable`;
    for (const connections of connectionCounts) {
      const schema = `lantu_bench_${connections}`;
      const before = serverCpuMs(cluster);
      const run = lantu(
        ['check', ...files, TARGETS, '--engine', 'postgis', '--db', db, '--schema', schema, '--connections', String(connections)],
        // The client still reads, validates and prepares every feature (3.6 GB at 1M): Node's default heap is too small.
        [`--max-old-space-size=${heapCapMb}`],
        report(`postgis-${connections}`),
        Math.max(...fileBytes),
      );
      const serverMs = serverCpuMs(cluster) - before;
      let size = '';
      try {
        size = `, database ${mb(Number(psqlOn(cluster, 'SELECT pg_database_size(current_database())')))} (schema ${mb(Number(psqlOn(cluster, `SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '${schema}'`)))})`;
        psqlOn(cluster, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } catch (error) {
        size = ` (size not read: ${(error as Error).message})`;
      }
      line(`postgis, ${connections} connection${connections > 1 ? 's' : ''}`, run, `  server cpu ${s(serverMs)}${size}`);
      if (run.ok && embedded?.ok && run.conflicts !== embedded.conflicts)
        console.log(`      ! ${run.conflicts} conflicts against the embedded engine's ${embedded.conflicts}`);
    }
  } finally {
    cluster.stop();
  }
}

const fitted = fits.filter((f) => f.ok).map((f) => f.size);
const failed = fits.filter((f) => !f.ok);
if (fits.length)
  console.log(
    `\nembedded engine: ${fitted.length ? `fits up to ${Math.max(...fitted).toLocaleString('en')} parcels` : 'fitted no size run'}` +
      (failed.length ? `; does not fit at ${failed.map((f) => `${f.size.toLocaleString('en')} (${f.note})`).join(', ')}` : '') +
      ` (heap cap ${gb(heapCapMb)})`,
  );
console.log(`cache kept in ${cacheRoot} (delete it to regenerate)`);
