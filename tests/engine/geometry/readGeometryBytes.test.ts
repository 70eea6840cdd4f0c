import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGeometryStoreBuilder, storeGeometry, type GeometryStore } from '../../../engine/geometry/geometryStore.ts';
import { readGeometryBytes } from '../../../engine/geometry/readGeometryBytes.ts';
import { streamGeometryStore } from '../../../engine/geometry/streamGeometryStore.ts';
import type { Geometry, Position } from '../../../engine/model/types.ts';

const encoder = new TextEncoder();

/** Everything observable about a store. */
function snapshot(store: GeometryStore) {
  return {
    count: store.count,
    types: Array.from(store.types),
    featureParts: Array.from(store.featureParts),
    partRings: Array.from(store.partRings),
    ringVertices: Array.from(store.ringVertices),
    coords: Array.from(store.coords),
    bboxes: Array.from(store.bboxes),
  };
}

const coordinate = fc.oneof(
  fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
  fc.constantFrom(0, -0, 112.5123456, 35.1, 1e21, 5e-324),
);
const position = fc.oneof(fc.tuple(coordinate, coordinate), fc.tuple(coordinate, coordinate, coordinate)) as fc.Arbitrary<Position>;
const path = fc.array(position, { maxLength: 6 });
const geometryArb: fc.Arbitrary<Geometry> = fc.oneof(
  position.map((coordinates) => ({ type: 'Point' as const, coordinates })),
  fc.array(position, { maxLength: 5 }).map((coordinates) => ({ type: 'MultiPoint' as const, coordinates })),
  path.map((coordinates) => ({ type: 'LineString' as const, coordinates })),
  fc.array(path, { maxLength: 3 }).map((coordinates) => ({ type: 'MultiLineString' as const, coordinates })),
  fc.array(path, { maxLength: 3 }).map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
  fc.array(fc.array(path, { maxLength: 3 }), { maxLength: 3 }).map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates })),
);

/** JSON text of a geometry with random whitespace between tokens. */
function spaced(geometry: Geometry, spaces: string[]): string {
  let k = 0;
  return JSON.stringify(geometry).replace(/[,:[\]{}]/g, (token) => `${token}${spaces[k++ % spaces.length] ?? ''}`);
}

describe('reading geometry bytes', () => {
  it('stores exactly what the JSON.parse path stores, for every geometry type and number form', () => {
    fc.assert(
      fc.property(
        fc.array(geometryArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom('', ' ', '\n  ', '\t'), { minLength: 1, maxLength: 4 }),
        (geometries, spaces) => {
          const viaJson = createGeometryStoreBuilder(1);
          const viaBytes = createGeometryStoreBuilder(1);
          for (const g of geometries) {
            const text = spaced(g, spaces);
            viaJson.addUnknown(JSON.parse(text));
            if (!readGeometryBytes(viaBytes, encoder.encode(text))) viaBytes.addUnknown(JSON.parse(text));
          }
          expect(snapshot(viaBytes.finish())).toEqual(snapshot(viaJson.finish()));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the common form itself, keeping full double precision', () => {
    const builder = createGeometryStoreBuilder();
    const text = '{"type":"Polygon","coordinates":[[[112.1234567,35.7654321],[112.2,35.1],[-0.000001,1e-7],[112.1234567,35.7654321]]]}';
    expect(readGeometryBytes(builder, encoder.encode(text))).toBe(true);
    expect(storeGeometry(builder.finish(), 0)).toEqual(JSON.parse(text));
  });

  it('declines other forms and leaves the builder untouched', () => {
    const declined = [
      '{"coordinates":[1,2],"type":"Point"}',
      '{"type":"Point","coordinates":[1,2],"bbox":[1,2,1,2]}',
      '{"type":"GeometryCollection","geometries":[]}',
      '{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6],[1,2]]}',
      '{"type":"Point","coordinates":[1]}',
      '{"type":"Point","coordinates":[1,2,"z"]}',
      '{"type":"LineString","coordinates":[[1,2],[3,4],]}',
      '{"type":"Point","coordinates":[01,2]}',
      '{"type":"Point","coordinates":[1.,2]}',
      '{"type":"Point","coordinates":[1e999,2]}',
      '{"type":"Polygon","coordinates":[[1,2]]}',
      '{"ty\\u0070e":"Point","coordinates":[1,2]}',
      '{"type":"Point","coordinates":[1,2]} x',
    ];
    for (const text of declined) {
      const builder = createGeometryStoreBuilder();
      builder.add({ type: 'Point', coordinates: [9, 9] });
      expect(readGeometryBytes(builder, encoder.encode(text)), text).toBe(false);
      builder.add({
        type: 'LineString',
        coordinates: [
          [7, 7],
          [8, 8],
        ],
      });
      const store = builder.finish();
      expect(store.count).toBe(2);
      expect(storeGeometry(store, 0)).toEqual({ type: 'Point', coordinates: [9, 9] });
      expect(storeGeometry(store, 1)).toEqual({
        type: 'LineString',
        coordinates: [
          [7, 7],
          [8, 8],
        ],
      });
    }
  });

  it('gives the same store through the stream whatever form the geometries take', () => {
    const geometries = [
      '{"type":"Point","coordinates":[1,2]}',
      '{"coordinates":[[3,4],[5,6]],"type":"LineString"}',
      '{"type":"Point","coordinates":[1,2],"bbox":[1,2,1,2]}',
      '{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6e0],[1,2]]]}',
      'null',
      '{"type":"Point","coordinates":[1,"x"]}',
    ];
    const text = `{"type":"FeatureCollection","features":[${geometries
      .map((g, i) => `{"type":"Feature","id":${i},"geometry":${g},"properties":{"名称":"地块${i}"}}`)
      .join(',')}]}`;
    const readable: boolean[] = [];
    const stream = streamGeometryStore((f) => readable.push(f.geometryReadable));
    stream.push(encoder.encode(text));
    const store = stream.end();
    const reference = createGeometryStoreBuilder();
    for (const g of geometries) reference.addUnknown(JSON.parse(g));
    expect(snapshot(store)).toEqual(snapshot(reference.finish()));
    expect(readable).toEqual([true, true, true, true, false, false]);
  });
});
