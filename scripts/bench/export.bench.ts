// `npm run bench -- export [--sizes 10000,300000]` (default 300000): export time and package size. Per size:
// generates a Jiyuan-like synthetic city (scripts/bench/lib/syntheticCity.ts), then in a child process (its
// own peak RSS, Node's default heap) runs the export pipeline as `lantu export --draft` does, phase by phase:
// read + validate, the full default rule pack, the blueprint merge (integrated coverage), the indicators, and
// the package (GeoPackage, GeoJSON, tables, reports, manifest, zip streamed to a temporary file with the
// worker-thread deflate and native SHA-256 of the CLI). Prints wall time, CPU time (worker threads included)
// and peak RSS per phase and the sizes of the zip and the GeoPackage. Then `lantu verify` of that package (the CLI
// bundle, bin/lantu.mjs, in its own process under /usr/bin/time): wall, CPU and peak RSS.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeIndicators } from '../../engine/indicators/index.ts';
import type { Targets } from '../../engine/indicators/index.ts';
import { buildBlueprint } from '../../engine/merge/index.ts';
import type { PlanDocument } from '../../engine/model/index.ts';
import { GEOPACKAGE_PATH, packageFiles, type SqlJsWriterPort } from '../../engine/package/index.ts';
import { openConflicts, type Policy } from '../../engine/resolutions/index.ts';
import { loadRulePack, runRules, type RulePack } from '../../engine/rules/index.ts';
import { validatePlanBytes } from '../../engine/validate/index.ts';
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
  const packBytes = readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'));
  const policyBytes = readFileSync(join(root, 'seeds', 'rules', 'policy-default.json'));
  const targetsBytes = readFileSync(join(root, 'seeds', 'jiyuan', 'targets.json'));
  const loaded = loadRulePack(JSON.parse(packBytes.toString('utf8')));
  if (!loaded.ok) throw new Error('default pack does not load');
  const pack = loaded.pack as RulePack;
  const policy = JSON.parse(policyBytes.toString('utf8')) as Policy;
  const targets = JSON.parse(targetsBytes.toString('utf8')) as Targets;
  const port = await createGeometryPort();
  const sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
  mark = performance.now();
  cpuMark = cpuNow();
  const sources: { bytes: Uint8Array; plan: PlanDocument }[] = [];
  for (const kind of KINDS) {
    const bytes = readFileSync(join(dir, `${kind}.json`));
    const result = validatePlanBytes(bytes, `${kind}.json`);
    if (!result.plan) throw new Error(`${kind}.json does not validate`);
    sources.push({ bytes, plan: result.plan });
  }
  sources.sort((a, b) => (a.plan.plan.id < b.plan.plan.id ? -1 : 1));
  const plans = sources.map((s) => s.plan);
  phase('read + validate');
  const conflicts = (await runRules({ plans, pack, targets }, port)).report.conflicts;
  phase('rules (full default pack)');
  const blueprint = buildBlueprint(plans, [], policy, port);
  phase('blueprint merge + coverage');
  const indicators = computeIndicators(plans, targets, port);
  phase('indicators');
  const created = '2026-11-27T00:00:00.000Z';
  let gpkgBytes = 0;
  let files = 0;
  port.dispose();
  const input = {
    sources,
    rulePack: {
      bytes: packBytes,
      id: pack.id,
      version: pack.version,
      rules: pack.rules.map((r) => ({
        id: r.id,
        title: r.title,
        severity: r.severity,
        ...(r.titleEn !== undefined ? { titleEn: r.titleEn } : {}),
      })),
    },
    policy: { bytes: policyBytes, value: policy },
    targetsBytes,
    resolutions: [],
    blueprint,
    conflicts,
    openConflictKeys: openConflicts(conflicts, [], created.slice(0, 10)).map((c) => c.key),
    indicators,
    created,
    draft: true,
    // The CLI's version, so `lantu verify` rebuilds the same manifest and build record.
    toolVersion: toolVersion(),
    sqlJs,
    sha256Hex: sha256HexNode,
  };
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
      parcels: plans.reduce((n, p) => n + p.features.filter((f) => f.layer === 'GHYDYH').length, 0),
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
