import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanFeature } from '../../../engine/model/types.ts';
import { decodeChunk, encodeChunk } from '../../../renderer/db/geometryChunk.ts';
import { fixturePlan } from '../fixtures.ts';

const f = (id: string, geometry: PlanFeature['geometry']): PlanFeature => ({
  type: 'Feature',
  id: id as FeatureId,
  layer: 'JTSS',
  geometry,
  properties: { BSM: id, SFZDXM: true, KD: 12.5, BZ: null },
});

describe('encodeChunk / decodeChunk', () => {
  it('round-trips every geometry type with attributes', () => {
    const features = [
      f('p', { type: 'Point', coordinates: [112.1, 35.2] }),
      f('mp', {
        type: 'MultiPoint',
        coordinates: [
          [112.1, 35.2],
          [112.3, 35.4],
        ],
      }),
      f('l', {
        type: 'LineString',
        coordinates: [
          [112.1, 35.2],
          [112.3, 35.4],
          [112.5, 35.0],
        ],
      }),
      f('ml', {
        type: 'MultiLineString',
        coordinates: [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
            [9, 10],
          ],
        ],
      }),
      f('poly', {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 0],
          ],
          [
            [1, 1],
            [2, 1],
            [2, 2],
            [1, 1],
          ],
        ],
      }),
      f('mpoly', {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [
            [
              [5, 5],
              [6, 5],
              [6, 6],
              [5, 5],
            ],
            [
              [5.2, 5.2],
              [5.4, 5.2],
              [5.4, 5.4],
              [5.2, 5.2],
            ],
          ],
        ],
      }),
    ];
    expect(decodeChunk(encodeChunk(features))).toEqual(features);
  });

  it('stores coordinates in one typed array', () => {
    const plan = fixturePlan('land');
    const chunk = encodeChunk(plan.features);
    expect(chunk.coords).toBeInstanceOf(Float64Array);
    expect(chunk.coords.length).toBe(plan.features.length * 5 * 2);
    expect(decodeChunk(chunk)).toEqual(plan.features);
  });
});
