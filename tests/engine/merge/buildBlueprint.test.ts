// buildBlueprint: merge invariants as properties (fast-check over random overlapping parcels): the coverage
// has no overlaps and, with the 待定 areas, covers the territory; merging without resolutions keeps every
// feature; provenance on every feature. Plus precedence, BSM tie-break and resolutions in the provenance.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { buildBlueprint, MIN_PIECE_AREA_M2 } from '../../../engine/merge/buildBlueprint.ts';
import { featureId } from '../../../engine/model/featureId.ts';
import type { Geometry, LayerCode, PlanDocument, PlanId, PlanKind, Properties } from '../../../engine/model/types.ts';
import { createResolution } from '../../../engine/resolutions/index.ts';
import { runRules } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { defaultPolicy, resolutionPack, resolutionPlans } from '../resolutions/resolutionPlans.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const STEP = 0.001;
const cell = (x: number, y: number, w: number, h: number): Geometry => {
  const [a, b, c, d] = [112.6 + x * STEP, 35.0 + y * STEP, 112.6 + (x + w) * STEP, 35.0 + (y + h) * STEP];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [a, b],
        [c, b],
        [c, d],
        [a, d],
        [a, b],
      ],
    ],
  };
};

function plan(kind: PlanKind, id: string, features: [LayerCode, string, Geometry, Properties][]): PlanDocument {
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind,
      id: id as PlanId,
      title: `规划 ${id}`,
      department: '测试',
      version: 'v2',
      period: { start: 2021, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    },
    features: features.map(([layer, bsm, geometry, properties]) => ({
      type: 'Feature',
      id: featureId(id, bsm),
      layer,
      geometry,
      properties: { BSM: bsm, ...properties },
    })),
  };
}

const rectArb = fc.record({
  x: fc.integer({ min: -2, max: 9 }),
  y: fc.integer({ min: -2, max: 9 }),
  w: fc.integer({ min: 1, max: 5 }),
  h: fc.integer({ min: 1, max: 5 }),
});
const parcelArb = fc.record({
  rect: rectArb,
  code: fc.constantFrom('0101', '0701', '1001', '0301'),
  bsm: fc.integer({ min: 1, max: 999 }),
});
const plansArb = fc
  .record({ land: fc.array(parcelArb, { minLength: 0, maxLength: 8 }), industry: fc.array(parcelArb, { minLength: 0, maxLength: 4 }) })
  .map(({ land, industry }) => {
    const bsm = (n: number, i: number) => `419001000${String(n).padStart(3, '0')}${String(i).padStart(6, '0')}`;
    return [
      plan('land', 'p-land', [
        ['XZQ', '419001000000000000', cell(0, 0, 10, 10), { XZQDM: '419001001', XZQMC: '沁园街道' }],
        ...land.map((p, i): [LayerCode, string, Geometry, Properties] => [
          'GHYDYH',
          bsm(p.bsm, i),
          cell(p.rect.x, p.rect.y, p.rect.w, p.rect.h),
          { YDYHFLDM: p.code },
        ]),
      ]),
      plan(
        'industry',
        'p-industry',
        industry.map((p, i): [LayerCode, string, Geometry, Properties] => [
          'GYXM',
          bsm(p.bsm, i + 100),
          cell(p.rect.x, p.rect.y, p.rect.w, p.rect.h),
          { YDYHFLDM: '100101', XMMC: `项目${i}` },
        ]),
      ),
    ];
  });

