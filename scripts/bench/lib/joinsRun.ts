// Child process of rules.bench.ts (so its peak RSS is its own): reads a synthetic city's plan files as
// streams into compact stores, holds and validates the join layers in GEOS, and times the three overlay
// joins. Prints one JSON line: phase times (ms), peak RSS (MB) after each phase, and pair counts.
import { join } from 'node:path';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { holdSide, indexSide, overlayJoin, type JoinResult, type JoinSide } from './overlayJoin.ts';
import { indicesOf, readPlanStore } from './readPlanStore.ts';

const dir = process.argv[2]!;
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const phases: Record<string, { ms: number; peakRssMb: number }> = {};
let mark = performance.now();
const phase = (name: string) => {
  const now = performance.now();
  phases[name] = { ms: Math.round(now - mark), peakRssMb: peakMb() };
  mark = now;
};

const port = await createGeometryPort();
phase('init');
const land = await readPlanStore(join(dir, 'land.json'));
const ecology = await readPlanStore(join(dir, 'ecology.json'));
const industry = await readPlanStore(join(dir, 'industry.json'));
phase('read');
const parcels: JoinSide = { plan: land, indices: indicesOf(land, 'GHYDYH') };
const farmland: JoinSide = { plan: land, indices: indicesOf(land, 'YJJBNT') };
const redLines: JoinSide = { plan: ecology, indices: indicesOf(ecology, 'STBHHX') };
const projects: JoinSide = { plan: industry, indices: indicesOf(industry, 'GYXM') };
const parcelHandles = holdSide(port, parcels, false);
const farmlandHandles = holdSide(port, farmland, true);
const redLineHandles = holdSide(port, redLines, true);
const projectHandles = holdSide(port, projects, true);
const parcelIndex = indexSide(parcels);
const projectIndex = indexSide(projects);
phase('index');
let invalid = 0;
for (const handles of [parcelHandles, farmlandHandles, redLineHandles, projectHandles]) {
  for (const h of handles) if (h && !port.validity(h).valid) invalid++;
}
phase('validate');
const joins: Record<string, JoinResult & { ms: number }> = {};
const timed = (name: string, run: () => JoinResult) => {
  const t = performance.now();
  const result = run();
  joins[name] = { ...result, ms: Math.round(performance.now() - t) };
};
timed('GHYDYH×STBHHX', () => overlayJoin(port, redLines, redLineHandles, parcels, parcelHandles, parcelIndex));
timed('GHYDYH×GYXM', () => overlayJoin(port, projects, projectHandles, parcels, parcelHandles, parcelIndex));
timed('YJJBNT×GYXM', () => overlayJoin(port, farmland, farmlandHandles, projects, projectHandles, projectIndex));
phase('check');
port.dispose();
console.log(JSON.stringify({ phases, joins, invalid, counts: { GHYDYH: parcels.indices.length, STBHHX: redLines.indices.length, GYXM: projects.indices.length, YJJBNT: farmland.indices.length } }));
