// candidatePairs lists each pair once, with no set of every pair seen on a full run: a line searched box by box
// along its segments meets a parcel from several boxes, and a re-check's scope reaches a pair from both slots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import type { Geometry, LayerCode } from '../../../engine/model/index.ts';
import { candidatePairs } from '../../../engine/rules/candidatePairs.ts';
import { createRulesState, releaseHandles, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { selectFeatures } from '../../../engine/rules/selectFeatures.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const X0 = 112.6;
const Y0 = 35.05;

function square(x: number, y: number, size: number): Geometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [X0 + x, Y0 + y],
        [X0 + x + size, Y0 + y],
        [X0 + x + size, Y0 + y + size],
        [X0 + x, Y0 + y + size],
        [X0 + x, Y0 + y],
      ],
    ],
  };
}

function feature(id: string, layer: LayerCode, geometry: Geometry): RuleTestFeature {
  return { id, layer, geometry, properties: { YSDM: layer } } as unknown as RuleTestFeature;
}

/** A road that runs east for 0.02° (about ten segment boxes), past a large parcel and three small ones. */
const ROAD = feature('road', 'JTXL', {
  type: 'LineString',
  coordinates: Array.from({ length: 41 }, (_, i) => [X0 + i * 0.0005, Y0 + 0.0001] as [number, number]),
});
const FEATURES = [
  ROAD,
  feature('long', 'GHYDYH', square(0.002, -0.004, 0.012)),
  feature('a', 'GHYDYH', square(0.0005, 0.0002, 0.0003)),
  feature('b', 'GHYDYH', square(0.016, -0.0003, 0.0003)),
  feature('far', 'GHYDYH', square(0.005, 0.01, 0.0003)),
];

function pairsOf(scope?: ReadonlySet<number>): { pairs: [string, string][]; keys: string[] } {
  const state = createRulesState(port, testPlansOf(FEATURES));
  try {
    const roads = selectFeatures(state, [{ layer: 'JTXL' }]);
    const parcels = selectFeatures(state, [{ layer: 'GHYDYH' }]);
    const flat = candidatePairs(state, roads, parcels, { outerSide: 'subject', marginM: () => 20, ...(scope ? { scope } : {}) });
    const pairs: [string, string][] = [];
    for (let i = 0; i < flat.length; i += 2) pairs.push([state.features[flat[i]!]!.id, state.features[flat[i + 1]!]!.id]);
    return { pairs, keys: pairs.map((p) => p.join('→')) };
  } finally {
    releaseHandles(state);
  }
}

describe('candidatePairs', () => {
  it('gives a parcel that several of a line’s segment boxes meet once', () => {
    const { keys } = pairsOf();
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(['road→a', 'road→b', 'road→long']);
  });

  it('gives the same pairs, once each, for a re-check scoped to every slot', () => {
    const all = new Set(FEATURES.map((_, slot) => slot));
    const { keys } = pairsOf(all);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(['road→a', 'road→b', 'road→long']);
  });
});
