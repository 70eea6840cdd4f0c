// Vincenty's inverse and direct solutions against Karney's (geographiclib, as pyproj.Geod), across China and
// from millimetres to 1,000 km.
import fc from 'fast-check';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicDirect } from '../../../engine/geometry/geodesicDirect.ts';
import { geodesicDistanceM, geodesicInverse } from '../../../engine/geometry/geodesicInverse.ts';

const karney = new geodesic.Geodesic.Geodesic(6378137, 1 / 298.257222101);
const DEG = Math.PI / 180;

const pointInChina = fc.tuple(fc.double({ min: 73, max: 135, noNaN: true }), fc.double({ min: 18, max: 53, noNaN: true }));
const offsetDeg = fc
  .constantFrom(1e-8, 1e-5, 1e-3, 0.1, 1, 9)
  .chain((d) => fc.tuple(fc.double({ min: -d, max: d, noNaN: true }), fc.double({ min: -d, max: d, noNaN: true })));

describe('geodesic inverse and direct', () => {
  it('gives Karney’s distance to 1 µm under 100 km and 10 µm to 1,000 km, and his azimuth to the same sideways offset', () => {
    fc.assert(
      fc.property(pointInChina, offsetDeg, ([lon, lat], [dLon, dLat]) => {
        const ref = karney.Inverse(lat, lon, lat + dLat, lon + dLon, geodesic.Geodesic.DISTANCE | geodesic.Geodesic.AZIMUTH);
        const ours = geodesicInverse(lon, lat, lon + dLon, lat + dLat);
        const s12 = ref.s12!;
        const toleranceM = s12 < 100_000 ? 1e-6 : 1e-5;
        expect(Math.abs(ours.distanceM - s12)).toBeLessThanOrEqual(toleranceM);
        const dAz = Math.abs(ours.azimuthRad - ref.azi1! * DEG);
        expect(Math.min(dAz, 2 * Math.PI - dAz) * s12).toBeLessThan(toleranceM);
      }),
      { numRuns: 3000 },
    );
  });

  it('lands where Karney’s inverse started from, to 10 µm', () => {
    fc.assert(
      fc.property(pointInChina, offsetDeg, ([lon, lat], [dLon, dLat]) => {
        const ref = karney.Inverse(lat, lon, lat + dLat, lon + dLon, geodesic.Geodesic.DISTANCE | geodesic.Geodesic.AZIMUTH);
        const [lon2, lat2] = geodesicDirect(lon, lat, ref.azi1! * DEG, ref.s12!);
        expect(karney.Inverse(lat2, lon2, lat + dLat, lon + dLon, geodesic.Geodesic.DISTANCE).s12!).toBeLessThan(1e-5);
      }),
      { numRuns: 2000 },
    );
  });

  it('is 0 between a point and itself, symmetric, and matches pyproj on a meridian', () => {
    expect(geodesicDistanceM(112.5, 35, 112.5, 35)).toBe(0);
    expect(geodesicDistanceM(112.5, 35, 112.61, 35.2)).toBeCloseTo(geodesicDistanceM(112.61, 35.2, 112.5, 35), 9);
    expect(geodesicDistanceM(112.5, 35, 112.61, 35.2)).toBeGreaterThan(20_000);
    // /usr/bin/python3 -c "from pyproj import Geod; print(Geod(ellps='GRS80').inv(112.5, 34.5, 112.5, 35.5)[2])"
    expect(geodesicDistanceM(112.5, 34.5, 112.5, 35.5)).toBeCloseTo(110_940.5844, 3);
  });
});
