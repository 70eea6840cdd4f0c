// Property tests (fast-check) of the GEOS port's overlay measured on the ellipsoid.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Geometry, Position } from '../../../engine/model/types.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const M_PER_DEG_LON = 91100;
const M_PER_DEG_LAT = 110950;

/** A star-shaped (so simple, valid) parcel of 30–300 m radius near Jiyuan. */
const parcelArb = fc
  .record({
    eastM: fc.double({ min: -300, max: 300, noNaN: true }),
    northM: fc.double({ min: -300, max: 300, noNaN: true }),
    radiusM: fc.double({ min: 30, max: 300, noNaN: true }),
    spokes: fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 24 }),
    scales: fc.array(fc.double({ min: 0.5, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
  })
  .filter(({ spokes }) => {
    // Every gap between consecutive spokes below 180° keeps the centre inside and the ring simple.
    const sorted = [...spokes].sort((a, b) => a - b);
    return sorted.every((a, i) => ((sorted[(i + 1) % sorted.length]! - a + 360) % 360 || 360) < 180);
  })
  .map(({ eastM, northM, radiusM, spokes, scales }): Position[] => {
    const ring: Position[] = [...spokes]
      .sort((a, b) => a - b)
      .map((deg, i) => {
        const r = radiusM * scales[i]!;
        const x = eastM + r * Math.cos((deg * Math.PI) / 180);
        const y = northM + r * Math.sin((deg * Math.PI) / 180);
        return [112.5 + x / M_PER_DEG_LON, 35.1 + y / M_PER_DEG_LAT];
      });
    ring.push(ring[0]!);
    return ring;
  });

const polygon = (ring: Position[]): Geometry => ({ type: 'Polygon', coordinates: [ring] });

/** Same ring starting at another vertex. */
function rotate(ring: Position[], by: number): Position[] {
  const open = ring.slice(0, -1);
  const k = by % open.length;
  const rotated = [...open.slice(k), ...open.slice(0, k)];
  return [...rotated, rotated[0]!];
}

const tolerance = (m2: number) => Math.max(1e-4 * m2, 0.01);

describe('overlay properties', () => {
  it('measures the same intersection area whichever polygon comes first', () => {
    fc.assert(
      fc.property(parcelArb, parcelArb, (a, b) => {
        const ab = ellipsoidalAreaM2(port.intersection(polygon(a), polygon(b)));
        const ba = ellipsoidalAreaM2(port.intersection(polygon(b), polygon(a)));
        expect(Math.abs(ab - ba)).toBeLessThanOrEqual(tolerance(ab));
      }),
      { numRuns: 150 },
    );
  });

  it('measures the same intersection area whatever vertex a ring starts at or which way it turns', () => {
    fc.assert(
      fc.property(parcelArb, parcelArb, fc.nat(), fc.boolean(), (a, b, by, reverse) => {
        const before = ellipsoidalAreaM2(port.intersection(polygon(a), polygon(b)));
        const moved = rotate(a, by);
        const after = ellipsoidalAreaM2(port.intersection(polygon(reverse ? [...moved].reverse() : moved), polygon(b)));
        expect(Math.abs(before - after)).toBeLessThanOrEqual(tolerance(before));
      }),
      { numRuns: 150 },
    );
  });

  it('satisfies area(A ∪ B) = area(A) + area(B) − area(A ∩ B)', () => {
    fc.assert(
      fc.property(parcelArb, parcelArb, (a, b) => {
        const A = polygon(a);
        const B = polygon(b);
        const union = ellipsoidalAreaM2(port.unaryUnion([A, B]));
        const sum = ellipsoidalAreaM2(A) + ellipsoidalAreaM2(B) - ellipsoidalAreaM2(port.intersection(A, B));
        expect(Math.abs(union - sum)).toBeLessThanOrEqual(tolerance(union));
      }),
      { numRuns: 150 },
    );
  });

  it('splits A into A ∩ B and A − B without losing area', () => {
    fc.assert(
      fc.property(parcelArb, parcelArb, (a, b) => {
        const A = polygon(a);
        const B = polygon(b);
        const parts = ellipsoidalAreaM2(port.intersection(A, B)) + ellipsoidalAreaM2(port.difference(A, B));
        const whole = ellipsoidalAreaM2(A);
        expect(Math.abs(parts - whole)).toBeLessThanOrEqual(tolerance(whole));
      }),
      { numRuns: 100 },
    );
  });

  it('agrees between held (prepared) and GeoJSON inputs', () => {
    fc.assert(
      fc.property(parcelArb, parcelArb, (a, b) => {
        const A = polygon(a);
        const B = polygon(b);
        const ha = port.hold(A, { prepared: true });
        const hb = port.hold(B);
        expect(port.intersects(ha, hb)).toBe(port.intersects(A, B));
        expect(port.covers(ha, hb)).toBe(port.covers(A, B));
        expect(port.intersection(ha, hb)).toEqual(port.intersection(A, B));
        port.release(ha);
        port.release(hb);
      }),
      { numRuns: 100 },
    );
    expect(port.heldCount()).toBe(0);
  });
});
