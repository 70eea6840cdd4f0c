// `npm run bench -- edit [--parcels 300000]` (default 300k): the engine edit model (engine/edit) on one land
// plan of N parcels held as the editor holds it (an id-indexed FeatureStore). Prints the time to add one
// feature, delete one (and undo it: a re-insert in the middle), and set one feature's attributes — median and
// worst of 200 each — then the time to apply 1,000 resolutions to the plan documents as the export does
// (applyResolutions), and to take them back again (packageSources, the export's second pass). Targets:
// one add or delete < 5 ms; 1,000 resolutions < 1 s.
import { applyCommand, invertCommand, planEntryOf, type CommandBody, type WorkspaceData } from '../../engine/edit/index.ts';
import { packageSources } from '../../engine/export/index.ts';
import type { FeatureId, PlanDocument, PlanFeature, PlanId, PlanMeta } from '../../engine/model/index.ts';
import { applyResolutions } from '../../engine/resolutions/index.ts';
import type { Resolution } from '../../engine/resolutions/index.ts';
import { cpuNowMs, peakRssMb } from './lib/phaseClock.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PARCELS = arg('parcels', 300_000);
const RESOLUTIONS = 1000;
const RUNS = 200;
const PLAN_ID = 'bench-land' as PlanId;

const idOf = (n: number) => `00000000-0000-5000-8000-${String(n).padStart(12, '0')}` as FeatureId;

function parcel(n: number, cols: number): PlanFeature {
  const i = n % cols;
  const j = Math.floor(n / cols);
  const d = 0.001;
  const x = 112 + i * d;
  const y = 35 + j * d;
  return {
    type: 'Feature',
    id: idOf(n + 1),
    layer: 'GHYDYH',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + d, y],
          [x + d, y + d],
          [x, y + d],
          [x, y],
        ],
      ],
    },
    properties: { BSM: `4190010000${String(n + 1).padStart(8, '0')}`, XZQDM: '419001100', YDYHFLDM: n % 3 === 0 ? '0101' : '0701' },
  };
}

function landPlan(count: number): PlanDocument {
  const cols = Math.ceil(Math.sqrt(count));
  const plan: PlanMeta = {
    schemaVersion: '1.0.0',
    kind: 'land',
    id: PLAN_ID,
    title: '基准测试用地',
    department: '自然资源局',
    version: 'v1',
    period: { start: 2021, end: 2035 },
    classification: 'internal' as PlanMeta['classification'],
    sourceCrs: 'EPSG:4490',
  };
  return { type: 'FeatureCollection', plan, features: Array.from({ length: count }, (_, n) => parcel(n, cols)) };
}

/** CPU milliseconds of this process (the machine is shared: wall time is printed alongside where it matters). */
function timed(run: () => void): number {
  const t = cpuNowMs();
  run();
  return cpuNowMs() - t;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  return `median ${median.toFixed(3).padStart(7)} ms  p95 ${p95.toFixed(3).padStart(7)} ms  worst ${sorted[sorted.length - 1]!.toFixed(3).padStart(7)} ms (garbage-collection pauses land here)`;
}

/** 1,000 resolutions over distinct parcels: attribute changes, a few geometry changes, removals and 调入 additions. */
function resolutionsFor(doc: PlanDocument): Resolution[] {
  const step = Math.max(1, Math.floor(doc.features.length / (RESOLUTIONS + 1)));
  return Array.from({ length: RESOLUTIONS }, (_, r) => {
    const f = doc.features[(r + 1) * step - 1]!;
    const before = { geometry: f.geometry, properties: f.properties };
    const kind = r % 10;
    const edit =
      kind === 0
        ? { before, after: null, changeType: '3' }
        : kind === 1
          ? {
              before: null,
              after: { geometry: f.geometry, properties: { ...f.properties, BSM: `9${String(r).padStart(17, '0')}` } },
              changeType: '1',
            }
          : { before, after: { geometry: f.geometry, properties: { ...f.properties, YDYHFLDM: '1207' } }, changeType: '2' };
    const featureId = kind === 1 ? `bench-added-${r}` : f.id;
    return {
      conflictKey: `R01:bench:${r}`,
      ruleId: 'R01',
      severity: 'blocker',
      regionHash: 'bench',
      kind: 'yieldSubject',
      status: 'applied',
      decidedBy: 'bench',
      decidedAt: '2026-12-05T00:00:00.000Z',
      logNumber: `20261205${String(r + 1).padStart(6, '0')}`,
      reason: 'bench',
      edits: [{ planId: PLAN_ID, featureId, layer: 'GHYDYH', ...edit }],
    } as unknown as Resolution;
  });
}

