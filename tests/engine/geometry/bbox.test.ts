import { describe, expect, it } from 'vitest';
import { bbox, bboxesDisjoint, bboxOfGeometries } from '../../../engine/geometry/bbox.ts';
import type { Geometry } from '../../../engine/model/types.ts';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 35],
      [112.6, 35],
      [112.6, 35.1],
      [112.5, 35.1],
      [112.5, 35],
    ],
  ],
};
const road: Geometry = {
  type: 'LineString',
  coordinates: [
    [112.55, 34.9],
    [112.7, 35.05],
  ],
};

describe('bbox', () => {
  it('bounds every position of a geometry and gives null for no geometry or no coordinates', () => {
    expect(bbox(square)).toEqual([112.5, 35, 112.6, 35.1]);
    expect(bbox(null)).toBeNull();
    expect(bbox({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });

  it('bounds several geometries together, skipping those without coordinates', () => {
    expect(bboxOfGeometries([square, null, road, { type: 'MultiPoint', coordinates: [] }])).toEqual([112.5, 34.9, 112.7, 35.1]);
    expect(bboxOfGeometries([null])).toBeNull();
    expect(bboxOfGeometries([])).toBeNull();
  });

  it('treats touching boxes as not disjoint', () => {
    expect(bboxesDisjoint([0, 0, 1, 1], [1, 0, 2, 1])).toBe(false);
    expect(bboxesDisjoint([0, 0, 1, 1], [1.01, 0, 2, 1])).toBe(true);
  });
});