describe('buildBlueprint', () => {
  it('gives a coverage without overlaps that, with the 待定 areas, covers the territory exactly', () => {
    fc.assert(
      fc.property(plansArb, (plans) => {
        const bp = buildBlueprint(plans, [], defaultPolicy, port);
        const pieces = [...bp.coverage.map((c) => c.geometry), ...bp.undetermined.map((u) => u.geometry)];
        for (let i = 0; i < pieces.length; i++) {
          for (let j = i + 1; j < pieces.length; j++) {
            expect(ellipsoidalAreaM2(port.intersection(pieces[i]!, pieces[j]!, { keep: 'polygonal' }))).toBeLessThan(0.01);
          }
        }
        const sumM2 = [...bp.coverage, ...bp.undetermined].reduce((s, p) => s + p.areaM2, 0);
        const candidates = plans.reduce((n, p) => n + p.features.length, 0);
        // Areas take edges as geodesics, so splitting an edge at a new vertex changes the sum by a few ppm.
        const toleranceM2 = MIN_PIECE_AREA_M2 * (candidates + 1) + 1e-5 * bp.territoryAreaM2!;
        expect(Math.abs(sumM2 - bp.territoryAreaM2!)).toBeLessThan(toleranceM2);
        const territory = plans[0]!.features[0]!.geometry;
        const union = pieces.length > 0 ? port.unaryUnion(pieces, { keep: 'polygonal' }) : null;
        expect(ellipsoidalAreaM2(port.difference(territory, union ?? territory, { keep: 'polygonal' }))).toBeLessThan(toleranceM2);
        for (const c of bp.coverage)
          expect(ellipsoidalAreaM2(port.difference(c.geometry, territory, { keep: 'polygonal' }))).toBeLessThan(0.01);
      }),
      { numRuns: 30, seed: 7 },
    );
  });

  it('keeps every feature when merging without resolutions, each with its provenance', () => {
    fc.assert(
      fc.property(plansArb, (plans) => {
        const bp = buildBlueprint(plans, [], defaultPolicy, port);
        const merged = bp.layers.flatMap((l) => l.features);
        const source = plans.flatMap((p) => p.features.map((f) => ({ f, p })));
        expect(merged).toHaveLength(source.length);
        for (const { f, p } of source) {
          const m = merged.find((x) => x.id === f.id)!;
          expect(m.geometry).toEqual(f.geometry);
          expect(m.properties).toEqual(f.properties);
          expect(m.provenance).toEqual({
            planId: p.plan.id,
            planTitle: p.plan.title,
            planVersion: 'v2',
            sourceFeatureId: f.id,
            resolutions: [],
          });
        }
        expect(buildBlueprint(plans, [], defaultPolicy, port)).toEqual(bp);
      }),
      { numRuns: 30, seed: 11 },
    );
  });

  it('lets the higher-precedence layer win, then the lower BSM, and lists the rest as 待定', () => {
    const plans = [
      plan('land', 'p-land', [
        ['XZQ', '419001000000000000', cell(0, 0, 10, 10), { XZQDM: '419001001' }],
        ['GHYDYH', '419001000000000002', cell(0, 0, 4, 4), { YDYHFLDM: '0701' }],
        ['GHYDYH', '419001000000000001', cell(2, 0, 4, 4), { YDYHFLDM: '0101' }],
      ]),
      plan('industry', 'p-industry', [['GYXM', '419001000000000003', cell(0, 0, 10, 4), { YDYHFLDM: '100101' }]]),
    ];
    const bp = buildBlueprint(plans, [], defaultPolicy, port);
    const byBsm = Object.fromEntries(bp.coverage.map((c) => [c.sourceBsm, c]));
    const cellM2 = ellipsoidalAreaM2(cell(0, 0, 1, 1));
    expect(byBsm['419001000000000001']!.areaM2 / cellM2).toBeCloseTo(16, 1);
    expect(byBsm['419001000000000002']!.areaM2 / cellM2).toBeCloseTo(8, 1);
    expect(byBsm['419001000000000003']!.areaM2 / cellM2).toBeCloseTo(16, 1);
    expect(byBsm['419001000000000001']!.classNameZh).toBe('水田');
    expect(bp.undetermined).toHaveLength(1);
    expect(bp.undetermined[0]!.id).toBe('DD-0001');
    expect(bp.undetermined[0]!.areaM2 / cellM2).toBeCloseTo(60, 0);
  });

  it('lists a gap of 1 m² or more when the parcels nearly cover the territory, and none below', () => {
    const [x0, y0] = [112.6, 35.0];
    const side = 10 * STEP;
    // One parcel: the territory's square less a square notch at its north-east corner, `notch` degrees a side.
    const notched = (notch: number): Geometry => ({
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x0 + side, y0],
          [x0 + side, y0 + side - notch],
          [x0 + side - notch, y0 + side - notch],
          [x0 + side - notch, y0 + side],
          [x0, y0 + side],
          [x0, y0],
        ],
      ],
    });
    const notchM2 = (notch: number) => ellipsoidalAreaM2(cell(10 - notch / STEP, 10 - notch / STEP, notch / STEP, notch / STEP));
    const gapsOf = (notch: number) => {
      const plans = [
        plan('land', 'p-land', [
          ['XZQ', '419001000000000000', cell(0, 0, 10, 10), { XZQDM: '419001001' }],
          ['GHYDYH', '419001000000000001', notch === 0 ? cell(0, 0, 10, 10) : notched(notch), { YDYHFLDM: '0101' }],
        ]),
      ];
      const bp = buildBlueprint(plans, [], defaultPolicy, port);
      expect(bp.territoryAreaM2).toBeCloseTo(ellipsoidalAreaM2(cell(0, 0, 10, 10)), 3);
      return bp.undetermined.map((u) => u.areaM2);
    };
    // About 0.3, 0.8, 1.6 and 4.1 m² (a 1e-5° side is about 0.9 m by 1.1 m here).
    const notches = [0.55e-5, 0.9e-5, 1.25e-5, 2e-5];
    expect(notches.map(notchM2).map((m2) => Math.round(m2 * 10) / 10)).toEqual([0.3, 0.8, 1.6, 4.1]);
    expect(gapsOf(0)).toEqual([]);
    expect(gapsOf(notches[0]!)).toEqual([]);
    expect(gapsOf(notches[1]!)).toEqual([]);
    for (const notch of notches.slice(2)) {
      const gaps = gapsOf(notch);
      expect(gaps).toHaveLength(1);
      expect(gaps[0]!).toBeCloseTo(notchM2(notch), 2);
    }
  });

  it('applies resolutions and names them in the provenance of the features they changed', async () => {
    const plans = resolutionPlans();
    const conflict = (await runRules({ plans, pack: resolutionPack() }, port)).report.conflicts.find(
      (c) => c.ruleId === 'R08' && c.severity === 'blocker',
    )!;
    const result = createResolution(
      {
        conflict,
        kind: 'subjectYields',
        decidedBy: '张三',
        decidedAt: '2026-11-27T10:00:00Z',
        logNumber: '20261127000001',
        reason: '让出农田',
      },
      plans,
      port,
    );
    if (!result.ok) throw new Error('resolution refused');
    const bp = buildBlueprint(plans, [result.resolution], defaultPolicy, port);
    expect(bp.appliedResolutions).toEqual(['20261127000001']);
    const project = bp.layers.find((l) => l.layer === 'GYXM')!.features.find((f) => f.properties['BSM'] === '419001000000000101')!;
    expect(project.provenance.resolutions).toEqual(['20261127000001']);
    expect(project.geometry).toEqual(result.resolution.edits[0]!.after!.geometry);
    expect(bp.layers.flatMap((l) => l.features).filter((f) => f.provenance.resolutions.length > 0)).toHaveLength(1);
  });
});
