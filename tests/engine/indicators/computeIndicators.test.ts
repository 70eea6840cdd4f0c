import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../engine/indicators/computeIndicators.ts';
import { INDICATOR_IDS } from '../../../engine/indicators/definitions.ts';
import type { IndicatorId, IndicatorValue, Targets } from '../../../engine/indicators/types.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import land from './fixtures/mini-land.json' with { type: 'json' };
import ecology from './fixtures/mini-ecology.json' with { type: 'json' };
import industry from './fixtures/mini-industry.json' with { type: 'json' };
// Independent values: /usr/bin/python3 tests/engine/indicators/fixtures/reference.py (shapely + pyproj.Geod GRS80).
import reference from './fixtures/reference.json' with { type: 'json' };

type Ref = Record<string, number>;
const plans = [land, ecology, industry] as unknown as PlanDocument[];
const LILIN = '419001106';
const DAYU = '419001107';

/** Within 0.01 % or 0.01 m², whichever is larger (the agreement target). */
function expectAreaClose(actualM2: number, expectedM2: number): void {
  expect(Math.abs(actualM2 - expectedM2)).toBeLessThanOrEqual(Math.max(0.01, expectedM2 * 1e-4));
}

const targets: Targets = {
  schemaVersion: '1.0.0',
  id: 'mini',
  title: '小城指标',
  atRiskMarginPercent: 2,
  baselines: [
    { id: 'urbanConstructionLand2020', valueHa: 100, year: 2020 },
    { id: 'urbanConstructionLand2020', valueHa: 120, year: 2020, planVersion: 'v2' },
    { id: 'urbanConstructionLand2020', townCode: DAYU, valueHa: 100, year: 2020, demo: true },
  ],
  targets: [
    { indicator: 'permanentFarmland', assigned: 90 },
    { indicator: 'permanentFarmland', townCode: LILIN, townName: '梨林镇', assigned: 70, committed: 71 },
    { indicator: 'cultivatedLand', assigned: 200 },
    { indicator: 'cultivatedLand', assigned: 140, planVersion: 'v2' },
    { indicator: 'cultivatedLand', assigned: 100, planVersion: 'v3' },
    { indicator: 'urbanSpaceShare', assigned: 6 },
    { indicator: 'urbanBoundaryExpansion', assigned: 1.3 },
    { indicator: 'redLineConstruction', assigned: 0 },
  ],
};

let port: GeometryPort;
let values: IndicatorValue[];
beforeAll(async () => {
  port = await createGeometryPort();
  values = computeIndicators(plans, targets, port);
});
afterAll(() => port.dispose());

const valueOf = (id: IndicatorId, town: string | null = null): IndicatorValue => {
  const v = values.find((x) => x.indicator === id && x.townCode === town);
  if (!v) throw new Error(`no value for ${id} ${town}`);
  return v;
};

const areaIndicators: [IndicatorId, string][] = [
  ['territory', 'territory'],
  ['cultivatedLand', 'cultivatedLand'],
  ['permanentFarmland', 'permanentFarmland'],
  ['ecoRedLine', 'ecoRedLine'],
  ['urbanBoundary', 'urbanBoundary'],
  ['constructionLand', 'constructionLand'],
  ['urbanRuralConstructionLand', 'urbanRuralConstructionLand'],
  ['forestLand', 'forestLand'],
  ['wetland', 'wetland'],
  ['redLineConstruction', 'redLineConstruction'],
];

