import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import {
  geometryStoreBuffers,
  buildGeometryStore,
  createGeometryStoreBuilder,
  storeAreaM2,
  storeGeometry,
  storePositionCount,
  writeStoreWkb,
  type GeometryStore,
} from '../../../engine/geometry/geometryStore.ts';
import { positionCount } from '../../../engine/geometry/positionCount.ts';
import { writeStoreGeometryJson } from '../../../engine/geometry/storeGeometryJson.ts';
import { decodeWkb, encodeWkb, WkbWriter, writeWkb } from '../../../engine/geometry/wkb.ts';
import { coordinateAtPrecision, geometryAtPrecision } from '../../../engine/package/precision.ts';
import type { Geometry, PlanDocument } from '../../../engine/model/types.ts';

const samples: Geometry[] = [
  { type: 'Point', coordinates: [112.5, 35.1] },
  {
    type: 'MultiPoint',
    coordinates: [
      [112.5, 35.1],
      [112.6, 35.2],
    ],
  },
  {
    type: 'LineString',
    coordinates: [
      [112.5, 35.1],
      [112.6, 35.2],
      [112.7, 35.15],
    ],
  },
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [112.5, 35.1],
        [112.6, 35.2],
      ],
      [
        [112.7, 35.1],
        [112.8, 35.0],
      ],
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        [112.5, 35.1],
        [112.52, 35.1],
        [112.52, 35.12],
        [112.5, 35.12],
        [112.5, 35.1],
      ],
      [
        [112.505, 35.105],
        [112.505, 35.11],
        [112.51, 35.11],
        [112.51, 35.105],
        [112.505, 35.105],
      ],
    ],
  },
  {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [112.5, 35.1],
          [112.51, 35.1],
          [112.51, 35.11],
          [112.5, 35.1],
        ],
      ],
      [
        [
          [112.6, 35.1],
          [112.62, 35.1],
          [112.62, 35.12],
          [112.6, 35.12],
          [112.6, 35.1],
        ],
        [
          [112.605, 35.105],
          [112.605, 35.11],
          [112.61, 35.11],
          [112.605, 35.105],
        ],
      ],
    ],
  },
];

/** The geometry's JSON text as writeStoreGeometryJson writes it, each coordinate through `at`. */
function storeGeometryJson(store: GeometryStore, i: number, at = (value: number) => value): string {
  let json = '';
  writeStoreGeometryJson(store, i, { text: (t) => (json += t), number: (value) => (json += JSON.stringify(at(value))) });
  return json;
}

