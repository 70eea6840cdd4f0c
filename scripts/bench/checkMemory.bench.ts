// `npm run bench -- checkMemory [--sizes 100000,300000] [--city <dir>] [--modes parsed,store,stream]`: where `lantu check`'s memory goes, phase by
// phase (read, validate, store, prepare, each rule, report), in one child process per mode with the default heap:
// `parsed` keeps the validated GeoJSON as the check did before the compact store, `store` validates each plan whole and
// then compacts it, `stream` is what `lantu check` does now (validatePlanFile: feature by feature into the store).
// Prints per phase: RSS, heap used/committed, external (array buffers), the GEOS WebAssembly memory, peak RSS so far, CPU.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGeosPort, type GeosWasm } from '../../engine/geometry/index.ts';
import type { PlanDocument } from '../../engine/model/index.ts';
import { loadRulePack, runRules, type PlanQualityFindings, type RulePack } from '../../engine/rules/index.ts';
import type { Targets } from '../../engine/indicators/index.ts';
import { validatePlanBytes } from '../../engine/validate/index.ts';
import { compactPlanDocument } from '../../engine/geometry/index.ts';
import { atomicWriteFile } from '../../main/node/atomicWriteFile.ts';
import { jsonFileChunks } from '../../main/node/jsonFileChunks.ts';
import { validatePlanFile } from '../../main/node/validatePlanFile.ts';
import { cpuNowMs, peakRssMb } from './lib/phaseClock.ts';
import { generateSyntheticCity } from './lib/syntheticCity.ts';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const option = (name: string, fallback: string) => {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return fallback;
  return process.argv[i]!.includes('=') ? process.argv[i]!.split('=')[1]! : (process.argv[i + 1] ?? fallback);
};
const mb = (bytes: number) => Math.round(bytes / 1048576);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

type Mode = 'parsed' | 'store' | 'stream';

async function child(mode: Mode, dir: string): Promise<void> {
  const { default: initGeosJs } = await import('geos-wasm');
  const geos = (await initGeosJs({ errorHandler: () => undefined, noticeHandler: () => undefined })) as unknown as GeosWasm;
  const port = createGeosPort(geos);
  const cpu0 = cpuNowMs();
  let cpuMark = cpu0;
  const sample = (phase: string) => {
    const m = process.memoryUsage();
    const now = cpuNowMs();
    console.log(
      `  ${mode.padEnd(6)} ${phase.padEnd(9)} rss ${String(mb(m.rss)).padStart(5)}  heap ${String(mb(m.heapUsed)).padStart(5)}/${String(mb(m.heapTotal)).padStart(5)}  external ${String(mb(m.external)).padStart(4)}  wasm ${String(mb(geos.Module.HEAPU8.byteLength)).padStart(4)}  peak ${String(peakRssMb()).padStart(5)} MB  cpu ${((now - cpuMark) / 1000).toFixed(1).padStart(6)} s`,
    );
    cpuMark = now;
  };
  const files: { file: string; bytes: Uint8Array | null }[] = ['land', 'ecology', 'industry', 'transport'].map((k) => ({
    file: join(dir, `${k}.json`),
    bytes: null,
  }));
  if (mode !== 'stream') for (const f of files) f.bytes = new Uint8Array(readFileSync(f.file));
  const pack = loadRulePack(JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
  const targets = JSON.parse(readFileSync(join(root, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
  if (!pack.ok) throw new Error('pack');
  sample('read');
  const plans: PlanDocument[] = [];
  const qualityFindings: PlanQualityFindings[] = [];
  for (const f of files) {
    const result = mode === 'stream' ? await validatePlanFile(f.file, f.file) : validatePlanBytes(f.bytes!, f.file);
    if (!result.plan) throw new Error(`${f.file} invalid`);
    // As `lantu check` did: the bytes go once validated; with the store, the parsed coordinates too.
    f.bytes = null;
    plans.push(mode === 'store' ? compactPlanDocument(result.plan) : result.plan);
    const quality = result.findings.filter((x) => x.level === 'quality');
    if (quality.length > 0) qualityFindings.push({ planId: result.plan.plan.id, findings: quality });
  }
  sample(mode === 'parsed' ? 'validate' : 'validate+store');
  const input = { plans, pack: pack.pack as RulePack, targets, qualityFindings };
  // `once`, as `lantu check` runs it: no re-check follows, so the indicators' dissolves are not kept.
  const run = await runRules(input, port, {
    once: true,
    onProgress: (_done, _total, phase) =>
      sample(phase === 'prepare' ? 'start' : phase === 'done' ? 'rules done' : phase === 'R01' ? 'prepared' : `< ${phase}`),
  });
  // The report file as `lantu check --json` writes it: before, one string and its bytes; now in chunks.
  const out = join(tmpdir(), `lantu-bench-checkMemory-${process.pid}.json`);
  const { sizeBytes } =
    mode !== 'parsed'
      ? await atomicWriteFile(out, jsonFileChunks(run.report, 2))
      : await atomicWriteFile(out, new TextEncoder().encode(`${JSON.stringify(run.report, null, 2)}\n`));
  rmSync(out, { force: true });
  sample('report');
  port.dispose();
  console.log(
    `  ${mode.padEnd(6)} total cpu ${((cpuNowMs() - cpu0) / 1000).toFixed(1)} s, ${run.report.conflicts.length} conflicts, report ${mb(sizeBytes)} MB, peak RSS ${peakRssMb()} MB`,
  );
}

if (process.argv.includes('--child')) {
  const at = process.argv.indexOf('--child');
  await child(process.argv[at + 1] as Mode, process.argv[at + 2]!);
} else {
  const sizes = option('sizes', '300000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const given = option('city', '');
  for (const size of sizes) {
    const dir = given || join(tmpdir(), `lantu-bench-checkMemory-${size}`);
    if (!given) generateSyntheticCity({ parcels: size, dir });
    console.log(`\n## ${given ? dir : `${size.toLocaleString('en')} parcels`}; load average before: ${load()}`);
    const modes = option('modes', 'parsed,store,stream').split(',');
    for (const mode of modes) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', mode, dir], {
        stdio: 'inherit',
      });
      if (run.status !== 0) console.log(`  ${mode}: failed (exit ${run.status ?? run.signal})`);
    }
    console.log(`  load average after: ${load()}`);
    if (!given) rmSync(dir, { recursive: true, force: true });
    if (given) break;
  }
}
