import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGeometryStoreBuilder } from '../../../engine/geometry/geometryStore.ts';
import { forEachCandidatePair, indexStore, searchIndex } from '../../../engine/geometry/spatialIndex.ts';
import type { Geometry } from '../../../engine/model/types.ts';

const box = (x: number, y: number, w: number, h: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
      [x, y],
    ],
  ],
});

const boxArb = fc.tuple(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: 0, max: 20 }),
);

describe('spatial index', () => {
  it('yields exactly the pairs whose boxes touch, in ascending order', () => {
    fc.assert(
      fc.property(fc.array(boxArb, { maxLength: 40 }), fc.array(boxArb, { maxLength: 40 }), (as, bs) => {
        const sb = createGeometryStoreBuilder();
        as.forEach(([x, y, w, h]) => sb.add(box(x, y, w, h)));
        sb.add(null);
        const ob = createGeometryStoreBuilder();
        bs.forEach(([x, y, w, h]) => ob.add(box(x, y, w, h)));
        ob.add(null);
        const subjects = sb.finish();
        const objects = ob.finish();
        const found: [number, number][] = [];
        forEachCandidatePair(subjects, indexStore(objects), (i, j) => found.push([i, j]));
        const expected: [number, number][] = [];
        as.forEach(([x, y, w, h], i) =>
          bs.forEach(([x2, y2, w2, h2], j) => {
            if (!(x + w < x2 || x2 + w2 < x || y + h < y2 || y2 + h2 < y)) expected.push([i, j]);
          }),
        );
        expect(found).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('never yields a feature without geometry, even for a query that covers the whole index', () => {
    // fast-check found it: a point box at the origin contains the root node's box, and flatbush then returned
    // the null feature's inverted box with it.
    const sb = createGeometryStoreBuilder();
    sb.add(box(0, 0, 0, 0));
    const ob = createGeometryStoreBuilder();
    ob.add(box(0, 0, 0, 0));
    ob.add(null);
    const found: [number, number][] = [];
    forEachCandidatePair(sb.finish(), indexStore(ob.finish()), (i, j) => found.push([i, j]));
    expect(found).toEqual([[0, 0]]);
  });

  it('gives each unordered pair once and no self-pairs within one store', () => {
    const b = createGeometryStoreBuilder();
    b.add(box(0, 0, 10, 10));
    b.add(box(5, 5, 10, 10));
    b.add(box(50, 50, 1, 1));
    const store = b.finish();
    const found: [number, number][] = [];
    forEachCandidatePair(store, indexStore(store), (i, j) => found.push([i, j]), { sameStore: true });
    expect(found).toEqual([[0, 1]]);
  });

  it('searches an empty store without error', () => {
    const store = createGeometryStoreBuilder().finish();
    expect(searchIndex(indexStore(store), -1e9, -1e9, 1e9, 1e9)).toEqual([]);
  });
});
