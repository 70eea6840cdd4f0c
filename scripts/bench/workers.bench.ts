// `npm run bench -- workers [--sizes 300000] [--threads 1,2,4]`: the full default pack, read → report, as the bundled
// `lantu check` runs it with --threads 1, 2 and 4 (this thread, plus 0, 1 or 3 workers), on a synthetic city: wall, CPU
// and peak RSS of the process (worker threads included), the speed-up, the peak added per worker, whether the reports
// are byte-identical; then PostGIS's three overlay joins on the same data in a throw-away cluster, and the ratio. Prints
// the load average.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticCity } from './lib/syntheticCity.ts';
import { startBenchCluster } from './postgis/benchCluster.ts';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const option = (name: string, fallback: string) => {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return fallback;
  return process.argv[i]!.includes('=') ? process.argv[i]!.split('=')[1]! : (process.argv[i + 1] ?? fallback);
};
const sizes = option('sizes', '300000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const threadCounts = option('threads', '1,2,4')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'cli'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

for (const size of sizes) {
  const dir = join(tmpdir(), `lantu-bench-workers-${size}`);
  rmSync(dir, { recursive: true, force: true });
  const city = generateSyntheticCity({ parcels: size, dir });
  console.log(`\n## ${size.toLocaleString('en')} parcels (${(city.bytes / 1e6).toFixed(0)} MB of plans); load average before: ${load()}`);
  const files = ['land', 'ecology', 'industry', 'transport'].map((k) => join(dir, `${k}.json`));
  const rows: { threads: number; ms: number; cpuMs: number; peakRssMb: number; report: string }[] = [];
  for (const threads of threadCounts) {
    const out = join(dir, `report-${threads}.json`);
    const t = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        join(here, 'lib', 'printRusageAtExit.mjs'),
        join(root, 'bin', 'lantu.mjs'),
        'check',
        ...files,
        join(root, 'seeds', 'jiyuan', 'targets.json'),
        '--threads',
        String(threads),
        '--timings',
        '--json',
        out,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const ms = performance.now() - t;
    const usage = /RUSAGE (\{.*\})/.exec(run.stderr);
    if (run.status !== 0 || !usage) {
      console.log(
        `  ${threads} thread(s): failed (exit ${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
      continue;
    }
    const u = JSON.parse(usage[1]!) as { cpuMs: number; peakRssMb: number };
    const timings = run.stdout.split('\n').find((l) => l.includes('ms')) ?? '';
    rows.push({ threads, ms, cpuMs: u.cpuMs, peakRssMb: u.peakRssMb, report: readFileSync(out, 'utf8') });
    console.log(
      `  ${threads} thread(s)${threads === 1 ? ' (in process)' : ''}: wall ${s(ms).padStart(8)}   cpu ${s(u.cpuMs).padStart(8)}   peak RSS ${String(u.peakRssMb).padStart(5)} MB   [${timings.trim()}]   load ${load()}`,
    );
  }
  const base = rows.find((r) => r.threads === 1);
  if (base) {
    for (const r of rows.filter((x) => x.threads > 1)) {
      console.log(
        `  ${r.threads} threads vs 1: speed-up ×${(base.ms / r.ms).toFixed(2)}, cpu ×${(r.cpuMs / base.cpuMs).toFixed(2)}, peak +${r.peakRssMb - base.peakRssMb} MB (+${Math.round((r.peakRssMb - base.peakRssMb) / (r.threads - 1))} MB per added worker)`,
      );
    }
    console.log(`  reports byte-identical across thread counts: ${rows.every((r) => r.report === base.report) ? 'yes' : 'NO'}`);
  }

  const cluster = startBenchCluster();
  if ('unavailable' in cluster) console.log(`  PostGIS: ${cluster.unavailable}: skipped`);
  else {
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'postgis', 'postgisRun.ts'), dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        env: { ...process.env, ...cluster.env },
      });
      const line = run.stdout.trim().split('\n').pop() ?? '';
      if (run.status !== 0 || !line.startsWith('{'))
        console.log(`  PostGIS failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`);
      else {
        const pg = JSON.parse(line) as {
          version?: string;
          skipped?: string;
          loadMs: number;
          joins: Record<string, { ms: number; pairs: number }>;
        };
        if (pg.skipped) console.log(`  PostGIS: ${pg.skipped}: skipped`);
        else {
          const queryMs = Object.values(pg.joins).reduce((n, j) => n + j.ms, 0);
          console.log(
            `  PostGIS ${pg.version} (throw-away cluster, GiST, one core): load + index ${s(pg.loadMs)}, three overlay joins' query time ${s(queryMs)} (${Object.entries(
              pg.joins,
            )
              .map(([k, j]) => `${k} ${s(j.ms)}`)
              .join(', ')})`,
          );
          for (const r of rows)
            console.log(
              `  full pack with ${r.threads} thread(s) / PostGIS three joins = ${(r.ms / queryMs).toFixed(2)} (wall; under 1 is faster)`,
            );
        }
      }
    } finally {
      cluster.stop();
    }
  }
  console.log(`  load average after: ${load()}`);
  rmSync(dir, { recursive: true, force: true });
}
