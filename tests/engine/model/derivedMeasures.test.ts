import { describe, expect, it } from 'vitest';
import { derivedMeasures } from '../../../engine/model/derivedMeasures.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { geodesicLengthM } from '../../../engine/geometry/geodesicLengthM.ts';
import { roundM2 } from '../../../engine/geometry/areaUnits.ts';
import type { Geometry } from '../../../engine/model/types.ts';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 35.0],
      [112.501, 35.0],
      [112.501, 35.001],
      [112.5, 35.001],
      [112.5, 35.0],
    ],
  ],
};
const line: Geometry = {
  type: 'LineString',
  coordinates: [
    [112.5, 35.0],
    [112.52, 35.01],
  ],
};

describe('derivedMeasures', () => {
  it('sets MJ of a polygon to its GRS80 ellipsoidal area in m² with 2 decimals', () => {
    const props = { BSM: 'a', MJ: 1 };
    const next = derivedMeasures('GHYDYH', square, props);
    expect(next).toEqual({ BSM: 'a', MJ: roundM2(ellipsoidalAreaM2(square)) });
    expect(next!.MJ).toBeCloseTo(ellipsoidalAreaM2(square), 2);
    expect(props).toEqual({ BSM: 'a', MJ: 1 });
  });

  it('writes MJ where the layer defines it even when the feature had none', () => {
    expect(derivedMeasures('GYXM', square, { BSM: 'b' })).toEqual({ BSM: 'b', MJ: roundM2(ellipsoidalAreaM2(square)) });
  });

  it('sets CD of a transport line to its geodesic length in metres', () => {
    const next = derivedMeasures('JTXL', line, { CD: 0 });
    expect(next!.CD).toBe(roundM2(geodesicLengthM(line)));
    expect(next!.CD).toBeGreaterThan(2000);
  });

  it('returns null when the derived fields already match, or for an unknown layer', () => {
    expect(derivedMeasures('GHYDYH', square, { MJ: roundM2(ellipsoidalAreaM2(square)) })).toBeNull();
    expect(derivedMeasures('NOPE', square, { MJ: 1 })).toBeNull();
  });
});
