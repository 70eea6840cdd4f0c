// `npm run bench -- resume`: the re-check after a reload (engine/rules/resumeCheck: stored conflicts + the ids
// edited since, no run state) against a full check, on the Jiyuan demo with its default pack and targets, for
// one edited feature per layer kind. Prints wall times; asserts nothing (the property test checks equality).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry, PlanDocument, PlanFeature } from '../../engine/model/index.ts';
import type { RulePack } from '../../engine/rules/index.ts';
import type { Targets } from '../../engine/indicators/index.ts';
import { resumeCheck, runRules } from '../../engine/rules/index.ts';
import { createGeometryPort } from '../../main/node/createGeometryPort.ts';

const root = join(import.meta.dirname, '..', '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const plans = ['land', 'ecology', 'industry', 'transport'].map((k) => read<PlanDocument>(`seeds/jiyuan/${k}.json`));
const pack = read<RulePack>('seeds/rules/jiyuan-default.json');
const targets = read<Targets>('seeds/jiyuan/targets.json');
const port = await createGeometryPort();

const shift = (g: Geometry): Geometry => {
  const move = (c: unknown): unknown => (Array.isArray(c) && typeof c[0] === 'number' ? [(c[0] as number) + 0.0003, c[1]] : Array.isArray(c) ? c.map(move) : c);
  return { ...g, coordinates: move((g as { coordinates: unknown }).coordinates) } as Geometry;
};
const ms = (t: number) => `${(t / 1000).toFixed(2)} s`;

let t = performance.now();
const first = await runRules({ plans, pack, targets }, port);
console.log(`full check: ${ms(performance.now() - t)} (${first.report.conflicts.length} conflicts, ${pack.rules.length} rules)`);
const stored = JSON.parse(JSON.stringify({ pack: first.report.pack, conflicts: first.report.conflicts })) as Parameters<typeof resumeCheck>[0];

for (const layer of ['GHYDYH', 'GYXM', 'STBHHX', 'JTXL']) {
  const target = plans.flatMap((p) => p.features).find((f) => f.layer === layer);
  if (!target) continue;
  const edited = plans.map((p) => ({ ...p, features: p.features.map((f): PlanFeature => (f.id === target.id ? { ...f, geometry: shift(f.geometry) } : f)) }));
  t = performance.now();
  const full = await runRules({ plans: edited, pack, targets }, port);
  const fullMs = performance.now() - t;
  t = performance.now();
  const resumed = await resumeCheck(stored, [target.id], { plans: edited, pack, targets }, port, { now: () => performance.now() });
  const resumeMs = performance.now() - t;
  const same = JSON.stringify(resumed.report.conflicts.map((c) => [c.key, c.regionHash])) === JSON.stringify(full.report.conflicts.map((c) => [c.key, c.regionHash]));
  console.log(`one ${layer} moved 27 m: full ${ms(fullMs)}, resumed ${ms(resumeMs)} (prepare ${ms(resumed.timings.prepareMs)}, rules ${ms(resumed.timings.checkMs)}); same result: ${same}`);
}
port.dispose();
