// Child process of rules.bench.ts: the full default rule pack over a synthetic city the way `lantu check`
// runs it (read the files, validate them into plan documents, prepare and index, check), then the
// incremental re-check after one parcel moves by about 5 m. Prints one JSON line with times and peak RSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Targets } from '../../../engine/indicators/index.ts';
import type { PlanDocument, PlanFeature, Position } from '../../../engine/model/index.ts';
import { loadRulePack, recheckFeatures, runRules } from '../../../engine/rules/index.ts';
import { validatePlanBytes } from '../../../engine/validate/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { cpuNowMs, createPhaseClock, peakRssMb } from './phaseClock.ts';

const dir = process.argv[2]!;
const root = join(import.meta.dirname, '..', '..', '..');
const peakMb = peakRssMb;
const cpuNow = cpuNowMs;
const { phases, phase, restart } = createPhaseClock();

const loaded = loadRulePack(JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
if (!loaded.ok) throw new Error(`default pack does not load: ${JSON.stringify(loaded.errors)}`);
const targets: Targets = JSON.parse(readFileSync(join(root, 'seeds', 'jiyuan', 'targets.json'), 'utf8'));
const port = await createGeometryPort();
restart();
const bytes = ['land', 'ecology', 'industry', 'transport'].map((k) => ({ name: `${k}.json`, bytes: readFileSync(join(dir, `${k}.json`)) }));
phase('read');
const plans: PlanDocument[] = [];
let findings = 0;
for (const file of bytes) {
  const result = validatePlanBytes(file.bytes, file.name);
  findings += result.findings.length;
  if (!result.plan) throw new Error(`${file.name} does not validate: ${JSON.stringify(result.findings.slice(0, 3))}`);
  plans.push(result.plan);
}
bytes.length = 0;
phase('validate');
const clock = () => performance.now();
const cpuRun = cpuNow();
const run = await runRules({ plans, pack: loaded.pack, targets }, port, { now: clock });
const runCpu = cpuNow() - cpuRun;
const runWall = run.timings.prepareMs + run.timings.checkMs;
phase('index', run.timings.prepareMs, (runCpu * run.timings.prepareMs) / runWall);
phase('check', run.timings.checkMs, (runCpu * run.timings.checkMs) / runWall);
const conflicts = run.report.conflicts.length;

// Move one parcel by ≈ 5 m east and re-check only it: first a residential parcel (0701, feeds no indicator),
// then, from that result, a cultivated one (01, feeds R21's 耕地保有量).
const shift = (p: Position): Position => [p[0] + 0.000055, p[1]];
let current = plans;
let previous = run;
const incremental: Record<string, { ms: number; cpuMs: number; conflicts: number }> = {};
for (const [label, prefix] of [['residential', '0701'], ['cultivated', '01']] as const) {
  const land = current.find((p) => p.plan.kind === 'land')!;
  const index = land.features.findIndex((f) => f.layer === 'GHYDYH' && String(f.properties.YDYHFLDM).startsWith(prefix));
  const parcel = land.features[index]!;
  if (parcel.geometry.type !== 'Polygon') throw new Error('synthetic parcels are polygons');
  const moved: PlanFeature = { ...parcel, geometry: { type: 'Polygon', coordinates: parcel.geometry.coordinates.map((r) => r.map(shift)) } };
  const features = [...land.features];
  features[index] = moved;
  current = current.map((p) => (p === land ? { ...land, features } : p));
  const t = performance.now();
  const cpu = cpuNow();
  previous = await recheckFeatures(previous, [parcel.id], { plans: current, pack: loaded.pack, targets }, port, { now: clock });
  incremental[label] = {
    ms: Math.round((performance.now() - t) * 10) / 10,
    cpuMs: Math.round((cpuNow() - cpu) * 10) / 10,
    conflicts: previous.report.conflicts.length,
  };
}
// The three overlay joins as rules of the engine (a pack of just those, overlaps ≥ 1 m²), on the parsed plans.
const overlayRule = (id: string, subject: string, object: string, title: string) => ({
  id,
  version: 1,
  title,
  severity: 'info',
  subject: [{ layer: subject }],
  object: [{ layer: object }],
  relation: { type: 'overlaps', minAreaM2: 1 },
  legalBasis: '基准测试',
  message: '{subject.bsm} 与 {object.bsm} 重叠 {areaM2} 平方米',
});
const overlayPack = loadRulePack({
  id: 'bench-overlays',
  version: '1.0.0',
  title: '三个叠加规则（基准测试）',
  rules: [
    overlayRule('B01', 'GHYDYH', 'STBHHX', '用地与生态保护红线重叠'),
    overlayRule('B02', 'GHYDYH', 'GYXM', '用地与产业项目重叠'),
    overlayRule('B03', 'YJJBNT', 'GYXM', '永久基本农田与产业项目重叠'),
  ],
});
if (!overlayPack.ok) throw new Error(`bench pack does not load: ${JSON.stringify(overlayPack.errors)}`);
const overlays = await runRules({ plans, pack: overlayPack.pack }, port, { now: clock });
const overlayRules = {
  prepareMs: Math.round(overlays.timings.prepareMs),
  checkMs: Math.round(overlays.timings.checkMs),
  pairs: overlays.report.summary.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.ruleId]: (acc[s.ruleId] ?? 0) + s.count }), {}),
  peakRssMb: peakMb(),
};
port.dispose();
console.log(
  JSON.stringify({
    phases,
    conflicts,
    validationFindings: findings,
    incremental,
    overlayRules,
    byRule: run.report.summary.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.ruleId]: (acc[s.ruleId] ?? 0) + s.count }), {}),
  }),
);
