import { describe, expect, it } from 'vitest';
import { measureKindOf, measureOf } from '../../../engine/geometry/featureMeasure.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../../../engine/model/types.ts';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 35],
      [112.51, 35],
      [112.51, 35.01],
      [112.5, 35.01],
      [112.5, 35],
    ],
  ],
};
// 0.01° of latitude is about 1.11 km everywhere.
const northward: Geometry = {
  type: 'LineString',
  coordinates: [
    [112.5, 35],
    [112.5, 35.01],
  ],
};

describe('featureMeasure', () => {
  it('measures polygons by area, lines by length and points by count', () => {
    expect(measureKindOf(square)).toBe('area');
    expect(measureOf(square, 'area')).toBe(ellipsoidalAreaM2(square));
    expect(measureKindOf(northward)).toBe('length');
    expect(measureOf(northward, 'length')).toBeGreaterThan(1105);
    expect(measureOf(northward, 'length')).toBeLessThan(1115);
    expect(measureKindOf({ type: 'MultiLineString', coordinates: [northward.coordinates] })).toBe('length');
    expect(measureKindOf({ type: 'Point', coordinates: [112.5, 35] })).toBe('points');
    expect(measureOf({ type: 'Point', coordinates: [112.5, 35] }, 'points')).toBe(1);
    expect(
      measureOf(
        {
          type: 'MultiPoint',
          coordinates: [
            [112.5, 35],
            [112.6, 35],
          ],
        },
        'points',
      ),
    ).toBe(2);
  });
});
