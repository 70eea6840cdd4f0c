// `npm run bench -- review [--sizes 10000,300000]` (default 300000): the project review (engine/review) on a
// Jiyuan-like synthetic city (scripts/bench/lib/syntheticCity.ts). In a child process (its own peak RSS, Node's
// default heap): read the plans, merge the blueprint (integrated coverage) as the export does, prepare the review
// context once (indexes), then measure one project and 1,000 projects of 1–40 ha spread over the territory.
// Prints "review: 1 project X ms (blueprint loaded)" (target < 1 s) and "review: 1,000 projects Y s" (< 60 s).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBlueprint } from '../../engine/merge/index.ts';
import type { PlanDocument, Ring } from '../../engine/model/index.ts';
import type { Policy } from '../../engine/resolutions/index.ts';
import { measureProject, prepareReviewContext, type ProjectDocument } from '../../engine/review/index.ts';
import { createGeometryPort } from '../../main/node/createGeometryPort.ts';
import { createRandom } from './lib/random.ts';
import { generateSyntheticCity } from './lib/syntheticCity.ts';

const root = join(import.meta.dirname, '..', '..');
const KINDS = ['land', 'ecology', 'industry', 'transport'] as const;
const PROJECTS = 1000;
// The synthetic territory (syntheticCity.ts): 0.6° × 0.33° from 112.1°E 34.92°N; projects stay 0.02° inside it.
const LON0 = 112.12;
const LAT0 = 34.94;
const SPAN_LON = 0.56;
const SPAN_LAT = 0.29;

/** A rectangle of `widthM` × `heightM` metres at lon/lat, turned by `turn` (0–1 of a quarter turn). */
function site(lon: number, lat: number, widthM: number, heightM: number, turn: number): Ring {
  const mLon = 91_080;
  const mLat = 110_950;
  // A quarter-turn rotation without trigonometry: the unit vector (1 − t², 2t)/(1 + t²) for t in [0, 1].
  const t = turn;
  const c = (1 - t * t) / (1 + t * t);
  const s = (2 * t) / (1 + t * t);
  const corners: [number, number][] = [[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]];
  return corners.map(([a, b]) => {
    const x = (a * widthM) / 2;
    const y = (b * heightM) / 2;
    return [lon + (x * c - y * s) / mLon, lat + (x * s + y * c) / mLat] as [number, number];
  });
}

function projects(count: number): ProjectDocument[] {
  const random = createRandom(20261204);
  const out: ProjectDocument[] = [];
  for (let i = 0; i < count; i++) {
    const lon = LON0 + random() * SPAN_LON;
    const lat = LAT0 + random() * SPAN_LAT;
    // 1–40 ha: 100–800 m × 100–500 m.
    const ring = site(lon, lat, 100 + random() * 700, 100 + random() * 400, random());
    out.push({
      type: 'Feature',
      project: { schemaVersion: '1.0.0', id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, stage: '策划生成', source: { format: 'drawn', fileName: null, crs: 'EPSG:4490', points: [] } },
      properties: { XMMC: `项目${i + 1}`, XMLX: '工业', NYDYT: '1001' },
      geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
    });
  }
  return out;
}

async function child(dir: string): Promise<void> {
  const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const plans = KINDS.map((k) => JSON.parse(readFileSync(join(dir, `${k}.json`), 'utf8')) as PlanDocument);
  const policy = JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'policy-default.json'), 'utf8')) as Policy;
  const port = await createGeometryPort();
  let t = performance.now();
  const blueprint = buildBlueprint(plans, [], policy, port);
  const blueprintMs = performance.now() - t;
  t = performance.now();
  const context = prepareReviewContext({ blueprint, port });
  const contextMs = performance.now() - t;
  const list = projects(PROJECTS);
  // One project in the city centre, the first of the run: nothing of the blueprint held yet, code not yet warm.
  const centre = { ...list[0]!, geometry: { type: 'MultiPolygon' as const, coordinates: [[site(112.59, 35.09, 400, 300, 0.2)]] } };
  t = performance.now();
  const one = measureProject(centre, context);
  const oneMs = performance.now() - t;
  t = performance.now();
  let layers = 0;
  let landUse = 0;
  let setbacks = 0;
  const times: number[] = [];
  for (const p of list) {
    const s = performance.now();
    const m = measureProject(p, context);
    times.push(performance.now() - s);
    layers += m.layers.length;
    landUse += m.landUse.length;
    setbacks += m.setbacks.length;
  }
  const manyMs = performance.now() - t;
  times.sort((a, b) => a - b);
  const medianMs = times[times.length >> 1]!;
  const p99Ms = times[Math.floor(times.length * 0.99)]!;
  const slowestMs = times[times.length - 1]!;
  console.log(
    JSON.stringify({
      parcels: plans[0]!.features.filter((f) => f.layer === 'GHYDYH').length,
      coverage: blueprint.coverage.length,
      blueprintMs,
      contextMs,
      oneMs,
      one: { layers: one.layers.length, landUse: one.landUse.length, setbacks: one.setbacks.length },
      manyMs,
      slowestMs,
      medianMs,
      p99Ms,
      layers,
      landUse,
      setbacks,
      held: port.heldCount(),
      peakRssMb: peakMb(),
    }),
  );
}

function parent(): void {
  const sizesArg = process.argv.find((a) => a.startsWith('--sizes'));
  const sizesText = sizesArg?.includes('=') ? sizesArg.split('=')[1] : sizesArg ? process.argv[process.argv.indexOf(sizesArg) + 1] : undefined;
  const sizes = (sizesText ?? '300000').split(',').map(Number).filter((n) => n > 0);
  for (const parcels of sizes) {
    const dir = join(tmpdir(), `lantu-review-bench-${parcels}`);
    generateSyntheticCity({ parcels, dir });
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
    rmSync(dir, { recursive: true, force: true });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      console.log(`  review failed (exit ${run.status ?? run.signal}): ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ')}`);
      continue;
    }
    const r = JSON.parse(line) as Record<string, number> & { one: Record<string, number> };
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`\n${r.parcels.toLocaleString('en')} parcels (synthetic city); blueprint merge ${s(r.blueprintMs)} (${r.coverage.toLocaleString('en')} coverage pieces), review context (indexes) ${r.contextMs.toFixed(0)} ms`);
    console.log(`review: 1 project ${r.oneMs.toFixed(1)} ms (blueprint loaded) — ${r.one.layers} layers, ${r.one.landUse} 用地用海 codes, ${r.one.setbacks} setbacks`);
    console.log(`review: ${PROJECTS.toLocaleString('en')} projects ${s(r.manyMs)} (per project median ${r.medianMs.toFixed(1)} ms, 99th percentile ${r.p99Ms.toFixed(1)} ms, slowest ${r.slowestMs.toFixed(1)} ms; ${r.layers} layer rows, ${r.landUse} 用地用海 rows, ${r.setbacks} setbacks; ${r.held} geometries held) — peak RSS ${r.peakRssMb} MB`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else parent();
