// Benchmark: validatePlanBytes on generated land plans: (1) clean, default 300,000 GHYDYH parcels, ~9 positions
// each, every 50th with a hole, valid ids and MJ; (2) the same with a quality finding on every feature (an old
// 10-digit BSM, and every other one without YDYHFLDM); (3) one parcel whose ring has 200,000 vertices. Each
// document is written to a temp dir, then a child process at Node's default heap reads and validates it and
// reports wall and CPU time (the machine may be shared) and peak RSS. `--sizes=10000,300000` sets the parcel
// counts of (1) and (2), `--vertices=200000` the ring of (3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ellipsoidalAreaM2 } from '../../engine/geometry/index.ts';
import { featureId } from '../../engine/model/index.ts';
import type { PlanMeta, PlanId, Position } from '../../engine/model/index.ts';
import { PlanDocumentWriter, polygonJson } from './lib/geojsonWriter.ts';

const CODES = [
  '0101',
  '0103',
  '0201',
  '0301',
  '0401',
  '070101',
  '0702',
  '0801',
  '0901',
  '100101',
  '100102',
  '1201',
  '1207',
  '1401',
  '1701',
  '1705',
  '2301',
];

type Variant = 'clean' | 'finding-on-every-feature';

function generate(path: string, count: number, variant: Variant): { bytes: number; ms: number } {
  const started = performance.now();
  const plan: PlanMeta = {
    schemaVersion: '1.0.0',
    kind: 'land',
    id: 'bench-land' as PlanId,
    title: '基准测试用地',
    department: '济源市自然资源和规划局',
    version: 'v1',
    period: { start: 2020, end: 2035 },
    classification: 'ydyh2023',
    sourceCrs: 'EPSG:4526',
  };
  const writer = new PlanDocumentWriter(path, plan);
  const columns = Math.ceil(Math.sqrt(count * 1.9));
  const dLon = 0.74 / columns;
  const dLat = 0.39 / Math.ceil(count / columns);
  for (let i = 0; i < count; i++) {
    const lon = 112.03 + (i % columns) * dLon;
    const lat = 34.89 + Math.floor(i / columns) * dLat;
    const shell: Position[] = [
      [lon, lat],
      [lon + dLon / 2, lat],
      [lon + dLon, lat],
      [lon + dLon, lat + dLat / 2],
      [lon + dLon, lat + dLat],
      [lon + dLon / 2, lat + dLat],
      [lon, lat + dLat],
      [lon, lat + dLat / 2],
      [lon, lat],
    ];
    const rings: Position[][] = [shell];
    if (i % 50 === 0) {
      const h = 0.25;
      rings.push([
        [lon + dLon * h, lat + dLat * h],
        [lon + dLon * h, lat + dLat * (1 - h)],
        [lon + dLon * (1 - h), lat + dLat * (1 - h)],
        [lon + dLon * (1 - h), lat + dLat * h],
        [lon + dLon * h, lat + dLat * h],
      ]);
    }
    const mj = Math.round(ellipsoidalAreaM2({ type: 'Polygon', coordinates: rings }) * 100) / 100;
    if (variant === 'clean') {
      const bsm = `4190010000${String(i + 1).padStart(8, '0')}`;
      writer.feature(featureId(plan.id, bsm), 'GHYDYH', polygonJson(rings), {
        BSM: bsm,
        YDYHFLDM: CODES[i % CODES.length],
        XZQDM: '419001100',
        MJ: mj,
      });
    } else {
      const bsm = `41${String(i + 1).padStart(8, '0')}`; // the old 10-digit form: pattern-mismatch
      const code = i % 2 === 0 ? { YDYHFLDM: CODES[i % CODES.length] } : {}; // missing-field on every other one
      writer.feature(featureId(plan.id, bsm), 'GHYDYH', polygonJson(rings), { BSM: bsm, ...code, XZQDM: '419001100', MJ: mj });
    }
  }
  writer.close();
  return { bytes: statSync(path).size, ms: performance.now() - started };
}

