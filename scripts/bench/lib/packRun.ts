// Child process of rules.bench.ts: the full default rule pack over a synthetic city the way `lantu check`
// runs it (read the files, validate them into plan documents, prepare and index, check), then the
// incremental re-check after one parcel moves by about 5 m. Prints one JSON line with times and peak RSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Targets } from '../../../engine/indicators/types.ts';
import type { PlanDocument, PlanFeature, Position } from '../../../engine/model/types.ts';
import { loadRulePack, recheckFeatures, runRules } from '../../../engine/rules/index.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

const dir = process.argv[2]!;
const root = join(import.meta.dirname, '..', '..', '..');
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure.
const phases: Record<string, { ms: number; cpuMs: number; peakRssMb: number }> = {};
let mark = performance.now();
let cpuMark = cpuNow();
const phase = (name: string, ms = performance.now() - mark, cpuMs = cpuNow() - cpuMark) => {
  phases[name] = { ms: Math.round(ms), cpuMs: Math.round(cpuMs), peakRssMb: peakMb() };
  mark = performance.now();
  cpuMark = cpuNow();
};

const loaded = loadRulePack(JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
if (!loaded.ok) throw new Error(`default pack does not load: ${JSON.stringify(loaded.errors)}`);
const targets: Targets = JSON.parse(readFileSync(join(root, 'seeds', 'jiyuan', 'targets.json'), 'utf8'));
const port = await createGeometryPort();
mark = performance.now();
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

// Move one parcel in the city centre by ≈ 5 m east and re-check only it.
const land = plans.find((p) => p.plan.kind === 'land')!;
const parcelIndex = land.features.findIndex((f) => f.layer === 'GHYDYH' && f.properties.YDYHFLDM === '0701');
const parcel = land.features[parcelIndex]!;
const shift = (p: Position): Position => [p[0] + 0.000055, p[1]];
const moved: PlanFeature = {
  ...parcel,
  geometry:
    parcel.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: parcel.geometry.coordinates.map((r) => r.map(shift)) }
      : parcel.geometry,
};
const features = [...land.features];
features[parcelIndex] = moved;
const edited = plans.map((p) => (p === land ? { ...land, features } : p));
const t = performance.now();
const again = await recheckFeatures(run, [parcel.id], { plans: edited, pack: loaded.pack, targets }, port, { now: clock });
const incrementalMs = performance.now() - t;
port.dispose();
console.log(
  JSON.stringify({
    phases,
    conflicts,
    conflictsAfterMove: again.report.conflicts.length,
    validationFindings: findings,
    incrementalMs: Math.round(incrementalMs * 10) / 10,
    byRule: run.report.summary.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.ruleId]: (acc[s.ruleId] ?? 0) + s.count }), {}),
  }),
);
