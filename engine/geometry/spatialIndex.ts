// Pure. Static R-tree (flatbush: one ArrayBuffer, transferable to a worker, rebuilt from `index.data` with
// `Flatbush.from`) over a GeometryStore's bounding boxes, and the bbox join that yields candidate pairs.
// For the rules engine: index the OBJECT layer once per run, then `forEachCandidatePair(subjects, index,
// objects, visit)` calls visit(i, j) exactly for the pairs whose boxes touch, in ascending (i, j) order, so
// "bbox-disjoint → skip" costs nothing. A pair's boxes touching does not mean the geometries do.
import Flatbush from 'flatbush';
import type { GeometryStore } from './geometryStore.ts';

export type { Flatbush };

/** Indexes every feature of `store` (features without geometry are never returned by searches). */
export function indexStore(store: GeometryStore, nodeSize = 16): Flatbush {
  // Flatbush needs at least one item; an inverted box matches no search.
  const index = new Flatbush(Math.max(1, store.count), nodeSize);
  const boxes = store.bboxes;
  if (store.count === 0) index.add(Infinity, Infinity, -Infinity, -Infinity);
  for (let i = 0; i < store.count; i++) index.add(boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!);
  index.finish();
  return index;
}

/**
 * Features without geometry are indexed with an inverted box, which no box test matches; but flatbush returns a
 * whole node unchecked when the query contains the node's box, so every search filters them out explicitly.
 */
const hasGeometry = (_index: number, minX: number): boolean => minX !== Infinity;

/** Indices of `store` features whose boxes touch [minX, minY, maxX, maxY], ascending. */
export function searchIndex(index: Flatbush, minX: number, minY: number, maxX: number, maxY: number): number[] {
  return index.search(minX, minY, maxX, maxY, hasGeometry).sort((a, b) => a - b);
}

/**
 * Calls visit(i, j) for every subject feature i and object feature j whose boxes touch (i ascending, then j
 * ascending). `objectIndex` must index `objects` (indexStore). When subjects and objects are the same store,
 * pass `sameStore: true` to get each unordered pair once (i < j) and no self-pairs.
 */
export function forEachCandidatePair(
  subjects: GeometryStore,
  objectIndex: Flatbush,
  visit: (i: number, j: number) => void,
  options?: { sameStore?: boolean },
): void {
  const boxes = subjects.bboxes;
  const sameStore = options?.sameStore === true;
  for (let i = 0; i < subjects.count; i++) {
    const minX = boxes[4 * i]!;
    if (minX === Infinity) continue;
    const found = objectIndex.search(minX, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!, hasGeometry);
    if (found.length === 0) continue;
    found.sort((a, b) => a - b);
    for (const j of found) {
      if (sameStore && j <= i) continue;
      visit(i, j);
    }
  }
}
