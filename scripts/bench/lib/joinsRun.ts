// Child process of rules.bench.ts (so its peak RSS is its own): reads a synthetic city's plan files as
// streams into compact stores, indexes them, and times the three overlay joins; features are held in GEOS
// and validated when a join first needs them (that time is reported as "validate"). Prints one JSON line:
// phase times (ms), peak RSS (MB) after each phase, and pair counts.
import { join } from 'node:path';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { HeldLayer, overlayJoin, type JoinResult } from './overlayJoin.ts';
import { indicesOf, readPlanStore } from './readPlanStore.ts';
import { cpuNowMs, createPhaseClock } from './phaseClock.ts';

const dir = process.argv[2]!;
const cpuNow = cpuNowMs;
const { phases, phase } = createPhaseClock();

const port = await createGeometryPort();
phase('init');
const land = await readPlanStore(join(dir, 'land.json'));
const ecology = await readPlanStore(join(dir, 'ecology.json'));
const industry = await readPlanStore(join(dir, 'industry.json'));
phase('read');
const parcels = new HeldLayer(port, land, indicesOf(land, 'GHYDYH'), false);
const farmland = new HeldLayer(port, land, indicesOf(land, 'YJJBNT'), true);
const redLines = new HeldLayer(port, ecology, indicesOf(ecology, 'STBHHX'), true);
const projects = new HeldLayer(port, industry, indicesOf(industry, 'GYXM'), true);
for (const layer of [parcels, farmland, redLines, projects]) layer.spatialIndex();
phase('index');
const joins: Record<string, JoinResult & { ms: number; cpuMs: number }> = {};

const t = performance.now();
const cpu0 = cpuNow();
for (const [name, a, b] of [
  ['GHYDYH×STBHHX', parcels, redLines],
  ['GHYDYH×GYXM', parcels, projects],
  ['YJJBNT×GYXM', farmland, projects],
] as const) {
  const t0 = performance.now();
  const c0 = cpuNow();
  joins[name] = { ...overlayJoin(port, a, b), ms: Math.round(performance.now() - t0), cpuMs: Math.round(cpuNow() - c0) };
}
const layers = [parcels, farmland, redLines, projects];
// Holding and validating happen inside the joins, on demand: their time is split out as "validate"
// (the CPU share of it taken as equal to its wall share).
const validateMs = layers.reduce((sum, l) => sum + l.holdMs, 0);
const wall = performance.now() - t;
const cpu = cpuNow() - cpu0;
phase('validate', validateMs, (cpu * validateMs) / wall);
phase('check', wall - validateMs, cpu - (cpu * validateMs) / wall);
port.dispose();
console.log(
  JSON.stringify({
    phases,
    joins,
    invalid: layers.reduce((n, l) => n + l.invalid, 0),
    held: layers.reduce((n, l) => n + l.handles.filter((h) => h).length, 0),
  }),
);
