import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { geodesicLengthM } from '../../../engine/geometry/geodesicLengthM.ts';
import { GeometryError, type GeometryPort } from '../../../engine/geometry/port.ts';
import { encodeWkb } from '../../../engine/geometry/wkb.ts';
import type { Geometry } from '../../../engine/model/types.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const M_PER_DEG_LON = 91100;
const M_PER_DEG_LAT = 110950;
/** An axis-aligned rectangle near Jiyuan, in metres from 112.5°E 35.1°N. */
function rect(eastM: number, northM: number, widthM: number, heightM: number): Geometry {
  const x0 = 112.5 + eastM / M_PER_DEG_LON;
  const y0 = 35.1 + northM / M_PER_DEG_LAT;
  const x1 = 112.5 + (eastM + widthM) / M_PER_DEG_LON;
  const y1 = 35.1 + (northM + heightM) / M_PER_DEG_LAT;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  };
}

describe('GEOS geometry port', () => {
  it('keeps only polygons from a polygon intersection and lines from a line ∩ polygon', () => {
    const a = rect(0, 0, 100, 100);
    const line: Geometry = {
      type: 'LineString',
      coordinates: [
        [112.49, 35.1005],
        [112.51, 35.1005],
      ],
    };
    expect(port.intersection(a, line)?.type).toBe('LineString');
    expect(port.intersection(a, rect(100, 0, 50, 50))).toBeNull();
    expect(port.intersection(a, rect(100, 0, 50, 50), { keep: 'lineal' })?.type).toBe('LineString');
    expect(port.intersects(a, rect(100, 0, 50, 50))).toBe(true);
  });

  it('buffers in metres: a 100 m square grows by perimeter × 10 m + the corner arcs', () => {
    const square = rect(0, 0, 100, 100);
    const grown = ellipsoidalAreaM2(port.bufferM(square, 10));
    const expected = ellipsoidalAreaM2(square) + geodesicLengthM(square) * 10 + Math.PI * 100;
    expect(Math.abs(grown - expected) / expected).toBeLessThan(2e-3);
    expect(port.bufferM(square, -60)).toBeNull();
  });

  it('measures a distance in metres the same both ways and zero when touching', () => {
    const a = rect(0, 0, 100, 100);
    const b = rect(130, 0, 100, 100);
    expect(port.distanceM(a, b)).toBeCloseTo(30, 1);
    expect(port.distanceM(b, a)).toBeCloseTo(port.distanceM(a, b), 9);
    expect(port.distanceM(a, rect(100, 0, 10, 10))).toBe(0);
  });

  it('dissolves many polygons and returns null for none', () => {
    const union = port.unaryUnion([rect(0, 0, 100, 100), rect(100, 0, 100, 100), rect(300, 0, 10, 10)]);
    expect(union?.type).toBe('MultiPolygon');
    if (union?.type === 'MultiPolygon') expect(union.coordinates).toHaveLength(2);
    expect(port.unaryUnion([])).toBeNull();
  });

  it('puts the surface point inside the polygon', () => {
    const u: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const p = port.pointOnSurface(u)!;
    expect(port.covers(u, { type: 'Point', coordinates: p })).toBe(true);
  });

  it('holds WKB and GeoJSON, counts holds, and ignores a second release', () => {
    const h1 = port.hold(encodeWkb(rect(0, 0, 10, 10)));
    const h2 = port.hold(rect(5, 5, 10, 10), { prepared: true });
    expect(port.heldCount()).toBe(2);
    expect(port.intersects(h2, h1)).toBe(true);
    port.release(h1);
    port.release(h1);
    expect(port.heldCount()).toBe(1);
    expect(() => port.intersection(h1, h2)).toThrow(GeometryError);
    port.release(h2);
    expect(port.heldCount()).toBe(0);
  });

  it('reports a collapsed ring as invalid instead of failing, and gives no overlap for it', () => {
    const broken: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    expect(port.validity(broken)).toMatchObject({ valid: false, reason: 'Too few points in geometry component' });
    expect(port.intersection(broken, rect(0, 0, 1, 1))).toBeNull();
  });

  it('throws a GeometryError with GEOS’s message for unreadable WKB, and keeps working afterwards', () => {
    expect(() => port.hold(new Uint8Array([1, 3, 0, 0, 0, 5]))).toThrow(/hold: ParseException/);
    expect(() => port.hold(new Uint8Array([1, 3, 0, 0, 0, 5]))).toThrow(GeometryError);
    expect(port.heldCount()).toBe(0);
    expect(port.intersection(rect(0, 0, 10, 10), rect(5, 5, 10, 10))?.type).toBe('Polygon');
  });

  it('reports a hole outside its shell and repairs it into two polygons', () => {
    const g: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
        [
          [2, 2],
          [3, 2],
          [3, 3],
          [2, 3],
          [2, 2],
        ],
      ],
    };
    const validity = port.validity(g);
    expect(validity).toMatchObject({ valid: false, reason: 'Hole lies outside shell' });
    expect(port.makeValid(g)?.type).toBe('MultiPolygon');
  });

  it('refuses to work after dispose', async () => {
    const own = await createGeometryPort();
    own.hold(rect(0, 0, 1, 1));
    own.dispose();
    expect(() => own.intersects(rect(0, 0, 1, 1), rect(0, 0, 1, 1))).toThrow(GeometryError);
  });
});
