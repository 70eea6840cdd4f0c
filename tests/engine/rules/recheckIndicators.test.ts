// The incremental re-check on the Jiyuan demo with its targets, where edits feed the indicator rules
// (R19–R21): after each edit the report and the indicator values equal those of a full run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { computeIndicators } from '../../../engine/indicators/computeIndicators.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import type { PlanDocument, PlanFeature, Position } from '../../../engine/model/types.ts';
import { loadRulePack, recheckFeatures, runRules, type RulePack, type RulesRun } from '../../../engine/rules/index.ts';
import { indicatorValuesFor } from '../../../engine/rules/indicatorValuesFor.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

const root = join(import.meta.dirname, '..', '..', '..');
let port: GeometryPort;
let pack: RulePack;
let targets: Targets;
let plans: PlanDocument[];

beforeAll(async () => {
  port = await createGeometryPort();
  const loaded = loadRulePack(JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
  if (!loaded.ok) throw new Error('the default pack does not load');
  pack = loaded.pack;
  targets = JSON.parse(readFileSync(join(root, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
  plans = ['land', 'ecology', 'industry', 'transport'].map((k) => {
    const result = validatePlanBytes(readFileSync(join(root, 'seeds', 'jiyuan', `${k}.json`)), `${k}.json`);
    if (!result.plan) throw new Error(`${k}.json does not validate`);
    return result.plan;
  });
}, 60_000);
afterAll(() => port.dispose());

const moved =
  (dLon: number) =>
  (f: PlanFeature): PlanFeature => {
    if (f.geometry.type !== 'Polygon') throw new Error('polygon expected');
    const shift = (p: Position): Position => [p[0] + dLon, p[1]];
    return { ...f, geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => r.map(shift)) } };
  };

/** The land plan with the first parcel whose code starts with `prefix` changed (or deleted on null). */
function editLand(
  current: PlanDocument[],
  prefix: string,
  change: (f: PlanFeature) => PlanFeature | null,
): { plans: PlanDocument[]; id: string } {
  const land = current.find((p) => p.plan.kind === 'land')!;
  const index = land.features.findIndex((f) => f.layer === 'GHYDYH' && String(f.properties.YDYHFLDM).startsWith(prefix));
  const target = land.features[index]!;
  const features = land.features.flatMap((f, i) => (i === index ? (change(f) ?? []) : [f]));
  return { plans: current.map((p) => (p === land ? { ...land, features } : p)), id: target.id };
}

describe('recheckFeatures with indicator rules', () => {
  it('equals a full run after moving, recoding and deleting parcels that feed the indicators', async () => {
    let current = plans;
    let previous: RulesRun = await runRules({ plans: current, pack, targets }, port);
    const steps: [string, (f: PlanFeature) => PlanFeature | null][] = [
      ['01', moved(0.0003)],
      ['0701', moved(-0.0002)],
      ['01', (f) => ({ ...f, properties: { ...f.properties, YDYHFLDM: '0301' } })],
      ['03', () => null],
      ['01', moved(-0.0003)],
    ];
    for (const [prefix, change] of steps) {
      const edited = editLand(current, prefix, change);
      current = edited.plans;
      const input = { plans: current, pack, targets };
      previous = await recheckFeatures(previous, [edited.id], input, port);
      const full = await runRules(input, port);
      expect(previous.report).toEqual(full.report);
      const values = indicatorValuesFor(input, previous.state);
      const fresh = indicatorValuesFor(input, full.state);
      expect(values.map((v) => [v.indicator, v.townCode, v.value, v.status])).toEqual(
        fresh.map((v) => [v.indicator, v.townCode, v.value, v.status]),
      );
      values.forEach((v, i) => expect(Math.abs(v.areaM2 - fresh[i]!.areaM2)).toBeLessThan(Math.max(0.01, fresh[i]!.areaM2 * 1e-9)));
    }
    expect(port.heldCount()).toBe(0);
  }, 120_000);
});

describe("indicator rules given the caller's values", () => {
  const bowTie = (f: PlanFeature): PlanFeature => {
    if (f.geometry.type !== 'Polygon') throw new Error('polygon expected');
    const [a, b, c, d] = f.geometry.coordinates[0]!;
    return { ...f, geometry: { type: 'Polygon', coordinates: [[a!, c!, b!, d!, a!]] } };
  };
  const indicatorConflicts = (run: RulesRun) => run.report.conflicts.filter((c) => ['R19', 'R20', 'R21'].includes(c.ruleId));

  it('gives the report of computing them, a repaired bow-tie parcel included (the export passes its own)', async () => {
    const { plans: withBowTie } = editLand(plans, '01', bowTie);
    for (const current of [plans, withBowTie]) {
      const computed = await runRules({ plans: current, pack, targets }, port);
      const given = await runRules({ plans: current, pack, targets, indicatorValues: computeIndicators(current, targets, port) }, port);
      expect(indicatorConflicts(computed).length).toBeGreaterThan(0);
      expect(JSON.stringify(given.report)).toBe(JSON.stringify(computed.report));
    }
  });

  it('compares the values given, not values of its own', async () => {
    const values = computeIndicators(plans, targets, port).map((v) => ({ ...v, value: v.value * 3 + 1e6 }));
    const computed = await runRules({ plans, pack, targets }, port);
    const given = await runRules({ plans, pack, targets, indicatorValues: values }, port);
    expect(JSON.stringify(indicatorConflicts(given))).not.toBe(JSON.stringify(indicatorConflicts(computed)));
  });
});

describe('a run no re-check continues (once)', () => {
  it('runs the indicator rules first and gives the same report without keeping the dissolves; a re-check of it still equals a full run', async () => {
    const kept = await runRules({ plans, pack, targets }, port);
    const phases: string[] = [];
    const once = await runRules({ plans, pack, targets }, port, { once: true, onProgress: (_d, _t, phase) => phases.push(phase) });
    // The indicator rules go first (their transient heap is collected under the later rules), the report is the same.
    expect(phases.slice(0, 4)).toEqual(['prepare', 'R19', 'R20', 'R21']);
    expect(phases.slice(4).every((p) => !['R19', 'R20', 'R21'].includes(p))).toBe(true);
    expect(kept.state.cache.has('indicators')).toBe(true);
    expect(once.state.cache.has('indicators')).toBe(false);
    expect(JSON.stringify(once.report)).toBe(JSON.stringify(kept.report));

    const { plans: edited, id } = editLand(plans, '01', moved(0.0004));
    const rechecked = await recheckFeatures(once, [id], { plans: edited, pack, targets }, port);
    const full = await runRules({ plans: edited, pack, targets }, port);
    expect(JSON.stringify(rechecked.report)).toBe(JSON.stringify(full.report));
  }, 120_000);
});
