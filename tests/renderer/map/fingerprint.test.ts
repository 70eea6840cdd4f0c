import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Geometry, Position } from '../../../engine/model/types.ts';
import { createFingerprint } from '../../../renderer/map/fingerprint.ts';

const digestOf = (feed: (print: ReturnType<typeof createFingerprint>) => void) => {
  const print = createFingerprint();
  feed(print);
  return print.digest();
};

const position = fc.tuple(fc.double({ noNaN: true, min: -180, max: 180 }), fc.double({ noNaN: true, min: -90, max: 90 }));
const ring = fc.array(position, { minLength: 1, maxLength: 12 }) as fc.Arbitrary<Position[]>;
const polygon = fc.array(ring, { minLength: 1, maxLength: 3 });

describe('createFingerprint', () => {
  it('gives the same digest for the same pieces, and another when any coordinate changes by one bit', () => {
    fc.assert(
      fc.property(fc.array(polygon, { minLength: 1, maxLength: 20 }), fc.nat(), (polygons, pick) => {
        const geometries: Geometry[] = polygons.map((coordinates) => ({ type: 'Polygon', coordinates }));
        const digest = digestOf((p) => geometries.forEach((g) => p.geometry(g)));
        expect(digestOf((p) => geometries.forEach((g) => p.geometry(structuredClone(g))))).toBe(digest);
        expect(digest).toMatch(/^[0-9a-f]{16}$/);
        // One coordinate, the next float64 up.
        const changed = structuredClone(geometries);
        const all = changed.flatMap((g) => (g.type === 'Polygon' ? g.coordinates.flat() : []));
        const p = all[pick % all.length]!;
        const bits = new Float64Array([p[0]!]);
        new BigInt64Array(bits.buffer)[0]! += 1n;
        p[0] = bits[0]!;
        expect(digestOf((q) => changed.forEach((g) => q.geometry(g)))).not.toBe(digest);
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart the order of the pieces, their kind and how positions are grouped into rings', () => {
    const a: Position[] = [
      [1, 2],
      [3, 4],
    ];
    const b: Position[] = [
      [5, 6],
      [7, 8],
    ];
    const digests = [
      digestOf((p) => p.geometry({ type: 'Polygon', coordinates: [a, b] })),
      digestOf((p) => p.geometry({ type: 'Polygon', coordinates: [b, a] })),
      digestOf((p) => p.geometry({ type: 'MultiLineString', coordinates: [a, b] })),
      digestOf((p) => p.geometry({ type: 'Polygon', coordinates: [[...a, ...b]] })),
      digestOf((p) => p.geometry({ type: 'MultiPolygon', coordinates: [[a, b]] })),
      digestOf((p) => p.geometry({ type: 'MultiPolygon', coordinates: [[a], [b]] })),
      digestOf((p) => p.geometry({ type: 'LineString', coordinates: [...a, ...b] })),
      digestOf((p) => {
        p.number(1);
        p.string('rgb(1,2,3)');
      }),
      digestOf((p) => {
        p.string('rgb(1,2,3)');
        p.number(1);
      }),
      digestOf((p) => p.string('rgb(1,2,4)')),
      // More numbers than one buffer holds, so a flush happens mid-way.
      digestOf((p) => {
        for (let i = 0; i < 10_000; i++) p.number(i);
      }),
      digestOf((p) => {
        for (let i = 0; i < 10_000; i++) p.number(i === 9_999 ? -1 : i);
      }),
    ];
    expect(new Set(digests).size).toBe(digests.length);
  });
});
