// `npm run bench -- --sizes 10000,100000,300000` (default: all three). Per size: generates a Jiyuan-like
// synthetic city (scripts/bench/lib/syntheticCity.ts), then in separate processes (so each peak RSS is its
// own, Node's default heap): (1) the three overlay joins from reading the files to the result, on the
// geometry core with streamed compact stores; (2) the full default rule pack as `lantu check` runs it, and
// the incremental re-check after one parcel moves; (3) the same three joins in PostGIS 15 when it is installed, in a
// throw-away cluster the bench starts and removes (postgis/benchCluster.ts), so no running server is needed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticCity } from './lib/syntheticCity.ts';
import { startBenchCluster } from './postgis/benchCluster.ts';

const here = import.meta.dirname;
const sizesArg = process.argv.find((a) => a.startsWith('--sizes'));
const sizesText = sizesArg?.includes('=')
  ? sizesArg.split('=')[1]
  : sizesArg
    ? process.argv[process.argv.indexOf(sizesArg) + 1]
    : undefined;
const sizes = (sizesText ?? '10000,100000,300000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const keep = process.argv.includes('--keep');

interface Phase {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}
interface JoinFigures {
  ms: number;
  intersectingPairs?: number;
  pairs?: number;
  overlapPairs: number;
  totalAreaM2: number;
  coveredPairs?: number;
  cpuMs?: number;
}

function child(script: string, dir: string, env?: Record<string, string>): Record<string, unknown> | { failed: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, script), dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    const why = (run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ');
    return { failed: `exit ${run.status ?? run.signal}: ${why}` };
  }
  return JSON.parse(line) as Record<string, unknown>;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pad = (text: string, n: number) => text.padEnd(n);

/** Prints wall time, CPU time and peak RSS per phase; returns the total wall and CPU time. */
function printPhases(phases: Record<string, Phase>): { ms: number; cpuMs: number } {
  let ms = 0;
  let cpuMs = 0;
  for (const [name, p] of Object.entries(phases)) {
    ms += p.ms;
    cpuMs += p.cpuMs;
    console.log(
      `    ${pad(name, 10)} ${s(p.ms).padStart(9)}   cpu ${s(p.cpuMs).padStart(9)}   peak RSS ${String(p.peakRssMb).padStart(5)} MB`,
    );
  }
  const peak = Math.max(...Object.values(phases).map((p) => p.peakRssMb));
  console.log(`    ${pad('total', 10)} ${s(ms).padStart(9)}   cpu ${s(cpuMs).padStart(9)}   peak RSS ${String(peak).padStart(5)} MB`);
  return { ms, cpuMs };
}

const cluster = startBenchCluster();
try {
  for (const size of sizes) {
    const dir = join(tmpdir(), `lantu-bench-${size}`);
    rmSync(dir, { recursive: true, force: true });
    const t = performance.now();
    const city = generateSyntheticCity({ parcels: size, dir });
    console.log(
      `\n## ${size.toLocaleString('en')} parcels (synthetic Jiyuan-like city, generated in ${s(performance.now() - t)}, ${(city.bytes / 1e6).toFixed(0)} MB on disk)`,
    );
    console.log(
      `  layers: ${Object.entries(city.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );

    console.log('  three overlay joins, files → result (geometry core: streamed typed-array stores, GEOS as WebAssembly):');
    const joins = child('lib/joinsRun.ts', dir);
    let ours = { ms: 0, cpuMs: 0 };
    if ('failed' in joins) console.log(`    failed: ${joins.failed}`);
    else {
      ours = printPhases(joins.phases as Record<string, Phase>);
      for (const [name, j] of Object.entries(joins.joins as Record<string, JoinFigures>)) {
        console.log(
          `    ${pad(name, 14)} ${s(j.ms).padStart(9)}   cpu ${s(j.cpuMs ?? 0).padStart(9)}   ${j.intersectingPairs} intersecting pairs, ${j.overlapPairs} ≥ 1 m², ${(j.totalAreaM2 / 1e4).toFixed(2)} ha (${j.coveredPairs} by the covers shortcut)`,
        );
      }
    }

    console.log('  full default pack (seeds/rules/jiyuan-default.json) as `lantu check` runs it:');
    const pack = child('lib/packRun.ts', dir);
    if ('failed' in pack) console.log(`    failed: ${pack.failed}`);
    else {
      printPhases(pack.phases as Record<string, Phase>);
      console.log(`    ${pack.conflicts} conflicts; per rule ${JSON.stringify(pack.byRule)}`);
      for (const [label, r] of Object.entries(pack.incremental as Record<string, { ms: number; conflicts: number }>)) {
        console.log(`    incremental re-check after moving one ${label} parcel 5 m: ${r.ms} ms (${r.conflicts} conflicts after)`);
      }
      const o = pack.overlayRules as { prepareMs: number; checkMs: number; pairs: Record<string, number>; peakRssMb: number };
      console.log(
        `    the three overlays as engine rules (a pack of just them, on the parsed plans): prepare ${s(o.prepareMs)}, check ${s(o.checkMs)}; pairs ≥ 1 m² ${JSON.stringify(o.pairs)}; peak RSS ${o.peakRssMb} MB`,
      );
    }

    console.log('  PostGIS (same data, GiST, one core, ST_Intersects + ST_Area(ST_Intersection(a, b)::geography)):');
    const pg = 'unavailable' in cluster ? { skipped: cluster.unavailable } : child('postgis/postgisRun.ts', dir, cluster.env);
    if ('failed' in pg) console.log(`    failed: ${pg.failed}`);
    else if ('skipped' in pg) console.log(`    ${pg.skipped}: skipped`);
    else {
      console.log(`    ${pg.version}; load + index ${s(pg.loadMs as number)}`);
      let queryMs = 0;
      for (const [name, j] of Object.entries(pg.joins as Record<string, JoinFigures>)) {
        queryMs += j.ms;
        console.log(
          `    ${pad(name, 14)} ${s(j.ms).padStart(9)}   ${j.pairs} intersecting pairs, ${j.overlapPairs} ≥ 1 m², ${(j.totalAreaM2 / 1e4).toFixed(2)} ha`,
        );
      }
      console.log(
        `    query time ${s(queryMs)}; ours from reading the files ${s(ours.ms)} (cpu ${s(ours.cpuMs)}): ratio PostGIS query / ours = ${ours.ms ? (queryMs / ours.ms).toFixed(2) : '—'} (wall)`,
      );
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!('unavailable' in cluster)) cluster.stop();
}