describe('computeIndicators', () => {
  it.each(areaIndicators)('measures %s for the whole territory as the dissolved ellipsoidal area', (id, key) => {
    const v = valueOf(id);
    expectAreaClose(v.areaM2, (reference.overallM2 as Ref)[key]!);
    expect(v.unit).toBe('ha');
    expect(v.value).toBe(Math.round(v.areaM2) / 10_000);
  });

  it.each(areaIndicators)('splits %s per town by clipping to each XZQ town', (id, key) => {
    for (const town of [LILIN, DAYU]) {
      expectAreaClose(valueOf(id, town).areaM2, (reference.byTownM2 as Record<string, Ref>)[town]![key]!);
    }
  });

  it('counts overlapping parcels once (dissolve), not as the sum of their areas', () => {
    const cultivated = plans[0]!.features.filter((f) => f.layer === 'GHYDYH' && String(f.properties.YDYHFLDM).startsWith('01'));
    expect(cultivated).toHaveLength(2);
    // The two cultivated parcels overlap by 0.01° × 0.003°: the dissolved total is well below their sum.
    expect(valueOf('cultivatedLand').areaM2).toBeLessThan(0.9 * (reference.overallM2.cultivatedLand + 300_000));
    expectAreaClose(valueOf('cultivatedLand').areaM2, reference.overallM2.cultivatedLand);
  });

  it('keeps farmland outside the territory in the total but in no town', () => {
    const total = valueOf('permanentFarmland').areaM2;
    const inTowns = valueOf('permanentFarmland', LILIN).areaM2 + valueOf('permanentFarmland', DAYU).areaM2;
    expect(total - inTowns).toBeGreaterThan(100_000);
  });

  it('computes the urban space share inside the territory against the territory area', () => {
    const v = valueOf('urbanSpaceShare');
    const expected = (100 * reference.overallM2.urbanBoundaryInTerritory) / reference.overallM2.territory;
    expect(v.unit).toBe('percent');
    expect(v.value).toBeCloseTo(expected, 3);
    expect(v.status).toBe('violated');
    expect(valueOf('urbanSpaceShare', LILIN).value).toBeCloseTo(
      (100 * reference.byTownM2[LILIN].urbanBoundaryInTerritory) / reference.byTownM2[LILIN].territory,
      3,
    );
  });

  it('computes development intensity and the industrial share as ratios of dissolved areas', () => {
    expect(valueOf('developmentIntensity').value).toBeCloseTo(
      (100 * reference.overallM2.constructionLand) / reference.overallM2.territory,
      3,
    );
    expect(valueOf('industrialLandShare').value).toBeCloseTo(
      (100 * reference.overallM2.industrialLand) / reference.overallM2.urbanRuralConstructionLand,
      3,
    );
  });

  it('leaves out a ratio whose denominator is empty (no urban-rural construction land in 梨林镇)', () => {
    expect(values.find((x) => x.indicator === 'industrialLandShare' && x.townCode === LILIN)).toBeUndefined();
  });

  it('divides the urban boundary by the baseline of the plan version (v2: 120 ha)', () => {
    const v = valueOf('urbanBoundaryExpansion');
    expect(v.denominatorM2).toBe(1_200_000);
    expect(v.value).toBeCloseTo(reference.overallM2.urbanBoundary / 1_200_000, 4);
    expect(v.value).toBeLessThan(1.3 * 0.98);
    expect(v.status).toBe('met');
    // Version v1 falls back to the general baseline of 100 ha: 1.46 × exceeds 1.3 ×.
    const [v1] = computeIndicators(plans, targets, port, { ids: ['urbanBoundaryExpansion'], planVersion: 'v1' });
    expect(v1!.value).toBeCloseTo(reference.overallM2.urbanBoundary / 1_000_000, 4);
    expect(v1!.status).toBe('violated');
  });

  it('reports the expansion ratio per town only where the town has a baseline, and flags demo figures', () => {
    const dayu = valueOf('urbanBoundaryExpansion', DAYU);
    expect(dayu.value).toBeCloseTo(reference.byTownM2[DAYU].urbanBoundary / 1_000_000, 4);
    expect(dayu.demo).toBe(true);
    expect(values.find((x) => x.indicator === 'urbanBoundaryExpansion' && x.townCode === LILIN)).toBeUndefined();
  });

  it('reads the target of the land plan version, preferring it over the general entry', () => {
    const v = valueOf('cultivatedLand');
    expect(v.target).toBe(140);
    expect(v.gap).toBeCloseTo(v.value - 140, 4);
    const v3 = computeIndicators(plans, targets, port, { ids: ['cultivatedLand'], planVersion: 'v3' });
    expect(v3[0]!.target).toBe(100);
    const v1 = computeIndicators(plans, targets, port, { ids: ['cultivatedLand'], planVersion: 'v1' });
    expect(v1[0]!.target).toBe(200);
  });

  it('gives each scope its own target (下达) and carries the 落实 figure', () => {
    const lilin = valueOf('permanentFarmland', LILIN);
    expect(lilin.target).toBe(70);
    expect(lilin.committed).toBe(71);
    // 70.89 ha against 70 ha: above the target but within the 2 % margin.
    expect(lilin.value).toBeLessThan(70 * 1.02);
    expect(lilin.status).toBe('atRisk');
    expect(valueOf('permanentFarmland').status).toBe('met');
    expect(valueOf('permanentFarmland', DAYU).status).toBe('noTarget');
  });

  it('flags construction inside the red line against a target of 0', () => {
    const v = valueOf('redLineConstruction');
    expect(v.value).toBeGreaterThan(0);
    expect(v.status).toBe('violated');
  });

  it('returns every indicator in catalogue order, the whole territory before the towns', () => {
    const order = values.map((v) => INDICATOR_IDS.indexOf(v.indicator));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(values[0]!.townCode).toBeNull();
    expect(values.filter((v) => v.indicator === 'territory').map((v) => v.townCode)).toEqual([null, LILIN, DAYU]);
    expect(new Set(values.map((v) => v.indicator))).toEqual(new Set(INDICATOR_IDS));
  });

  it('gives the same values whatever the order of plans and features', () => {
    const shuffled = [industry, ecology, { ...land, features: [...land.features].reverse() }] as unknown as PlanDocument[];
    const again = computeIndicators(shuffled, targets, port, { planVersion: 'v2' });
    expect(again.map((v) => [v.indicator, v.townCode, v.value])).toEqual(values.map((v) => [v.indicator, v.townCode, v.value]));
  });

  it('measures a self-intersecting (bow-tie) parcel as GEOS MakeValid repairs it: both lobes', () => {
    const bowTie: PlanDocument = {
      ...(land as unknown as PlanDocument),
      features: [
        {
          type: 'Feature',
          id: 'bow' as never,
          layer: 'GHYDYH',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [112.6, 35.0],
                [112.61, 35.01],
                [112.61, 35.0],
                [112.6, 35.01],
                [112.6, 35.0],
              ],
            ],
          },
          properties: { BSM: '419001000000000099', YDYHFLDM: '0301' },
        },
      ],
    };
    const [forest] = computeIndicators([bowTie], null, port, { ids: ['forestLand'] });
    // Two triangles of half a 0.01° square each side: together half the square, ≈ 50.7 ha at 35°N.
    const square = computeIndicators(
      [
        {
          ...bowTie,
          features: [
            {
              ...bowTie.features[0]!,
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [112.6, 35.0],
                    [112.61, 35.0],
                    [112.61, 35.01],
                    [112.6, 35.01],
                    [112.6, 35.0],
                  ],
                ],
              },
            },
          ],
        },
      ],
      null,
      port,
      { ids: ['forestLand'] },
    )[0]!;
    expect(forest!.areaM2).toBeCloseTo(square.areaM2 / 2, -1);
    expect(forest!.status).toBe('noTarget');
  });

  it('releases every geometry it held', () => {
    expect(port.heldCount()).toBe(0);
  });
});
