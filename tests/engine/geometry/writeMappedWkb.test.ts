// writeMappedWkb projects each position as it writes it: the bytes are those of the projected copy that GEOS's metric
// distances and buffers were given before (mapCoordinates, then writeWkb), for every geometry type.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapCoordinates } from '../../../engine/geometry/mapCoordinates.ts';
import { transverseMercator } from '../../../engine/geometry/transverseMercator.ts';
import { WkbWriter, writeMappedWkb, writeWkb } from '../../../engine/geometry/wkb.ts';
import type { Geometry, Position } from '../../../engine/model/types.ts';

const position = fc.tuple(
  fc.double({ min: 110, max: 114, noNaN: true }),
  fc.double({ min: 33, max: 37, noNaN: true }),
) as fc.Arbitrary<Position>;
const path = fc.array(position, { minLength: 2, maxLength: 12 });
const rings = fc.array(path, { minLength: 1, maxLength: 3 });
const geometry: fc.Arbitrary<Geometry> = fc.oneof(
  position.map((coordinates) => ({ type: 'Point' as const, coordinates })),
  path.map((coordinates) => ({ type: 'MultiPoint' as const, coordinates })),
  path.map((coordinates) => ({ type: 'LineString' as const, coordinates })),
  rings.map((coordinates) => ({ type: 'MultiLineString' as const, coordinates })),
  rings.map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
  fc.array(rings, { minLength: 1, maxLength: 3 }).map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates })),
);

function bytesOf(write: (writer: WkbWriter) => void): Uint8Array {
  const writer = new WkbWriter(16);
  write(writer);
  return writer.written().slice();
}

describe('writeMappedWkb', () => {
  it('writes the bytes of the mapped copy, for every geometry type', () => {
    fc.assert(
      fc.property(geometry, fc.double({ min: 110, max: 114, noNaN: true }), (g, lon0) => {
        const tm = transverseMercator(lon0);
        const copied = bytesOf((w) => writeWkb(w, mapCoordinates(g, tm.forward)));
        expect(bytesOf((w) => writeMappedWkb(w, g, tm.forwardTo))).toEqual(copied);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the geometry as it was', () => {
    const g: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [112.5, 35.1],
          [112.6, 35.1],
          [112.6, 35.2],
          [112.5, 35.1],
        ],
      ],
    };
    const before = structuredClone(g);
    bytesOf((w) => writeMappedWkb(w, g, transverseMercator(112.55).forwardTo));
    expect(g).toEqual(before);
  });
});
