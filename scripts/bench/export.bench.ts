// `npm run bench -- export [--sizes 10000,300000]` (default 300000): export time and package size. Per size:
// generates a Jiyuan-like synthetic city (scripts/bench/lib/syntheticCity.ts), then in a child process (its
// own peak RSS, Node's default heap) runs `lantu export --draft`'s pipeline (engine/export prepareExport, the
// demo's targets), phase by phase: read + validate, the indicators, the full default rule pack (whose indicator
// rules compare those indicators), the blueprint merge (integrated coverage), and the package (GeoPackage,
// GeoJSON, tables, reports, manifest, zip streamed to a temporary file with the worker-thread deflate and native
// SHA-256 of the CLI). Prints wall time, CPU time (worker threads included) and peak RSS per phase and the sizes
// of the zip and the GeoPackage. Then `lantu verify` of that package (the CLI bundle, bin/lantu.mjs, in its own
// process under /usr/bin/time): wall, CPU and peak RSS.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareExport, type ExportPhase } from '../../engine/export/index.ts';
import { GEOPACKAGE_PATH, packageFiles, type SqlJsWriterPort } from '../../engine/package/index.ts';
import { createGeometryPort } from '../../main/node/createGeometryPort.ts';
import { atomicWriteFile } from '../../main/node/atomicWriteFile.ts';
import { createSqlJs } from '../../main/node/createSqlJs.ts';
import { sha256HexNode } from '../../main/node/sha256HexNode.ts';
import { zipPackageStream } from '../../main/node/zipPackageStream.ts';
import { toolVersion } from '../../main/cli/commands/export.ts';
import { generateSyntheticCity } from './lib/syntheticCity.ts';

const root = join(import.meta.dirname, '..', '..');
const KINDS = ['land', 'ecology', 'industry', 'transport'] as const;

interface Phase {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

async function child(dir: string): Promise<void> {
  const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const phases: Record<string, Phase> = {};
  let mark = performance.now();
  let cpuMark = cpuNow();
  const phase = (name: string) => {
    phases[name] = { ms: Math.round(performance.now() - mark), cpuMs: Math.round(cpuNow() - cpuMark), peakRssMb: peakMb() };
    mark = performance.now();
    cpuMark = cpuNow();
  };
  const named = (file: string) => ({ file, bytes: readFileSync(file) });
  // The plans as `lantu export` hands them over: read to validate, and again when the package copies them.
  const rereadable = (file: string) => ({ file, read: () => readFileSync(file) });
  const port = await createGeometryPort();
  const sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
  const created = '2026-11-27T00:00:00.000Z';
  // Read here; validation and the rest are `lantu export`'s own pipeline (engine/export prepareExport), phase by phase.
  mark = performance.now();
  cpuMark = cpuNow();
  // Each phase is measured when the next one starts; the package's own phase is measured below, after the zip.
  const names: Record<Exclude<ExportPhase, 'package'>, string> = {
    sources: 'read + validate',
    indicators: 'indicators',
    rules: 'rules (full default pack)',
    blueprint: 'blueprint merge + coverage',
  };
  let current: ExportPhase | null = null;
  const prepared = await prepareExport(
    {
      sources: KINDS.map((kind) => rereadable(join(dir, `${kind}.json`))),
      pack: named(join(root, 'seeds', 'rules', 'jiyuan-default.json')),
      policy: named(join(root, 'seeds', 'rules', 'policy-default.json')),
      targets: named(join(root, 'seeds', 'jiyuan', 'targets.json')),
      resolutions: null,
      created,
      draft: true,
      // The CLI's version, so `lantu verify` rebuilds the same manifest and build record.
      toolVersion: toolVersion(),
    },
    { geometry: port, sqlJs, sha256Hex: sha256HexNode },
    (next) => {
      if (current !== null && current !== 'package') phase(names[current]);
      current = next;
    },
  );
  port.dispose();
  if (!prepared.ok) throw new Error(prepared.issues.map((i) => i.message.en).join('; '));
  const { input } = prepared;
  const { blueprint, conflicts } = input;
  let gpkgBytes = 0;
  let files = 0;
  const started = zipPackageStream(packageFiles(input), created, (f) => {
    files++;
    if (f.path === GEOPACKAGE_PATH) gpkgBytes = f.bytes.length;
  });
  if (!started.ok) throw new Error('draft refused');
  const zipPath = join(dir, 'blueprint.zip');
  await atomicWriteFile(zipPath, started.stream.chunks);
  phase('package (gpkg, files, zip)');
  console.log(
    JSON.stringify({
      phases,
      parcels: input.sources.reduce((n, s) => n + s.plan.features.filter((f) => f.layer === 'GHYDYH').length, 0),
      conflicts: conflicts.length,
      coverage: blueprint.coverage.length,
      undetermined: blueprint.undetermined.length,
      zipBytes: statSync(zipPath).size,
      gpkgBytes,
      files,
    }),
  );
}

/** `lantu verify` of the package in its own process: /usr/bin/time gives its wall, CPU (threads included) and peak RSS. */
function verifyPackage(zipPath: string): { wallS: number; cpuS: number; peakRssMb: number; status: number | null; note: string } {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, join(root, 'bin', 'lantu.mjs'), 'verify', zipPath], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const times = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  const [wallS, userS, systemS, rssKb] = times ? times.slice(1).map(Number) : [0, 0, 0, 0];
  const note = ((run.stderr ?? '') + (run.stdout ?? ''))
    .replace(/TIME .*/, '')
    .trim()
    .split('\n')
    .slice(-2)
    .join(' | ');
  return { wallS: wallS!, cpuS: userS! + systemS!, peakRssMb: Math.round(rssKb! / 1024), status: run.status, note };
}

