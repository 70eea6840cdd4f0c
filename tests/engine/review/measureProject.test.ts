// measureProject on a hand-made blueprint: per-layer dissolved overlaps and listed features, 用地用海 per code,
// inside/outside 城镇开发边界, towns, touched open conflicts and 待定 areas, indicators moved, determinism.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { IndicatorValue } from '../../../engine/indicators/types.ts';
import type { Resolution } from '../../../engine/resolutions/types.ts';
import { disposeReviewContext, measureProject, prepareReviewContext } from '../../../engine/review/index.ts';
import type { Conflict } from '../../../engine/rules/types.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { blueprintOf, coveragePiece, feature, polygon, projectOf, rect } from './reviewFixture.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port?.dispose());

const area = (...rings: ReturnType<typeof rect>[]) => ellipsoidalAreaM2(polygon(...rings));

// Two farmland parcels overlapping each other in [100,150]×[0,100], a red line, a town, the boundary.
const farmA = feature('YJJBNT', polygon(rect(0, 0, 150, 100)), { BSM: 'N2', DLMC: '水田' });
const farmB = feature('YJJBNT', polygon(rect(100, 0, 400, 100)), { BSM: 'N1', DLMC: '旱地' });
const farmFar = feature('YJJBNT', polygon(rect(5000, 5000, 5100, 5100)), { BSM: 'N3' });
const redLine = feature('STBHHX', polygon(rect(-500, 150, 500, 400)), { BSM: 'H1', HXMC: '水源涵养红线' });
const town = feature('XZQ', polygon(rect(-2000, -2000, 2000, 2000)), { BSM: 'X1', XZQDM: '419001101', XZQMC: '五龙口镇' });
const city = feature('XZQ', polygon(rect(-3000, -3000, 3000, 3000)), { BSM: 'X0', XZQDM: '419001', XZQMC: '济源市' });
const boundary = feature('CZKFBJ', polygon(rect(-1000, -1000, 100, 1000)), { BSM: 'B1', GHFQDM: '010', GHFQMC: '城镇集中建设区' });
const cover = [
  coveragePiece('0103', '旱地', polygon(rect(-3000, -3000, 3000, 50))),
  coveragePiece('1001', '工业用地', polygon(rect(-3000, 50, 3000, 3000))),
];
const dd = {
  id: 'DD-0001',
  geometry: polygon(rect(180, 180, 260, 260)),
  areaM2: area(rect(180, 180, 260, 260)),
  anchor: [0, 0] as [number, number],
};

function conflict(key: string, ring: ReturnType<typeof rect>): Conflict {
  return {
    key,
    regionHash: `h-${key}`,
    ruleId: 'R01',
    ruleVersion: 1,
    title: '测试冲突',
    severity: 'blocker',
    subject: null,
    object: null,
    measure: { areaM2: area(ring) },
    shares: {},
    region: polygon(ring),
    town: null,
    message: 'm',
  } as Conflict;
}

const indicator = (id: IndicatorValue['indicator'], areaM2: number, target?: number, direction: '>=' | '<=' = '>='): IndicatorValue => ({
  indicator: id,
  townCode: null,
  townName: null,
  value: Math.round(areaM2) / 10000,
  unit: 'ha',
  direction,
  areaM2,
  ...(target !== undefined ? { target } : {}),
  status: 'met',
});

// Project: [50, 300] × [-50, 250] m.
const site = rect(50, -50, 300, 250);

