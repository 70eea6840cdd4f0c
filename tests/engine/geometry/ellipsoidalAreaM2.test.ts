import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalAreaRingAreaM2 } from '../../../engine/geometry/equalAreaRingAreaM2.ts';
import { ellipsoidalAreaM2, geodesicRingAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { Position } from '../../../engine/model/types.ts';

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
  it('matches Karney’s geodesic area to 2e-7 (or 1e-3 m²) up to 0.01° and 2e-6 at 0.1°', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73, max: 135, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        fc.constantFrom(0.0001, 0.001, 0.01),
        fc.array(fc.double({ min: 0.3, max: 0.5, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (lon, lat, span, radii) => {
          const r = ring([lon, lat], span, radii);
          const exact = geodesicRingAreaM2(r);
          const fast = equalAreaRingAreaM2(flat(r), 0, r.length);
          expect(Math.abs(fast - exact)).toBeLessThanOrEqual(Math.max(2e-7 * exact, 1e-3));
        },
      ),
      { numRuns: 300 },
    );
    for (const radii of [[1, 0.8, 1, 0.9, 1, 0.7, 1, 1], [1, 0.3, 1], [0.5, 0.5, 0.5, 0.5]]) {
      const big = ring([112.5, 35.1], 0.1, radii);
      const exact = geodesicRingAreaM2(big);
      expect(Math.abs(equalAreaRingAreaM2(flat(big), 0, big.length) - exact) / exact).toBeLessThan(2e-6);
    }
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
