// The one planar ring toolkit (winding, orientation, point-in-ring) that validation, import and the rules share.
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../engine/model/types.ts';
import {
  orientation,
  pointInRing,
  pointInRingXY,
  ringCrossingParity,
  signedRingArea,
  signedRingAreaXY,
} from '../../../engine/geometry/planarRing.ts';

const ccw: Position[] = [
  [0, 0],
  [4, 0],
  [4, 3],
  [0, 3],
  [0, 0],
];
const cw: Position[] = [...ccw].reverse();
const flat = (ring: Position[]) => Float64Array.from(ring.slice(0, -1).flat());

describe('planarRing', () => {
  it('gives the signed shoelace area, positive counter-clockwise, for closed and open rings alike', () => {
    expect(signedRingArea(ccw)).toBe(12);
    expect(signedRingArea(cw)).toBe(-12);
    expect(signedRingArea(ccw.slice(0, -1))).toBe(12);
    expect(signedRingAreaXY(flat(ccw))).toBe(12);
    expect(signedRingAreaXY(flat(cw))).toBe(-12);
  });

  it('keeps the digits of projected coordinates by measuring from the first vertex', () => {
    const far: Position[] = ccw.map(([x, y]) => [x + 38_500_000.123, y + 3_900_000.456]);
    expect(signedRingAreaXY(flat(far))).toBe(12);
  });

  it('tells left, right and collinear apart', () => {
    expect(orientation(0, 0, 1, 0, 0, 1)).toBe(1);
    expect(orientation(0, 0, 1, 0, 0, -1)).toBe(-1);
    expect(orientation(0, 0, 1, 0, 2, 0)).toBe(0);
  });

  it('locates points inside, outside and on the boundary, in both ring layouts', () => {
    for (const [x, y, where] of [
      [1, 1, 1],
      [5, 1, -1],
      [4, 1.5, 0],
      [0, 0, 0],
      [2, 3, 0],
    ] as const) {
      expect(pointInRing(x, y, ccw), `${x},${y}`).toBe(where);
      expect(pointInRing(x, y, cw), `${x},${y} clockwise`).toBe(where);
      expect(pointInRingXY(x, y, flat(ccw)), `${x},${y} flat`).toBe(where);
    }
  });

  it('counts crossings without a boundary test (even-odd over several rings)', () => {
    expect(ringCrossingParity(1, 1, ccw)).toBe(1);
    expect(ringCrossingParity(5, 1, ccw)).toBe(0);
    const hole: Position[] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
    ];
    expect(ringCrossingParity(1.5, 1.5, ccw) ^ ringCrossingParity(1.5, 1.5, hole)).toBe(0);
  });
});
