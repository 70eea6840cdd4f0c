// Areas against Karney's geodesic polygon area (geographiclib, the algorithm behind pyproj.Geod and PostGIS
// geography), the reference our own engine-independent implementation must agree with.
import fc from 'fast-check';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { equalAreaRingAreaM2, MAX_CHORD_DEG } from '../../../engine/geometry/equalAreaRingAreaM2.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { Position } from '../../../engine/model/types.ts';

const karneyPolygon = new geodesic.Geodesic.Geodesic(6378137, 1 / 298.257222101).Polygon(false);

function karneyAreaM2(ring: Position[]): number {
  karneyPolygon.Clear();
  for (const [lon, lat] of ring.slice(0, -1)) karneyPolygon.AddPoint(lat, lon);
  return Math.abs(karneyPolygon.Compute(false, true).area ?? 0);
}

/** A star-shaped ring of `spanDeg` around a centre in China. */
function ring(centre: Position, spanDeg: number, radii: number[]): Position[] {
  const r: Position[] = radii.map((k, i) => {
    const t = (i / radii.length) * 2 * Math.PI;
    return [centre[0] + spanDeg * k * Math.cos(t), centre[1] + spanDeg * k * Math.sin(t)];
  });
  return [...r, r[0]!];
}

const flat = (r: Position[]) => Float64Array.from(r.flatMap((p) => [p[0], p[1]]));

describe('ellipsoidal area', () => {
  it('matches Karney’s geodesic area to 1e-7 (or 1e-3 m²) from parcels to rings 2° across', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73, max: 135, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        fc.constantFrom(0.0001, 0.001, 0.01, 0.1, 0.5, 2),
        fc.array(fc.double({ min: 0.3, max: 0.5, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (lon, lat, span, radii) => {
          const r = ring([lon, lat], span, radii);
          const exact = karneyAreaM2(r);
          const ours = equalAreaRingAreaM2(flat(r), 0, r.length);
          expect(Math.abs(ours - exact)).toBeLessThanOrEqual(Math.max(1e-7 * exact, 1e-3));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('follows geodesic edges on long edges: a 1° triangle agrees with Karney to 2e-8', () => {
    const triangle: Position[] = [
      [112, 34.6],
      [113.2, 34.8],
      [112.5, 35.6],
      [112, 34.6],
    ];
    expect(Math.max(...triangle.slice(1).map((p, i) => Math.abs(p[0] - triangle[i]![0])))).toBeGreaterThan(100 * MAX_CHORD_DEG);
    const exact = karneyAreaM2(triangle);
    expect(Math.abs(equalAreaRingAreaM2(flat(triangle), 0, triangle.length) - exact) / exact).toBeLessThan(2e-8);
  });

  it('agrees with pyproj on a 0.01° square', () => {
    // /usr/bin/python3 -c "from pyproj import Geod; print(Geod(ellps='GRS80').polygon_area_perimeter([112.5, 112.51, 112.51, 112.5], [35, 35, 35.01, 35.01]))"
    const square: Position[] = [
      [112.5, 35],
      [112.51, 35],
      [112.51, 35.01],
      [112.5, 35.01],
      [112.5, 35],
    ];
    expect(ellipsoidalAreaM2({ type: 'Polygon', coordinates: [square] })).toBeCloseTo(1_012_695.4237, 2);
  });

  it('subtracts holes, sums parts, ignores orientation and gives 0 to lines and points', () => {
    const outer = ring([112.5, 35.1], 0.01, [1, 1, 1, 1, 1, 1, 1, 1]);
    const hole = ring([112.5, 35.1], 0.004, [1, 1, 1, 1, 1, 1]).reverse();
    const whole = ellipsoidalAreaM2({ type: 'Polygon', coordinates: [outer] });
    const holeArea = ellipsoidalAreaM2({ type: 'Polygon', coordinates: [hole] });
    expect(ellipsoidalAreaM2({ type: 'Polygon', coordinates: [outer, hole] })).toBeCloseTo(whole - holeArea, 6);
    expect(ellipsoidalAreaM2({ type: 'Polygon', coordinates: [[...outer].reverse()] })).toBeCloseTo(whole, 6);
    expect(ellipsoidalAreaM2({ type: 'MultiPolygon', coordinates: [[outer], [hole]] })).toBeCloseTo(whole + holeArea, 6);
    expect(ellipsoidalAreaM2({ type: 'LineString', coordinates: outer })).toBe(0);
    expect(ellipsoidalAreaM2({ type: 'Point', coordinates: [1, 2] })).toBe(0);
    expect(ellipsoidalAreaM2(null)).toBe(0);
  });
});
