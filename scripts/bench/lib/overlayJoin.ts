// The overlay join the benchmark times on the geometry core: every pair of (a in A, b in B) whose
// geometries intersect, with the ellipsoidal area of a ∩ b. Both sides are held in the port once; the
// smaller side is prepared and iterated, the larger side indexed (flatbush).
// Shortcut: when the prepared polygon covers the candidate, the intersection is the candidate itself.
import Flatbush from 'flatbush';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { storeAreaM2, writeStoreWkb } from '../../../engine/geometry/geometryStore.ts';
import type { GeomHandle, GeometryPort } from '../../../engine/geometry/port.ts';
import { WkbWriter } from '../../../engine/geometry/wkb.ts';
import type { PlanStore } from './readPlanStore.ts';

export interface JoinSide {
  plan: PlanStore;
  indices: Uint32Array;
}

export interface JoinResult {
  /** Pairs whose geometries intersect (touching included), as PostGIS ST_Intersects counts them. */
  intersectingPairs: number;
  /** Pairs sharing ≥ 1 m² (what an overlap rule reports). */
  overlapPairs: number;
  /** Σ intersection areas, m². */
  totalAreaM2: number;
  /** Pairs decided by the covers shortcut (no overlay computed). */
  coveredPairs: number;
}

export function indexSide(side: JoinSide): Flatbush {
  const boxes = side.plan.store.bboxes;
  const index = new Flatbush(Math.max(1, side.indices.length));
  if (side.indices.length === 0) index.add(Infinity, Infinity, -Infinity, -Infinity);
  for (const i of side.indices) index.add(boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!);
  index.finish();
  return index;
}

/**
 * Holds every feature of a side in the port once (from WKB, no GeoJSON objects); `prepared` for the side
 * that is iterated. Returns handles aligned with `side.indices` (0 = no geometry).
 */
export function holdSide(port: GeometryPort, side: JoinSide, prepared: boolean): GeomHandle[] {
  const writer = new WkbWriter();
  const handles: GeomHandle[] = [];
  for (const i of side.indices) {
    writer.reset();
    handles.push(writeStoreWkb(writer, side.plan.store, i) ? port.hold(writer.written(), { prepared }) : (0 as GeomHandle));
  }
  return handles;
}

/** `small` is iterated (its handles prepared); `large` must be indexed by `largeIndex` (indexSide). */
export function overlayJoin(
  port: GeometryPort,
  small: JoinSide,
  smallHandles: readonly GeomHandle[],
  large: JoinSide,
  largeHandles: readonly GeomHandle[],
  largeIndex: Flatbush,
): JoinResult {
  const result: JoinResult = { intersectingPairs: 0, overlapPairs: 0, totalAreaM2: 0, coveredPairs: 0 };
  const sBoxes = small.plan.store.bboxes;
  small.indices.forEach((s, k) => {
    const prepared = smallHandles[k]!;
    if (!prepared) return;
    const found = largeIndex.search(sBoxes[4 * s]!, sBoxes[4 * s + 1]!, sBoxes[4 * s + 2]!, sBoxes[4 * s + 3]!);
    for (const c of found) {
      const candidate = largeHandles[c]!;
      if (!candidate) continue;
      let areaM2: number;
      if (port.covers(prepared, candidate)) {
        areaM2 = storeAreaM2(large.plan.store, large.indices[c]!);
        result.coveredPairs++;
      } else if (port.intersects(prepared, candidate)) {
        areaM2 = ellipsoidalAreaM2(port.intersection(prepared, candidate));
      } else continue;
      result.intersectingPairs++;
      if (areaM2 >= 1) result.overlapPairs++;
      result.totalAreaM2 += areaM2;
    }
  });
  return result;
}