const doc = landPlan(PARCELS);
const ws: WorkspaceData = { plans: new Map([[PLAN_ID, planEntryOf(doc)]]), planOrder: [PLAN_ID], rulePack: null, targets: null };
console.log(`edit model on one plan of ${PARCELS.toLocaleString('en')} parcels (CPU time; ${RUNS} runs each)`);

const cols = Math.ceil(Math.sqrt(PARCELS));
const adds: number[] = [];
const deletes: number[] = [];
const undoDeletes: number[] = [];
const attributes: number[] = [];
let live = ws;
for (let r = 0; r < RUNS; r++) {
  const extra = { ...parcel(PARCELS + r, cols), id: `bench-new-${r}` as FeatureId };
  const add: CommandBody = { kind: 'addFeature', planId: PLAN_ID, feature: extra, index: live.plans.get(PLAN_ID)!.features.size };
  adds.push(timed(() => (live = applyCommand(live, add))));
  const victim = doc.features[Math.floor(((r + 0.5) / RUNS) * PARCELS)]!;
  const del: CommandBody = { kind: 'deleteFeature', planId: PLAN_ID, feature: victim, index: Math.floor(((r + 0.5) / RUNS) * PARCELS) };
  deletes.push(timed(() => (live = applyCommand(live, del))));
  undoDeletes.push(timed(() => (live = applyCommand(live, invertCommand(del)))));
  const target = live.plans.get(PLAN_ID)!.features.get(idOf(r * 7 + 1))!;
  const set: CommandBody = {
    kind: 'setAttributes',
    planId: PLAN_ID,
    featureId: target.id,
    before: target.properties,
    after: { ...target.properties, YDYHFLDM: '1207' },
  };
  attributes.push(timed(() => (live = applyCommand(live, set))));
}
console.log(`  add one feature             ${summary(adds)}`);
console.log(`  delete one feature          ${summary(deletes)}`);
console.log(`  undo a delete (re-insert)   ${summary(undoDeletes)}`);
console.log(`  set one feature's attributes ${summary(attributes)}`);

const resolutions = resolutionsFor(doc);
let wall = performance.now();
let applied: ReturnType<typeof applyResolutions> | null = null;
const applyCpu = timed(() => (applied = applyResolutions([doc], resolutions)));
const applyMs = performance.now() - wall;
const result = applied as unknown as ReturnType<typeof applyResolutions>;
if (result.applied.length !== RESOLUTIONS)
  throw new Error(`applied ${result.applied.length} of ${RESOLUTIONS} (skipped: ${result.skipped[0]?.reason.en})`);
console.log(
  `  ${RESOLUTIONS} resolutions applied (applyResolutions)  ${(applyMs / 1000).toFixed(3)} s wall  ${(applyCpu / 1000).toFixed(3)} s CPU`,
);
wall = performance.now();
let sources: PlanDocument[] = [];
const backCpu = timed(() => (sources = packageSources(result.plans, resolutions)));
const backMs = performance.now() - wall;
if (sources[0]!.features.length !== PARCELS) throw new Error(`taking the resolutions back left ${sources[0]!.features.length} features`);
console.log(
  `  ${RESOLUTIONS} resolutions taken back (packageSources) ${(backMs / 1000).toFixed(3)} s wall  ${(backCpu / 1000).toFixed(3)} s CPU`,
);
console.log(`  peak RSS ${peakRssMb()} MB`);