/** One GHYDYH parcel whose shell is a circle of `vertices` positions (about 11 km across). */
function generateLargeRing(path: string, vertices: number): { bytes: number; ms: number } {
  const started = performance.now();
  const plan: PlanMeta = {
    schemaVersion: '1.0.0',
    kind: 'land',
    id: 'bench-ring' as PlanId,
    title: '基准测试大环',
    department: '济源市自然资源和规划局',
    version: 'v1',
    period: { start: 2020, end: 2035 },
    classification: 'ydyh2023',
    sourceCrs: 'EPSG:4526',
  };
  const shell: Position[] = [];
  for (let k = 0; k < vertices; k++) {
    const a = (2 * Math.PI * k) / vertices;
    shell.push([112.5 + 0.05 * Math.cos(a), 35.1 + 0.05 * Math.sin(a)]);
  }
  shell.push(shell[0]!);
  const bsm = '419001000000000001';
  const mj = Math.round(ellipsoidalAreaM2({ type: 'Polygon', coordinates: [shell] }) * 100) / 100;
  const writer = new PlanDocumentWriter(path, plan);
  writer.feature(featureId(plan.id, bsm), 'GHYDYH', polygonJson([shell]), { BSM: bsm, YDYHFLDM: '0101', XZQDM: '419001100', MJ: mj });
  writer.close();
  return { bytes: statSync(path).size, ms: performance.now() - started };
}

/** In the child: CPU time of `what` on the file's bytes (read once, outside the timing). */
async function measure(path: string, what: 'validate' | 'parse'): Promise<void> {
  const { validatePlanBytes } = await import('../../engine/validate/index.ts');
  const bytes = readFileSync(path);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const byCode: Record<string, number> = {};
  let features: number;
  if (what === 'parse') {
    // The floor: decode the same bytes and JSON.parse them, nothing else.
    const value = JSON.parse(new TextDecoder().decode(bytes)) as { features: unknown[] };
    features = value.features.length;
  } else {
    const result = validatePlanBytes(bytes, path);
    features = result.plan?.features.length ?? 0;
    for (const f of result.findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      features,
      findings: byCode,
    }),
  );
}

function option(name: string): string | undefined {
  // `--name=a,b` (what `npm run bench` passes through) or `--name a,b` when run directly.
  const eqForm = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const spaced = process.argv.indexOf(`--${name}`);
  return eqForm ?? (spaced > 0 ? process.argv[spaced + 1] : undefined);
}

interface Measured {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  features: number;
  findings: Record<string, number>;
}

function child(path: string, what: 'validate' | 'parse'): Measured | undefined {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', path, what], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.log(`validate: ${what} child failed (${run.status}) ${run.stderr.slice(-2000)}`);
    process.exitCode = 1;
    return undefined;
  }
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Measured;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1]!;

/** `runs` alternating pairs of children (JSON.parse, then validatePlanBytes); prints medians and the CPU ratio. */
function run(label: string, path: string, gen: { bytes: number; ms: number }, runs: number): void {
  const parsed: Measured[] = [];
  const validated: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    const p = child(path, 'parse');
    const v = child(path, 'validate');
    if (!p || !v) return;
    parsed.push(p);
    validated.push(v);
  }
  const parseCpu = median(parsed.map((r) => r.cpuMs));
  const validateCpu = median(validated.map((r) => r.cpuMs));
  const last = validated[validated.length - 1]!;
  console.log(
    `validatePlanBytes  ${label}  ${(gen.bytes / 1e6).toFixed(1)} MB  median of ${runs}: ` +
      `validate ${(validateCpu / 1000).toFixed(2)} s CPU (${(median(validated.map((r) => r.ms)) / 1000).toFixed(2)} s wall, ` +
      `peak RSS ${median(validated.map((r) => r.peakRssMb))} MB)  JSON.parse ${(parseCpu / 1000).toFixed(2)} s CPU  ` +
      `ratio ${(validateCpu / Math.max(1, parseCpu)).toFixed(2)}×  (validate CPU ${validated.map((r) => r.cpuMs).join('/')} ms, ` +
      `parse CPU ${parsed.map((r) => r.cpuMs).join('/')} ms; generation ${(gen.ms / 1000).toFixed(1)} s; findings ${JSON.stringify(last.findings)})`,
  );
}

if (process.argv[2] === '--measure') {
  await measure(process.argv[3]!, process.argv[4] === 'parse' ? 'parse' : 'validate');
} else {
  const sizesText = option('sizes');
  const sizes = sizesText ? sizesText.split(',').map(Number) : [10_000, 300_000];
  const vertices = Number(option('vertices') ?? 200_000);
  const runs = Math.max(1, Number(option('runs') ?? 3));
  const dir = mkdtempSync(join(tmpdir(), 'lantu-bench-validate-'));
  try {
    for (const size of sizes) {
      for (const variant of ['clean', 'finding-on-every-feature'] as const) {
        const path = join(dir, `land-${size}-${variant}.json`);
        run(`${size.toLocaleString('en')} features, ${variant}`, path, generate(path, size, variant), runs);
        rmSync(path, { force: true });
      }
    }
    const path = join(dir, `ring-${vertices}.json`);
    run(`1 polygon of ${vertices.toLocaleString('en')} vertices`, path, generateLargeRing(path, vertices), runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
