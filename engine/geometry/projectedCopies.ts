// Pure. The GEOS copies of a few large geometries that `distanceM` projected, each kept by its geometry object with the
// central meridian it was projected for. A road's corridor is measured against every parcel beside it, and while the
// parcel lies within the road's span of longitude the pair's central meridian is the road's own, so one projected copy
// serves all those pairs with the same bits that projecting it again would give. The least recently used copy goes
// first; geometries are never mutated (GeometryPort), so an object's box and vertices stay what they were.
import type { Geometry } from '../model/types.ts';
import { bbox, type BBox } from './bbox.ts';

interface Copy {
  box: BBox | null;
  lon0Deg: number;
  geom: number;
}

export interface ProjectedCopies {
  /** The geometry's box, remembered for a geometry with a copy (the box walks every vertex). */
  boxOf(geometry: Geometry): BBox | null;
  /** The copy projected on `lon0Deg`, or 0 when there is none. */
  find(geometry: Geometry, lon0Deg: number): number;
  /**
   * Keeps `geom` (projected on `lon0Deg`, from `wkbBytes` bytes of WKB) when the geometry is large enough to be worth
   * it, replacing its copy on another meridian; true when kept, and then the copies own `geom`.
   */
  keep(geometry: Geometry, box: BBox | null, lon0Deg: number, geom: number, wkbBytes: number): boolean;
  /** Destroys every copy. */
  clear(): void;
}

/** Below this much WKB (64 vertices), projecting again costs less than keeping the copy. */
export const KEPT_FROM_WKB_BYTES = 64 * 16;

export function projectedCopies(destroy: (geom: number) => void, capacity = 32): ProjectedCopies {
  // A Map iterates in insertion order: a copy used is moved to the end, so the first is the least recently used.
  const copies = new Map<Geometry, Copy>();
  return {
    boxOf(geometry) {
      const copy = copies.get(geometry);
      return copy === undefined ? bbox(geometry) : copy.box;
    },
    find(geometry, lon0Deg) {
      const copy = copies.get(geometry);
      if (copy === undefined || copy.lon0Deg !== lon0Deg) return 0;
      copies.delete(geometry);
      copies.set(geometry, copy);
      return copy.geom;
    },
    keep(geometry, box, lon0Deg, geom, wkbBytes) {
      if (wkbBytes < KEPT_FROM_WKB_BYTES) return false;
      const old = copies.get(geometry);
      if (old !== undefined) {
        destroy(old.geom);
        copies.delete(geometry);
      } else if (copies.size >= capacity) {
        const [first, copy] = copies.entries().next().value!;
        destroy(copy.geom);
        copies.delete(first);
      }
      copies.set(geometry, { box, lon0Deg, geom });
      return true;
    },
    clear() {
      for (const copy of copies.values()) destroy(copy.geom);
      copies.clear();
    },
  };
}
