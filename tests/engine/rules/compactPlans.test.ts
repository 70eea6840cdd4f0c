// The rules over compacted plans (coordinates in a GeometryStore, compactPlanDocument): the same prepared features
// and the same report byte for byte as over the parsed GeoJSON, for random layouts with lines, points and a repaired
// bow-tie, and for the Jiyuan demo with the default pack; and the run's state retains no parsed coordinates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactPlanDocument, type GeometryPort } from '../../../engine/geometry/index.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { Targets } from '../../../engine/indicators/index.ts';
import type { LayerCode, PlanDocument } from '../../../engine/model/index.ts';
import {
  createRulesState,
  loadRulePack,
  releaseHandles,
  runRules,
  type Rule,
  type RulePack,
  type RuleTestFeature,
} from '../../../engine/rules/index.ts';
import { storedFootprintSlot } from '../../../engine/rules/prepareFeature.ts';
import { footprintAreaM2 } from '../../../engine/rules/rulesState.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { reachableObjects } from '../geometry/reachableObjects.ts';
import { gridFeatureArb, gridFeaturesOf, type GridCell } from './gridLayouts.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const rule = (id: string, subject: LayerCode, object: LayerCode | null, relation: Rule['relation']): Rule => ({
  id,
  version: 1,
  title: id,
  severity: 'major',
  subject: [{ layer: subject }],
  ...(object ? { object: [{ layer: object }] } : {}),
  relation,
  legalBasis: '测试',
  message: '{subject.name} {object.name} {areaM2} {town}',
});

const PACK: RulePack = {
  id: 'compact',
  version: '1',
  title: '紧凑存储',
  rules: [
    rule('C1', 'STBHHX', 'YJJBNT', { type: 'overlaps', minAreaM2: 1 }),
    rule('C2', 'GHYDYH', 'CZKFBJ', { type: 'outside', minAreaM2: 1 }),
    rule('C3', 'GHYDYH', null, { type: 'coverage', within: [{ layer: 'CZKFBJ' }], minAreaM2: 1 }),
    rule('C4', 'GYXM', 'YJJBNT', { type: 'withinDistance', zoneAround: 'subject', distanceM: 30, minAreaM2: 1 }),
    rule('C5', 'GHYDYH', null, { type: 'sliver', minAreaM2: 1, minMeanWidthM: 30 }),
    rule('C6', 'JTXL', 'YJJBNT', { type: 'crosses', minLengthM: 1 }),
    rule('C7', 'JTXL', 'STBHHX', { type: 'overlaps', minAreaM2: 1 }),
    rule('C8', 'JTSS', 'GHYDYH', { type: 'overlaps' }),
    { ...rule('C9', 'GHYDYH', null, { type: 'quality', findings: ['invalid-geometry'] }), subject: [{}] },
  ],
};

const X0 = 112.6;
const Y0 = 35.05;
const STEP = 0.0002;
const at = (x: number, y: number): [number, number] => [X0 + x * STEP, Y0 + y * STEP];

/** A road (JTXL, 10 m corridor), a station point (JTSS) and a bow-tie parcel (repaired by the rules) over the layout. */
function extras(road: readonly [number, number, number, number], station: readonly [number, number]): RuleTestFeature[] {
  return [
    {
      id: 'road',
      layer: 'JTXL',
      properties: { BSM: '419001000077777777', KD: 10, DJ: '国道' },
      geometry: { type: 'LineString', coordinates: [at(road[0], road[1]), at(road[2], road[3]), at(road[2] + 1, road[1])] },
    },
    { id: 'station', layer: 'JTSS', properties: { BSM: '419001000077777778' }, geometry: { type: 'Point', coordinates: at(...station) } },
    {
      id: 'bowtie',
      layer: 'GHYDYH',
      properties: { BSM: '419001000077777779', YDYHFLDM: '0701', YDYHFLMC: '城镇住宅用地' },
      geometry: { type: 'Polygon', coordinates: [[at(2, 2), at(6, 6), at(6, 2), at(2, 6), at(2, 2)]] },
    },
  ];
}

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
}, 60_000);
afterAll(() => port.dispose());

describe('rules over compacted plans', () => {
  it('prepare the same features and give the same report for random layouts', async () => {
    const coord = fc.integer({ min: 0, max: 14 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(gridFeatureArb(), { minLength: 1, maxLength: 10 }),
        fc.tuple(coord, coord, coord, coord),
        fc.tuple(coord, coord),
        async (layout: GridCell[], road, station) => {
          const plans = testPlansOf([...gridFeaturesOf(layout), ...extras(road, station)]);
          const compact = plans.map(compactPlanDocument);
          const a = createRulesState(port, plans);
          const b = createRulesState(port, compact);
          try {
            expect(JSON.stringify(b.features)).toBe(JSON.stringify(a.features));
            expect([...b.handles.keys()]).toEqual([...a.handles.keys()]);
          } finally {
            releaseHandles(a);
            releaseHandles(b);
          }
          const parsed = await runRules({ plans, pack: PACK }, port);
          const stored = await runRules({ plans: compact, pack: PACK }, port);
          expect(JSON.stringify(stored.report)).toBe(JSON.stringify(parsed.report));
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  it('give the Jiyuan demo the same report with the default pack, and the state keeps no parsed coordinates', async () => {
    const plans = ['land', 'ecology', 'industry', 'transport'].map(
      (k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument,
    );
    const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
    const load = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
    if (!load.ok) throw new Error('default pack');
    const pack = load.pack as RulePack;
    const parsedRun = await runRules({ plans, pack, targets }, port);
    const compact = plans.map(compactPlanDocument);
    const storedRun = await runRules({ plans: compact, pack, targets }, port);
    const text = JSON.stringify(storedRun.report);
    expect(storedRun.report.conflicts.length).toBeGreaterThan(100);
    expect(text).toBe(JSON.stringify(parsedRun.report));

    // Every stored polygon's area, read in the store, has the bits of its rebuilt footprint's.
    const storedPolygons = storedRun.state.features.filter((f) => storedFootprintSlot(f) !== null);
    expect(storedPolygons.length).toBeGreaterThan(1000);
    for (const f of storedPolygons) expect(footprintAreaM2(storedRun.state, f)).toBe(ellipsoidalAreaM2(f.footprint));

    // Every polygon's coordinate arrays as parsed: none is reachable from the compacted plans or the run's features.
    const parsed = new Set<object>();
    for (const p of plans)
      for (const f of p.features) if (f.geometry.type !== 'Point') for (const o of reachableObjects(f.geometry)) parsed.add(o);
    const retained = [...reachableObjects([compact, storedRun.state.features])].filter((o) => parsed.has(o));
    expect(retained.length).toBe(0);
    // And the same walk over the parsed run finds them (so the check can fail).
    expect([...reachableObjects(parsedRun.state.features)].filter((o) => parsed.has(o)).length).toBeGreaterThan(1000);
  }, 300_000);
});