function parent(): void {
  const sizesArg = process.argv.find((a) => a.startsWith('--sizes'));
  const sizesText = sizesArg?.includes('=')
    ? sizesArg.split('=')[1]
    : sizesArg
      ? process.argv[process.argv.indexOf(sizesArg) + 1]
      : undefined;
  const sizes = (sizesText ?? '300000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  for (const parcels of sizes) {
    const dir = join(tmpdir(), `lantu-export-bench-${parcels}`);
    const city = generateSyntheticCity({ parcels, dir });
    console.log(`\n${parcels} parcels requested; plan files ${mb(city.bytes)}`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      rmSync(dir, { recursive: true, force: true });
      console.log(
        `  export failed (exit ${run.status ?? run.signal}): ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`,
      );
      continue;
    }
    const verified = verifyPackage(join(dir, 'blueprint.zip'));
    rmSync(dir, { recursive: true, force: true });
    const r = JSON.parse(line) as {
      phases: Record<string, Phase>;
      parcels: number;
      conflicts: number;
      coverage: number;
      undetermined: number;
      zipBytes: number;
      gpkgBytes: number;
      files: number;
    };
    let ms = 0;
    let cpuMs = 0;
    for (const [name, p] of Object.entries(r.phases)) {
      ms += p.ms;
      cpuMs += p.cpuMs;
      console.log(
        `  ${name.padEnd(28)} ${(p.ms / 1000).toFixed(2).padStart(8)} s wall ${(p.cpuMs / 1000).toFixed(2).padStart(8)} s CPU  peak RSS ${p.peakRssMb} MB`,
      );
    }
    console.log(`  ${'total'.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(8)} s wall ${(cpuMs / 1000).toFixed(2).padStart(8)} s CPU`);
    console.log(
      `  ${r.parcels} parcels, ${r.conflicts} conflicts, ${r.coverage} coverage pieces, ${r.undetermined} 待定 areas; package ${mb(r.zipBytes)} (${r.files} files), blueprint.gpkg ${mb(r.gpkgBytes)}`,
    );
    console.log(
      `  ${'lantu verify (bundle)'.padEnd(28)} ${verified.wallS.toFixed(2).padStart(8)} s wall ${verified.cpuS.toFixed(2).padStart(8)} s CPU  peak RSS ${verified.peakRssMb} MB  exit ${verified.status}${verified.status === 0 ? '' : `: ${verified.note}`}`,
    );
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else parent();
