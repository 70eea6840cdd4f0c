// A geometry written through writeGeometryJson is the text JSON.stringify gives for it, with each coordinate as
// `out.number` writes it: as is, and rounded to the package's precision (what the layers' GeoJSON writes).
import { describe, expect, it } from 'vitest';
import { writeGeometryJson } from '../../../engine/geometry/geometryJson.ts';
import type { Geometry } from '../../../engine/model/types.ts';
import { coordinateAtPrecision, geometryAtPrecision } from '../../../engine/package/precision.ts';

const ring = (x: number, y: number) => [
  [x + 1.23456789012e-10, y],
  [x + 0.001, y - 0],
  [x + 0.001, y + 0.0017777777777],
  [x + 1.23456789012e-10, y],
];

const GEOMETRIES: Geometry[] = [
  { type: 'Point', coordinates: [112.5, -0] },
  { type: 'Point', coordinates: [112.5, 35.1, 123.456789] },
  { type: 'MultiPoint', coordinates: [] },
  {
    type: 'MultiPoint',
    coordinates: [
      [1e-300, 180],
      [-179.9999999999, 1e21],
    ],
  },
  { type: 'LineString', coordinates: ring(112.5, 35).slice(0, 3) },
  { type: 'MultiLineString', coordinates: [ring(112.5, 35).slice(0, 2), ring(112.6, 35)] },
  { type: 'Polygon', coordinates: [ring(112.5, 35), ring(112.5002, 35.0002).reverse()] },
  { type: 'MultiPolygon', coordinates: [[ring(112.6, 35.1)], [ring(112.7, 35.2), ring(112.7001, 35.2001)]] },
] as Geometry[];

function written(g: Geometry, number: (deg: number) => number): string {
  let text = '';
  writeGeometryJson(g, { text: (t) => (text += t), number: (deg) => (text += JSON.stringify(number(deg))) });
  return text;
}

describe('writeGeometryJson', () => {
  it('writes what JSON.stringify writes, as is and at the package precision', () => {
    for (const g of GEOMETRIES) {
      expect(written(g, (deg) => deg)).toBe(JSON.stringify(g));
      expect(written(g, coordinateAtPrecision)).toBe(JSON.stringify(geometryAtPrecision(g)));
    }
  });

  it('leaves out members other than type and coordinates, as the package precision does', () => {
    const g = { type: 'Point', bbox: [1, 2, 1, 2], coordinates: [1, 2] } as Geometry;
    expect(written(g, coordinateAtPrecision)).toBe(JSON.stringify(geometryAtPrecision(g)));
  });
});