describe('measureProject', () => {
  it('measures the dissolved overlap per layer and lists each overlapped feature by BSM', () => {
    const context = prepareReviewContext({ blueprint: blueprintOf([city, town, farmA, farmB, farmFar, redLine, boundary], cover), port });
    const m = measureProject(projectOf([[site]]), context);
    expect(m.areaM2).toBeCloseTo(area(site), 6);
    expect(m.layers.map((l) => l.layer)).toEqual(['YJJBNT', 'CZKFBJ', 'XZQ', 'STBHHX']);
    const farm = m.layers.find((l) => l.layer === 'YJJBNT')!;
    // Dissolved: the parcels' shared strip is counted once.
    expect(farm.areaM2).toBeCloseTo(area(rect(50, 0, 300, 100)), 1);
    expect(farm.features.map((f) => [f.bsm, f.name])).toEqual([
      ['N1', '旱地'],
      ['N2', '水田'],
    ]);
    expect(farm.features[0]!.areaM2).toBeCloseTo(area(rect(100, 0, 300, 100)), 1);
    expect(farm.features[1]!.areaM2).toBeCloseTo(area(rect(50, 0, 150, 100)), 1);
    expect(m.layers.find((l) => l.layer === 'STBHHX')!.areaM2).toBeCloseTo(area(rect(50, 150, 300, 250)), 1);
    expect(m.insideDevelopmentBoundaryM2).toBeCloseTo(area(rect(50, -50, 100, 250)), 1);
    expect(m.outsideDevelopmentBoundaryM2).toBeCloseTo(m.areaM2 - m.insideDevelopmentBoundaryM2, 6);
    expect(m.towns).toEqual([{ code: '419001101', name: '五龙口镇' }]);
    disposeReviewContext(context);
    expect(port.heldCount()).toBe(0);
  });

  it('gives 用地用海 per code from the coverage, largest first', () => {
    const context = prepareReviewContext({ blueprint: blueprintOf([town], cover), port });
    const m = measureProject(projectOf([[site]]), context);
    expect(m.landUse.map((s) => [s.code, s.nameZh])).toEqual([
      ['1001', '工业用地'],
      ['0103', '旱地'],
    ]);
    expect(m.landUse[0]!.areaM2).toBeCloseTo(area(rect(50, 50, 300, 250)), 1);
    expect(m.landUse[1]!.areaM2).toBeCloseTo(area(rect(50, -50, 300, 50)), 1);
    disposeReviewContext(context);
  });

  it('leaves out features touched along an edge or overlapped under 1 m²', () => {
    const touching = feature('YJJBNT', polygon(rect(300, -50, 400, 250)), { BSM: 'T1' });
    const sliver = feature('ZRBHD', polygon(rect(299.997, -50, 400, 250)), { BSM: 'S1', GNFQ: '核心保护区' });
    const context = prepareReviewContext({ blueprint: blueprintOf([touching, sliver]), port });
    const m = measureProject(projectOf([[site]]), context);
    expect(m.layers).toEqual([]);
    disposeReviewContext(context);
  });

  it('counts only the open conflicts and the 待定 areas reaching ≥ 1 m² into the project', () => {
    const open = conflict('R01|a', rect(250, 200, 350, 300));
    const resolved = conflict('R01|b', rect(60, 60, 90, 90));
    const far = conflict('R01|c', rect(900, 900, 950, 950));
    const resolution = {
      conflictKey: 'R01|b',
      regionHash: 'h-R01|b',
      kind: 'exception',
      status: 'decided',
      exception: { approvalNumber: '济政〔2026〕1号' },
    } as unknown as Resolution;
    const context = prepareReviewContext({
      blueprint: blueprintOf([], [], [dd]),
      conflicts: [far, resolved, open],
      resolutions: [resolution],
      asOfDate: '2026-12-04',
      port,
    });
    const m = measureProject(projectOf([[site]]), context);
    expect(m.conflicts.map((c) => c.key)).toEqual(['R01|a']);
    expect(m.conflicts[0]!.areaM2).toBeCloseTo(area(rect(250, 200, 300, 250)), 1);
    expect(m.undetermined).toEqual([{ id: 'DD-0001', areaM2: expect.closeTo(area(rect(180, 180, 260, 250)), 1) }]);
    // A package's list of open keys decides instead of the records.
    const fromKeys = prepareReviewContext({
      blueprint: blueprintOf([]),
      conflicts: [far, resolved, open],
      openConflictKeys: ['R01|b'],
      port,
    });
    expect(measureProject(projectOf([[site]]), fromKeys).conflicts.map((c) => c.key)).toEqual(['R01|b']);
    disposeReviewContext(context);
    disposeReviewContext(fromKeys);
  });

  it('reports the indicators the project would move, with the target it would break', () => {
    const values = [
      indicator('permanentFarmland', 20_000 + area(rect(50, 0, 300, 100)) - 1000, 2),
      indicator('cultivatedLand', 1_000_000, 50),
      indicator('constructionLand', 500_000, 51, '<='),
      indicator('ecoRedLine', 9_000_000),
    ];
    const context = prepareReviewContext({ blueprint: blueprintOf([farmA, farmB, redLine], cover), indicators: values, port });
    const m = measureProject(projectOf([[site]], { NYDYT: '1001' }), context);
    const byId = new Map(m.indicators.map((i) => [i.indicator, i]));
    expect(m.indicators.map((i) => i.indicator)).toEqual(['cultivatedLand', 'permanentFarmland', 'ecoRedLine', 'constructionLand']);
    const farmland = byId.get('permanentFarmland')!;
    expect(farmland.before).toBe(values[0]!.value);
    expect(farmland.after).toBeCloseTo(1.9, 4);
    expect(farmland.violatesTarget).toBe(true);
    // The 旱地 strip is lost; the whole site becomes construction land (1001 was already construction).
    expect(byId.get('cultivatedLand')!.after).toBeCloseTo((1_000_000 - area(rect(50, -50, 300, 50))) / 10000, 3);
    expect(byId.get('cultivatedLand')!.violatesTarget).toBe(false);
    expect(byId.get('constructionLand')!.after).toBeCloseTo((500_000 + area(rect(50, -50, 300, 50))) / 10000, 3);
    expect(byId.get('constructionLand')!.violatesTarget).toBe(true);
    expect(byId.get('ecoRedLine')!.after).toBeCloseTo((9_000_000 - area(rect(50, 150, 300, 250))) / 10000, 3);
    disposeReviewContext(context);
  });

  it('gives the same measurement twice and leaves its inputs as they were', () => {
    const blueprint = blueprintOf([city, town, farmA, farmB, redLine, boundary], cover, [dd]);
    const project = projectOf([[site], [rect(1000, 1000, 1100, 1100)]]);
    const before = JSON.stringify([blueprint, project]);
    const context = prepareReviewContext({ blueprint, port });
    const first = measureProject(project, context);
    const second = measureProject(project, context);
    expect(second).toEqual(first);
    expect(JSON.stringify([blueprint, project])).toBe(before);
    expect(first.projectId).toBe(project.project.id);
    expect(first.projectVersion).toMatch(/^[0-9a-f]{16}$/);
    disposeReviewContext(context);
  });

  it('gives only the area of a project that reaches nothing of the blueprint', () => {
    const context = prepareReviewContext({ blueprint: blueprintOf([city, town, farmA, redLine, boundary], cover, [dd]), port });
    const far = rect(20_000, 20_000, 20_100, 20_100);
    const m = measureProject(projectOf([[far]]), context);
    expect(m.areaM2).toBeCloseTo(area(far), 6);
    expect([m.layers, m.landUse, m.setbacks, m.conflicts, m.undetermined, m.indicators, m.towns]).toEqual([[], [], [], [], [], [], []]);
    expect([m.insideDevelopmentBoundaryM2, m.outsideDevelopmentBoundaryM2]).toEqual([0, m.areaM2]);
    disposeReviewContext(context);
  });

  it('measures a self-intersecting boundary as GEOS repairs it instead of failing', () => {
    const bowTie = [
      [
        [
          ...rect(0, 0, 100, 100).slice(0, 1),
          [112.6 + 100 / 91190, 35.1 + 100 / 110950],
          [112.6 + 100 / 91190, 35.1],
          [112.6, 35.1 + 100 / 110950],
          [112.6, 35.1],
        ],
      ],
    ] as ReturnType<typeof rect>[][];
    const context = prepareReviewContext({ blueprint: blueprintOf([farmA]), port });
    const m = measureProject(projectOf(bowTie), context);
    expect(m.areaM2).toBeGreaterThan(4000);
    expect(m.layers[0]!.layer).toBe('YJJBNT');
    disposeReviewContext(context);
  });
});
