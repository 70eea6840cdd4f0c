// The package's stated precision: each kind of float rounded in one place, and a blueprint, conflict or
// indicator whose floats differ only in the last bits (as Chromium's and Node's Math functions make them)
// comes out identical; inputs are not mutated.
import { describe, expect, it } from 'vitest';
import { assignGeometryOf, compactPlanDocument, storeOfFeature } from '../../../engine/geometry/compactPlanDocument.ts';
import type { Blueprint, CoverageFeature } from '../../../engine/model/blueprint.ts';
import type { FeatureId, PlanDocument, Position } from '../../../engine/model/types.ts';
import type { IndicatorValue } from '../../../engine/indicators/types.ts';
import {
  areaM2AtPrecision,
  atPackagePrecision,
  coordinateAtPrecision,
  geometryAtPrecision,
  hectaresAtPrecision,
  lengthMAtPrecision,
  muAtPrecision,
  shareAtPrecision,
} from '../../../engine/package/precision.ts';
import type { PackageConflict } from '../../../engine/package/types.ts';

/** The next representable double above x (a last-bit difference). */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + (x >= 0 ? 1n : -1n));
  return view.getFloat64(0);
}

const ring = (d: number): Position[] => [
  [112.123456789123, 35.2],
  [112.2 + d, 35.2],
  [112.2, 35.300000000049 + d],
  [112.123456789123, 35.2],
];

function inputs(bump: (x: number) => number) {
  const blueprint: Blueprint = {
    layers: [
      {
        layer: 'YJJBNT',
        features: [
          {
            id: 'f1' as FeatureId,
            layer: 'YJJBNT',
            geometry: { type: 'Polygon', coordinates: [ring(0).map(([x, y]) => [bump(x!), y!] as Position)] },
            properties: { BSM: '1', MJ: 10.5 },
            provenance: { planId: 'p', planTitle: 'P', planVersion: '1', sourceFeatureId: 'f1', resolutions: [] },
          },
        ],
      },
    ],
    coverage: [
      {
        id: 'c1',
        classCode: '0101',
        classNameZh: '水田',
        sourceLayer: 'GHYDYH',
        sourceFeatureId: 'a',
        sourceBsm: null,
        planId: 'p',
        rank: 0,
        geometry: { type: 'Polygon', coordinates: [ring(0)] },
        areaM2: bump(2212712468.758594),
      },
    ],
    undetermined: [
      {
        id: 'DD-0001',
        geometry: { type: 'Polygon', coordinates: [ring(0)] },
        areaM2: bump(3612.3456789),
        anchor: [bump(112.1500000001234), 35.25],
      },
    ],
    territoryAreaM2: bump(1.9e9 + 0.123456),
    appliedResolutions: [],
    skippedResolutions: [],
  };
  const conflict = {
    key: 'R08:a:b',
    regionHash: 'h',
    ruleId: 'R08',
    title: '占用',
    severity: 'blocker',
    subject: null,
    object: null,
    measure: { areaM2: bump(587614.2549999), distanceM: bump(12.3449999), meanWidthM: bump(3.3333333), unit: 'm' },
    shares: { subject: bump(0.12345678), object: 0.5 },
    region: {
      type: 'LineString',
      coordinates: [
        [bump(112.3), 35.21217895667296],
        [112.4, bump(35.212178956672965)],
      ],
    },
    town: null,
    message: 'm',
  } as PackageConflict;
  const indicator: IndicatorValue = {
    indicator: 'territory',
    townCode: null,
    townName: null,
    value: bump(221271.2469),
    unit: 'ha',
    direction: '>=',
    areaM2: bump(2212712468.758594),
    denominatorM2: bump(39433346.05340012),
    status: 'noTarget',
    gap: bump(0.1) - 0.3,
  };
  return { blueprint, conflicts: [conflict], indicators: [indicator] };
}

describe('package precision', () => {
  it('rounds each kind at its stated precision', () => {
    expect(areaM2AtPrecision(2212712468.758594)).toBe(2212712468.76);
    expect(hectaresAtPrecision(12_345.678)).toBe(1.2346);
    expect(muAtPrecision(1000)).toBe(1.5);
    expect(lengthMAtPrecision(1.005)).toBe(1.01);
    expect(shareAtPrecision(0.123456789)).toBe(0.123457);
    expect(coordinateAtPrecision(112.62134902957551)).toBe(112.62134903);
    expect(coordinateAtPrecision(-0.0000000001)).toBe(0);
    expect(geometryAtPrecision({ type: 'MultiPolygon', coordinates: [[ring(0)]] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [112.123456789, 35.2],
            [112.2, 35.2],
            [112.2, 35.3],
            [112.123456789, 35.2],
          ],
        ],
      ],
    });
  });

  it('gives the same values when the computed floats differ in their last bit', () => {
    const a = atPackagePrecision(inputs((x) => x));
    const b = atPackagePrecision(inputs(nextUp));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.indicators[0]).toMatchObject({ areaM2: 2212712468.76, denominatorM2: 39433346.05, gap: -0.2 });
    expect(a.conflicts[0]!.measure).toEqual({ areaM2: 587614.25, distanceM: 12.34, meanWidthM: 3.33, unit: 'm' });
    expect((a.conflicts[0] as unknown as { shares: unknown }).shares).toEqual({ subject: 0.123457, object: 0.5 });
    expect(a.blueprint.undetermined[0]!.anchor).toEqual([112.15, 35.25]);
    expect(a.blueprint.territoryAreaM2).toBe(1900000000.12);
  });

  it('keeps the field order and leaves its input untouched', () => {
    const given = inputs((x) => x);
    const copy = structuredClone(given);
    const out = atPackagePrecision(given);
    expect(given).toEqual(copy);
    expect(Object.keys(out.conflicts[0]!)).toEqual(Object.keys(given.conflicts[0]!));
    expect(Object.keys(out.conflicts[0]!.measure)).toEqual(Object.keys(given.conflicts[0]!.measure));
    expect(Object.keys(out.indicators[0]!)).toEqual(Object.keys(given.indicators[0]!));
  });

  it("rounds a stored coverage piece's area and leaves its geometry in the store, unbuilt", () => {
    const plan = compactPlanDocument({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'a', layer: 'GHYDYH', geometry: { type: 'Polygon', coordinates: [ring(0)] }, properties: {} }],
    } as unknown as PlanDocument);
    const given = inputs((x) => x);
    const piece = { ...given.blueprint.coverage[0]! } as Partial<CoverageFeature>;
    delete piece.geometry;
    const areaM2 = piece.areaM2!;
    delete piece.areaM2;
    assignGeometryOf(piece, plan.features[0]!);
    piece.areaM2 = areaM2;
    const blueprint = { ...given.blueprint, coverage: [piece as CoverageFeature] };
    const out = atPackagePrecision({ ...given, blueprint }, { featureGeometries: false }).blueprint.coverage[0]!;
    // Still a read-through of the plan's store slot: the writers find the slot, and nothing holds built coordinates.
    expect(storeOfFeature(out)).toBe(storeOfFeature(plan.features[0]!));
    expect(Object.getOwnPropertyDescriptor(out, 'geometry')?.get).toBeTypeOf('function');
    expect(out.geometry).toEqual(plan.features[0]!.geometry);
    expect(out.areaM2).toBe(2212712468.76);
    expect(Object.keys(out)).toEqual(Object.keys(piece));
  });
});
