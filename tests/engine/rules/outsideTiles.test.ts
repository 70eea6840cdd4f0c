// `outside` skips, without holding it, a feature lying in grid tiles that GEOS found the union covers whole
// (engine/rules/relations/insideTiles.ts). The report must be the one GEOS gives feature by feature, on a boundary that
// covers some tiles whole, crosses others on a slant, and is edited afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Geometry, Position } from '../../../engine/model/types.ts';
import { recheckFeatures, runRules, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { GRID_PROPS } from './gridLayouts.ts';

const PACK: RulePack = {
  id: 'outside-tiles',
  version: '1',
  title: '范围外测试',
  rules: [
    {
      id: 'O01',
      version: 1,
      title: '用地超出城镇开发边界',
      severity: 'major',
      subject: [{ layer: 'GHYDYH' }],
      object: [{ layer: 'CZKFBJ' }],
      relation: { type: 'outside', minAreaM2: 1 },
      legalBasis: '测试',
      message: '{subject.name} {areaM2}',
    },
  ],
};

const polygon = (ring: Position[]): Geometry => ({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });

/** An L over 0.02° tiles: some tiles whole inside, its east side on a slant, and `notched` without its north-west tile. */
function boundary(notched: boolean): RuleTestFeature {
  const ring: Position[] = notched
    ? [
        [112.5, 35],
        [112.58, 35],
        [112.575, 35.034],
        [112.54, 35.034],
        [112.54, 35.06],
        [112.52, 35.06],
        [112.52, 35.04],
        [112.5, 35.04],
      ]
    : [
        [112.5, 35],
        [112.58, 35],
        [112.575, 35.034],
        [112.54, 35.034],
        [112.54, 35.06],
        [112.5, 35.06],
      ];
  return { id: 'kfbj', layer: 'CZKFBJ', properties: { BSM: '419001000099000001', ...GRID_PROPS.CZKFBJ }, geometry: polygon(ring) };
}

/** Squares of 0.003° every 0.0037° over the L's box and past it: inside, across its edges and the tiles' lines, outside. */
function parcels(): RuleTestFeature[] {
  const out: RuleTestFeature[] = [];
  for (let j = 0; j < 19; j++) {
    for (let i = 0; i < 24; i++) {
      const x = 112.495 + i * 0.0037;
      const y = 34.995 + j * 0.0037;
      const n = out.length;
      out.push({
        id: `p${String(n).padStart(3, '0')}`,
        layer: 'GHYDYH',
        properties: { BSM: `4190010000${String(n).padStart(8, '0')}`, ...GRID_PROPS.GHYDYH },
        geometry: polygon([
          [x, y],
          [x + 0.003, y],
          [x + 0.003, y + 0.003],
          [x, y + 0.003],
        ]),
      });
    }
  }
  return out;
}

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

/** What GEOS says of each parcel alone: the ids whose part outside the boundary reaches 1 m², with that part's area. */
function expected(features: readonly RuleTestFeature[], edge: RuleTestFeature): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of features) {
    const part = port.difference(f.geometry, edge.geometry, { keep: 'polygonal' });
    const area = part === null ? 0 : ellipsoidalAreaM2(part);
    if (area >= 1) out.set(f.id, area);
  }
  return out;
}

function reported(conflicts: readonly { subject: { featureId: string } | null; measure: { areaM2?: number } }[]): Map<string, number> {
  return new Map(conflicts.map((c) => [c.subject!.featureId, c.measure.areaM2!]));
}

describe('outside, with the tiles the union covers', () => {
  it('reports what GEOS gives feature by feature, holding only the features not in covered tiles', async () => {
    const subjects = parcels();
    const edge = boundary(false);
    let holds = 0;
    const counting: GeometryPort = {
      ...port,
      hold: (g, o) => {
        holds++;
        return port.hold(g, o);
      },
    };
    const run = await runRules({ plans: testPlansOf([...subjects, edge]), pack: PACK }, counting);
    const want = expected(subjects, edge);
    const got = reported(run.report.conflicts);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [id, area] of want) expect(got.get(id), id).toBeCloseTo(area, 1);
    // Inside, on the edge and outside: the layout has all three.
    expect(want.size).toBeGreaterThan(50);
    expect(want.size).toBeLessThan(subjects.length - 100);
    // Preparation holds each parcel once to test its validity; the rule holds only those outside covered tiles.
    const held = holds - subjects.length - 1;
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(subjects.length / 2);
  });

  it('forgets the covered tiles when the boundary is edited, as a full run does', async () => {
    const subjects = parcels();
    const first = await runRules({ plans: testPlansOf([...subjects, boundary(false)]), pack: PACK }, port);
    const input = { plans: testPlansOf([...subjects, boundary(true)]), pack: PACK };
    const rechecked = await recheckFeatures(first, ['kfbj'], input, port);
    const full = await runRules(input, port);
    const strip = (c: { key: string; regionHash: string; measure: unknown }) => [c.key, c.regionHash, c.measure];
    expect(rechecked.report.conflicts.map(strip)).toEqual(full.report.conflicts.map(strip));
    // The notch (112.50–112.52 E, 35.04–35.06 N, covered whole before) now leaves parcels outside.
    expect(full.report.conflicts.length).toBeGreaterThan(first.report.conflicts.length + 20);
    expect([...reported(full.report.conflicts).keys()].sort()).toEqual([...expected(subjects, boundary(true)).keys()].sort());
  });
});
