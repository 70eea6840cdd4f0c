// Pure (geometry through the port). A static collection of blueprint items (features, coverage pieces, 待定
// areas, conflict regions) with a flatbush index over their boxes, built once per review context; each item's
// geometry is checked and held in the port only when a project first reaches it (invalid ones repaired as
// the rules engine does), so a 300k-parcel blueprint costs one index build and a project only its neighbours.
import Flatbush from 'flatbush';
import { bbox, type BBox } from '../geometry/bbox.ts';
import type { GeomHandle, GeometryPort } from '../geometry/port.ts';
import { repairInvalid } from '../geometry/repairGeometry.ts';
import type { Geometry } from '../model/types.ts';

export interface SpatialCollection<T> {
  items: readonly T[];
  /** Geometry of item i as given (before any repair). */
  geometryAt: (i: number) => Geometry | null;
  index: Flatbush | null;
  /** Flatbush numbers the items with a geometry in insertion order: index entry k is item slots[k]. */
  slots: number[];
  /** Per item: the held (prepared) geometry and its repaired GeoJSON, filled on first use; null = nothing usable. */
  held: Map<number, { handle: GeomHandle; geometry: Geometry } | null>;
}

export function createSpatialCollection<T>(
  items: readonly T[],
  geometryOf: (item: T) => Geometry | null,
  marginDeg = 0,
): SpatialCollection<T> {
  const boxes: (BBox | null)[] = items.map((item) => bbox(geometryOf(item)));
  const present = boxes.filter((b) => b !== null).length;
  let index: Flatbush | null = null;
  if (present > 0) {
    index = new Flatbush(present);
    for (const box of boxes) if (box) index.add(box[0] - marginDeg, box[1] - marginDeg, box[2] + marginDeg, box[3] + marginDeg);
    index.finish();
  }
  const slots: number[] = [];
  boxes.forEach((b, i) => {
    if (b) slots.push(i);
  });
  return { items, geometryAt: (i) => geometryOf(items[i]!), index, slots, held: new Map() };
}

/** Items whose (grown) boxes touch `box`, in ascending item order (the collection's own order: deterministic). */
export function searchCollection<T>(collection: SpatialCollection<T>, box: BBox): number[] {
  if (!collection.index) return [];
  return collection.index
    .search(box[0], box[1], box[2], box[3])
    .map((k) => collection.slots[k]!)
    .sort((a, b) => a - b);
}

/** The item's geometry held in the port (prepared), repaired when GEOS finds it invalid; null when none is left. */
export function heldItem<T>(
  port: GeometryPort,
  collection: SpatialCollection<T>,
  i: number,
): { handle: GeomHandle; geometry: Geometry } | null {
  const cached = collection.held.get(i);
  if (cached !== undefined) return cached;
  const geometry = collection.geometryAt(i);
  let entry: { handle: GeomHandle; geometry: Geometry } | null = null;
  if (geometry) {
    const isPoint = geometry.type === 'Point' || geometry.type === 'MultiPoint';
    const handle = port.hold(geometry, { prepared: true });
    if (!isPoint && !port.validity(handle).valid) {
      const repaired = repairInvalid(port, geometry, handle);
      port.release(handle);
      entry = repaired ? { handle: port.hold(repaired, { prepared: true }), geometry: repaired } : null;
    } else {
      entry = { handle, geometry };
    }
  }
  collection.held.set(i, entry);
  return entry;
}

/** Frees every handle the collection holds. */
export function releaseCollection<T>(port: GeometryPort, collection: SpatialCollection<T>): void {
  for (const entry of collection.held.values()) if (entry) port.release(entry.handle);
  collection.held.clear();
}