describe('geometry store', () => {
  it('gives every geometry type back unchanged, and null for a feature without geometry', () => {
    const builder = createGeometryStoreBuilder(1);
    for (const g of samples) builder.add(g);
    builder.add(null);
    const store = builder.finish();
    expect(store.count).toBe(samples.length + 1);
    samples.forEach((g, i) => expect(storeGeometry(store, i)).toEqual(g));
    expect(storeGeometry(store, samples.length)).toBeNull();
  });

  it('writes the same WKB as the GeoJSON encoder, and no WKB for a missing geometry', () => {
    const store = buildGeometryStore({
      type: 'FeatureCollection',
      features: [...samples, null].map((geometry, i) => ({ type: 'Feature', id: `f${i}`, layer: 'GHYDYH', geometry, properties: {} })),
    } as unknown as PlanDocument);
    const writer = new WkbWriter(8);
    samples.forEach((g, i) => {
      writer.reset();
      expect(writeStoreWkb(writer, store, i)).toBe(true);
      expect(writer.written()).toEqual(encodeWkb(g));
      expect(decodeWkb(writer.written())).toEqual(g);
    });
    writer.reset();
    expect(writeStoreWkb(writer, store, samples.length)).toBe(false);
  });

  it('writes, rounding each coordinate, the WKB and JSON of the rounded geometry, and counts its positions', () => {
    // Digits past 1e-9°, and a coordinate that rounds to -0 (written as 0).
    const ragged = samples.map((g) => JSON.parse(JSON.stringify(g).replace(/\d+\.\d+/g, (n) => `${n.padEnd(12, '0')}4999`)) as Geometry);
    ragged.push({ type: 'Point', coordinates: [-1e-12, 35.0000000005] });
    const builder = createGeometryStoreBuilder(1);
    for (const g of ragged) builder.add(g);
    builder.add(null);
    const store = builder.finish();
    const writer = new WkbWriter(8);
    const expected = new WkbWriter(8);
    ragged.forEach((g, i) => {
      const rounded = geometryAtPrecision(g);
      expect(rounded).not.toEqual(g);
      writer.reset();
      writeStoreWkb(writer, store, i, coordinateAtPrecision);
      expected.reset();
      writeWkb(expected, rounded);
      expect(writer.written()).toEqual(expected.written());
      expected.reset();
      writeWkb(expected, g, coordinateAtPrecision);
      expect(writer.written()).toEqual(expected.written());
      expect(storeGeometryJson(store, i, coordinateAtPrecision)).toBe(JSON.stringify(rounded));
      expect(storeGeometryJson(store, i)).toBe(JSON.stringify(g));
      expect(storePositionCount(store, i)).toBe(positionCount(g));
    });
    expect(storeGeometryJson(store, ragged.length)).toBe('null');
    expect(storePositionCount(store, ragged.length)).toBe(0);
  });

  it('measures the same ellipsoidal area as the GeoJSON path, holes subtracted', () => {
    const builder = createGeometryStoreBuilder();
    for (const g of samples) builder.add(g);
    const store = builder.finish();
    samples.forEach((g, i) => expect(storeAreaM2(store, i)).toBe(ellipsoidalAreaM2(g)));
    expect(storeAreaM2(store, 4)).toBeGreaterThan(0);
    expect(storeAreaM2(store, 0)).toBe(0);
  });

  it('gives the bits of the GeoJSON path for multipolygons with holes in several parts (rules read areas there)', () => {
    // A square of side `size` at (x, y) with, per hole size, a smaller square inside it.
    const square = (x: number, y: number, size: number): [number, number][] => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ];
    const part = fc
      .record({ x: fc.double({ min: 112, max: 113, noNaN: true }), y: fc.double({ min: 34.8, max: 35.3, noNaN: true }) })
      .chain(({ x, y }) =>
        fc
          .array(fc.double({ min: 0.0001, max: 0.0009, noNaN: true }), { maxLength: 3 })
          .map((holes) => [square(x, y, 0.003), ...holes.map((h, k) => square(x + 0.0002 + k * 0.001, y + 0.0002, h))]),
      );
    fc.assert(
      fc.property(fc.array(part, { minLength: 2, maxLength: 4 }), (parts) => {
        const g: Geometry = { type: 'MultiPolygon', coordinates: parts };
        const builder = createGeometryStoreBuilder();
        builder.add(g);
        const store = builder.finish();
        expect(storeAreaM2(store, 0)).toBe(ellipsoidalAreaM2(g));
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('records bounding boxes, inverted for a missing geometry', () => {
    const builder = createGeometryStoreBuilder();
    builder.add(samples[2]!);
    builder.add(null);
    const store = builder.finish();
    expect(Array.from(store.bboxes.subarray(0, 4))).toEqual([112.5, 35.1, 112.7, 35.2]);
    expect(Array.from(store.bboxes.subarray(4, 8))).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });

  it('stores an unreadable geometry as none and says so', () => {
    const builder = createGeometryStoreBuilder();
    expect(
      builder.addUnknown({
        type: 'Polygon',
        coordinates: [
          [
            [1, 2],
            ['x', 3],
          ],
        ],
      }).readable,
    ).toBe(false);
    expect(builder.addUnknown({ type: 'GeometryCollection', geometries: [] }).readable).toBe(false);
    expect(builder.addUnknown(null).readable).toBe(false);
    expect(builder.addUnknown(samples[0]).readable).toBe(true);
    const store = builder.finish();
    expect(Array.from(store.types)).toEqual([0, 0, 0, 1]);
  });

  it('drops Z coordinates', () => {
    const builder = createGeometryStoreBuilder();
    builder.add({
      type: 'LineString',
      coordinates: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    });
    expect(storeGeometry(builder.finish(), 0)).toEqual({
      type: 'LineString',
      coordinates: [
        [1, 2],
        [4, 5],
      ],
    });
  });

  it('moves to a worker by transferring its buffers', () => {
    const builder = createGeometryStoreBuilder();
    for (const g of samples) builder.add(g);
    const store = builder.finish();
    const expected = samples.map((_, i) => storeGeometry(store, i));
    const moved = structuredClone(store, { transfer: geometryStoreBuffers(store) });
    expect(store.coords.length).toBe(0); // detached: the data moved rather than copied
    samples.forEach((_, i) => expect(storeGeometry(moved, i)).toEqual(expected[i]));
  });
});
