import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { bbox } from '../../../engine/geometry/bbox.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { KEPT_FROM_WKB_BYTES, projectedCopies } from '../../../engine/geometry/projectedCopies.ts';
import type { Geometry, Position } from '../../../engine/model/types.ts';

/** A line of `n` vertices from `lon0` eastwards over `spanDeg`, wavy so that its box is not its ends'. */
function wavyLine(lon0: number, lat0: number, spanDeg: number, n: number): Geometry {
  const coordinates: Position[] = [];
  for (let i = 0; i < n; i++) coordinates.push([lon0 + (spanDeg * i) / (n - 1), lat0 + 0.002 * Math.sin(i / 3)]);
  return { type: 'LineString', coordinates };
}

function square(lon: number, lat: number, sizeDeg: number): Geometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + sizeDeg, lat],
        [lon + sizeDeg, lat + sizeDeg],
        [lon, lat + sizeDeg],
        [lon, lat],
      ],
    ],
  };
}

describe('projectedCopies', () => {
  const big = KEPT_FROM_WKB_BYTES;

  it('keeps a large geometry on its meridian only, and finds it by the same object', () => {
    const destroyed: number[] = [];
    const copies = projectedCopies((g) => destroyed.push(g));
    const line = wavyLine(112.5, 35.1, 0.1, 100);
    expect(copies.keep(line, bbox(line), 112.55, 7, big)).toBe(true);
    expect(copies.find(line, 112.55)).toBe(7);
    expect(copies.find(line, 112.56)).toBe(0);
    expect(copies.find(structuredClone(line), 112.55)).toBe(0);
    expect(destroyed).toEqual([]);
  });

  it('does not keep a small geometry', () => {
    const copies = projectedCopies(() => undefined);
    const line = wavyLine(112.5, 35.1, 0.1, 10);
    expect(copies.keep(line, bbox(line), 112.55, 7, big - 1)).toBe(false);
    expect(copies.find(line, 112.55)).toBe(0);
  });

  it("replaces a geometry's copy on another meridian, destroying the old one", () => {
    const destroyed: number[] = [];
    const copies = projectedCopies((g) => destroyed.push(g));
    const line = wavyLine(112.5, 35.1, 0.1, 100);
    copies.keep(line, bbox(line), 112.55, 7, big);
    copies.keep(line, bbox(line), 112.6, 8, big);
    expect(destroyed).toEqual([7]);
    expect(copies.find(line, 112.55)).toBe(0);
    expect(copies.find(line, 112.6)).toBe(8);
  });

  it('destroys the least recently used copy when full, and every copy on clear', () => {
    const destroyed: number[] = [];
    const copies = projectedCopies((g) => destroyed.push(g), 3);
    const lines = [0, 1, 2, 3].map((i) => wavyLine(112.5 + i, 35.1, 0.1, 100));
    copies.keep(lines[0]!, null, 1, 10, big);
    copies.keep(lines[1]!, null, 1, 11, big);
    copies.keep(lines[2]!, null, 1, 12, big);
    // Using the first makes the second the least recently used.
    expect(copies.find(lines[0]!, 1)).toBe(10);
    copies.keep(lines[3]!, null, 1, 13, big);
    expect(destroyed).toEqual([11]);
    expect(copies.find(lines[1]!, 1)).toBe(0);
    copies.clear();
    expect(destroyed.sort()).toEqual([10, 11, 12, 13]);
    expect(copies.find(lines[0]!, 1)).toBe(0);
  });

  it("remembers a kept geometry's box, and computes the others'", () => {
    const copies = projectedCopies(() => undefined);
    const line = wavyLine(112.5, 35.1, 0.1, 100);
    const other = wavyLine(113.5, 35.1, 0.1, 100);
    copies.keep(line, [1, 2, 3, 4], 112.55, 7, big);
    expect(copies.boxOf(line)).toEqual([1, 2, 3, 4]);
    expect(copies.boxOf(other)).toEqual(bbox(other));
  });
});

describe('distanceM with kept projected copies', () => {
  let port: GeometryPort;
  let fresh: GeometryPort;
  beforeAll(async () => {
    port = await createGeometryPort();
    fresh = await createGeometryPort();
  });
  afterAll(() => {
    port.dispose();
    fresh.dispose();
  });

  it('gives the bits of a fresh projection, on the line’s meridian and beyond its ends, through evictions', () => {
    const line = wavyLine(112.5, 35.1, 0.1, 200);
    // Squares along the line (the pair's meridian is the line's) and past both ends (another meridian), at 10–300 m.
    const squares: Geometry[] = [];
    for (let i = 0; i < 60; i++) {
      const lon = 112.47 + (0.16 * i) / 59;
      squares.push(square(lon, 35.1 + 0.0025 + (i % 7) * 0.0004, 0.0003));
    }
    // Forty other large lines, measured in between, push the line's copy out of the 32 kept.
    const others = Array.from({ length: 40 }, (_, k) => wavyLine(112.5 + 0.01 * k, 35.2, 0.05, 100));
    const expected = squares.map((s) => fresh.distanceM(structuredClone(line), s));
    for (let round = 0; round < 2; round++) {
      const got = squares.map((s) => port.distanceM(line, s));
      expect(got).toEqual(expected);
      expect(squares.map((s) => port.distanceM(s, line))).toEqual(squares.map((s) => fresh.distanceM(s, structuredClone(line))));
      for (const o of others) expect(port.distanceM(o, squares[0]!)).toBe(fresh.distanceM(structuredClone(o), squares[0]!));
    }
    expect(expected.every((d) => d > 5 && d < 4000)).toBe(true);
    // Some squares lie past the line’s ends, where the pair’s meridian is not the line’s.
    expect(squares.filter((s) => bbox(s)![0] < 112.5 || bbox(s)![2] > 112.6).length).toBeGreaterThan(10);
    // The same object on both sides.
    expect(port.distanceM(line, line)).toBe(0);
  });
});
