import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transverseMercator } from '../../../engine/geometry/transverseMercator.ts';
import { crsInfo } from '../../../engine/import/crs/crsCatalog.ts';
import { CS2CS_CONTROL_POINTS as controlPoints } from '../../fixtures/import/cs2csControlPoints.ts';

describe('transverse Mercator', () => {
  it('returns every point within 5° of the central meridian to 1e-9° after a round trip', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73, max: 135, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 15, max: 55, noNaN: true }),
        (lon0, dLon, lat) => {
          const tm = transverseMercator(lon0);
          const [x, y] = tm.forward(lon0 + dLon, lat);
          const [lon, latBack] = tm.inverse(x, y);
          expect(Math.abs(lon - (lon0 + dLon))).toBeLessThan(1e-9);
          expect(Math.abs(latBack - lat)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('projects like PROJ: every Gauss-Krüger control point within 1 mm of cs2cs', () => {
    const projected = controlPoints.filter((p) => crsInfo(p.epsg)!.family !== 'geographic');
    expect(projected.length).toBeGreaterThan(3);
    for (const p of projected) {
      const crs = crsInfo(p.epsg)!;
      const [easting, northing] = transverseMercator(crs.centralMeridianDeg!).forward(p.lon, p.lat);
      expect(Math.abs(easting + crs.falseEastingM! - p.x)).toBeLessThan(0.001);
      expect(Math.abs(northing - p.y)).toBeLessThan(0.001);
    }
  });

  it('has unit scale on the central meridian: 0.001° of latitude is ≈ 110.95 m at 35°N', () => {
    const tm = transverseMercator(112.5);
    const [, y1] = tm.forward(112.5, 35.1);
    const [, y2] = tm.forward(112.5, 35.101);
    expect(y2 - y1).toBeCloseTo(110.95, 1);
    expect(tm.forward(112.5, 35.1)[0]).toBeCloseTo(0, 9);
  });
});
