import { describe, expect, it } from 'vitest';
import { geodesicAreaM2, geodesicLengthM } from '../../../renderer/map/geodesicMeasure.ts';
import { gaussKruger } from '../../../renderer/map/gaussKruger.ts';
import { landUseColour } from '../../../renderer/map/landUseColour.ts';

describe('measures, coordinates and colours', () => {
  // Reference values: /usr/bin/python3 -c "from pyproj import Geod; g = Geod(ellps='GRS80'); ..."
  // g.inv(112.5, 34.5, 112.5, 35.5)[2] and g.polygon_area_perimeter([112.5, 112.51, 112.51, 112.5], [35, 35, 35.01, 35.01]).
  it('agrees with pyproj on GRS80 for a geodesic length and a polygon area', () => {
    expect(
      geodesicLengthM([
        [112.5, 34.5],
        [112.5, 35.5],
      ]),
    ).toBeCloseTo(110_940.5844, 3);
    const area = geodesicAreaM2([
      [112.5, 35],
      [112.51, 35],
      [112.51, 35.01],
      [112.5, 35.01],
      [112.5, 35],
    ]);
    expect(area).toBeCloseTo(1_012_695.4237, 2);
  });

  it('gives CGCS2000 3° Gauss-Krüger coordinates with the zone prefix (Jiyuan city centre: zone 38)', () => {
    const gk = gaussKruger(112.59, 35.09);
    expect(gk.zone).toBe(38);
    expect(gk.centralMeridian).toBe(114);
    expect(gk.x).toBeGreaterThan(38_370_000);
    expect(gk.x).toBeLessThan(38_375_000);
    expect(gk.y).toBeGreaterThan(3_880_000);
    expect(gk.y).toBeLessThan(3_890_000);
  });

  it('colours 用地用海 codes from the national table by the longest prefix', () => {
    expect(landUseColour('1001')).toEqual([187, 150, 116]);
    expect(landUseColour('100102')).toEqual([187, 150, 116]);
    expect(landUseColour('0901')).toEqual([255, 0, 0]);
    expect(landUseColour('1701')).toEqual([51, 142, 192]);
    expect(landUseColour('1401')).toEqual([0, 255, 0]);
    expect(landUseColour(42)).toEqual([210, 210, 210]);
  });
});
