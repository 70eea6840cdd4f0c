// The coverage relation (R25-like) on a 30 × 30 grid of parcels filling a territory of 3 × 3 gap tiles, so
// the middle tile is "clean" and its pairs are settled without GEOS: a duplicated parcel or a missing one
// inside that tile must still be found, with the right area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Geometry } from '../../../engine/model/types.ts';
import { runRules, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

const X0 = 112.6; // a multiple of the 0.02° tile
const Y0 = 35.0;
const STEP = 0.002;
const N = 30;

/** A rectangle between grid lines i0..i1 and j0..j1 (fractional lines allowed); shared lines give the
 *  very same coordinates to both neighbours, as in real coverage data. */
function rect(i0: number, j0: number, i1: number, j1: number): Geometry {
  const [a, b, c, d] = [X0 + i0 * STEP, Y0 + j0 * STEP, X0 + i1 * STEP, Y0 + j1 * STEP];
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
}

function grid(): RuleTestFeature[] {
  const fs: RuleTestFeature[] = [
    { id: 'town', layer: 'XZQ', properties: { XZQDM: '419001001', XZQMC: '沁园街道' }, geometry: rect(0, 0, N, N) },
  ];
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      fs.push({
        id: `p${String(i).padStart(2, '0')}${String(j).padStart(2, '0')}`,
        layer: 'GHYDYH',
        properties: { YDYHFLDM: '0103' },
        geometry: rect(i, j, i + 1, j + 1),
      });
    }
  }
  return fs;
}

const PACK: RulePack = {
  id: 'coverage',
  version: '1',
  title: '覆盖',
  rules: [
    {
      id: 'R25',
      version: 1,
      title: '覆盖',
      severity: 'blocker',
      subject: [{ layer: 'GHYDYH' }],
      relation: { type: 'coverage', within: [{ layer: 'XZQ' }], minAreaM2: 1 },
      legalBasis: '测试',
      message: '{detail} {areaM2}',
    },
  ],
};

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const check = async (features: RuleTestFeature[]) => (await runRules({ plans: testPlansOf(features), pack: PACK }, port)).report.conflicts;

describe('coverage', () => {
  it('finds nothing in a clean grid, settling the middle tile without GEOS', async () => {
    const run = await runRules({ plans: testPlansOf(grid()), pack: PACK }, port);
    expect(run.report.conflicts).toEqual([]);
    const verdicts = run.state.cache.get('cleanTiles:R25') as Map<number, boolean>;
    expect([...verdicts.values()].filter((v) => v).length).toBeGreaterThanOrEqual(1);
  });

  it('finds a duplicated parcel in the middle of a clean area, with its full area', async () => {
    const fs = grid();
    const middle = fs.find((f) => f.id === 'p1515')!;
    const conflicts = await check([...fs, { ...middle, id: 'dup' }]);
    expect(conflicts.map((c) => c.key)).toEqual(['R25:dup:p1515']);
    expect(conflicts[0]!.measure.areaM2).toBeCloseTo(ellipsoidalAreaM2(middle.geometry), 1);
  });

  it('finds a parcel partly overlapping its neighbour in the middle tile', async () => {
    const fs = grid().map((f) => (f.id === 'p1515' ? { ...f, geometry: rect(15, 15, 16.5, 16) } : f));
    const conflicts = await check(fs);
    expect(conflicts.map((c) => c.key)).toEqual(['R25:p1515:p1615']);
    expect(conflicts[0]!.measure.areaM2).toBeCloseTo(ellipsoidalAreaM2(rect(16, 15, 16.5, 16)), 1);
  });

  it('finds the gap a missing parcel leaves, with its area', async () => {
    const fs = grid().filter((f) => f.id !== 'p1414');
    const conflicts = await check(fs);
    expect(conflicts.length).toBe(1);
    expect(conflicts[0]!.key).toMatch(/^R25:gap:[0-9a-f]{16}$/);
    expect(conflicts[0]!.measure.areaM2).toBeCloseTo(ellipsoidalAreaM2(rect(14, 14, 15, 15)), 1);
  });
});
