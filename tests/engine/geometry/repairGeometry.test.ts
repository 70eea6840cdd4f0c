// repairGeometry: GEOS MakeValid for measurement, except that overlapping MultiPolygon parts are unioned (the
// overlap counts once, a part inside another keeps its area) instead of MakeValid's linework turning it into a hole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { repairGeometry } from '../../../engine/geometry/repairGeometry.ts';
import type { Geometry, Position } from '../../../engine/model/types.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const rect = (x: number, y: number, w: number, h: number): Position[][] => [
  [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
    [x, y],
  ],
];
const area = (g: Geometry | null) => ellipsoidalAreaM2(g);

describe('repairGeometry', () => {
  it('keeps a valid geometry as it is', () => {
    const g: Geometry = { type: 'Polygon', coordinates: rect(112.6, 35.1, 0.01, 0.01) };
    expect(repairGeometry(port, g)).toBe(g);
  });

  it('counts the overlap of two parts once: the area of their union', () => {
    const g: Geometry = { type: 'MultiPolygon', coordinates: [rect(112.6, 35.1, 0.01, 0.01), rect(112.605, 35.1, 0.01, 0.01)] };
    expect(area(repairGeometry(port, g))).toBeCloseTo(area({ type: 'Polygon', coordinates: rect(112.6, 35.1, 0.015, 0.01) }), 2);
  });

  it('keeps a part lying inside another (MakeValid alone would make it a hole)', () => {
    const outer = rect(112.6, 35.1, 0.01, 0.01);
    const g: Geometry = { type: 'MultiPolygon', coordinates: [outer, rect(112.603, 35.103, 0.002, 0.002)] };
    expect(area(port.makeValid(g))).toBeLessThan(area({ type: 'Polygon', coordinates: outer }) - 1000);
    expect(area(repairGeometry(port, g))).toBeCloseTo(area({ type: 'Polygon', coordinates: outer }), 2);
  });

  it('still repairs a bow-tie part with both lobes', () => {
    const bow: Position[][] = [
      [
        [112.6, 35.1],
        [112.61, 35.11],
        [112.61, 35.1],
        [112.6, 35.11],
        [112.6, 35.1],
      ],
    ];
    const g: Geometry = { type: 'MultiPolygon', coordinates: [bow, rect(112.7, 35.1, 0.01, 0.01)] };
    expect(area(repairGeometry(port, g))).toBeCloseTo(
      area(port.makeValid({ type: 'Polygon', coordinates: bow })) + area({ type: 'Polygon', coordinates: rect(112.7, 35.1, 0.01, 0.01) }),
      2,
    );
  });
});
