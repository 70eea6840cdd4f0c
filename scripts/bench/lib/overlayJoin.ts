// The overlay join the benchmark times on the geometry core: every pair (a in A, b in B) whose geometries
// intersect, with the ellipsoidal area of a ∩ b. The side with fewer features is iterated and held prepared;
// the other is indexed (flatbush). A feature is held in GEOS (from WKB, no GeoJSON objects) and checked for
// validity the first time a join needs it, and reused by later joins; invalid ones are repaired (MakeValid).
// Shortcut: a candidate the prepared polygon covers is its own intersection (its area comes from the typed
// arrays). Cutting large polygons into pieces (PostGIS ST_Subdivide) was tried and gained nothing here:
// the cost of an overlay through GEOS-as-WebAssembly is mostly per call, not per vertex.
import Flatbush from 'flatbush';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/index.ts';
import { storeAreaM2, writeStoreWkb } from '../../../engine/geometry/index.ts';
import type { GeomHandle, GeometryPort } from '../../../engine/geometry/index.ts';
import { WkbWriter } from '../../../engine/geometry/index.ts';
import type { PlanStore } from './readPlanStore.ts';

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

/** One layer of a plan store, held in the port on demand. */
export class HeldLayer {
  readonly handles: GeomHandle[];
  /** Features found invalid (and repaired) when first held. */
  invalid = 0;
  /** Time spent holding and validating, ms (reported as the validate phase). */
  holdMs = 0;
  private readonly writer = new WkbWriter();
  private index: Flatbush | null = null;

  constructor(
    readonly port: GeometryPort,
    readonly plan: PlanStore,
    readonly indices: Uint32Array,
    /** Hold prepared (GEOSPrepare, built lazily by GEOS) when this layer is the iterated side of a join. */
    private readonly prepared: boolean,
  ) {
    this.handles = new Array<GeomHandle>(indices.length).fill(0 as GeomHandle);
  }

  get size(): number {
    return this.indices.length;
  }

  box(k: number): [number, number, number, number] {
    const b = this.plan.store.bboxes;
    const i = this.indices[k]!;
    return [b[4 * i]!, b[4 * i + 1]!, b[4 * i + 2]!, b[4 * i + 3]!];
  }

  areaM2(k: number): number {
    return storeAreaM2(this.plan.store, this.indices[k]!);
  }

  /** The feature held in GEOS (validated once; 0 when it has no geometry). */
  handle(k: number): GeomHandle {
    let h = this.handles[k]!;
    if (h) return h;
    const t = performance.now();
    this.writer.reset();
    if (writeStoreWkb(this.writer, this.plan.store, this.indices[k]!)) {
      h = this.port.hold(this.writer.written(), { prepared: this.prepared });
      if (!this.port.validity(h).valid) {
        this.invalid++;
        const repaired = this.port.makeValid(h);
        this.port.release(h);
        h = repaired ? this.port.hold(repaired, { prepared: this.prepared }) : (0 as GeomHandle);
      }
      this.handles[k] = h;
    }
    this.holdMs += performance.now() - t;
    return h;
  }

  spatialIndex(): Flatbush {
    if (this.index) return this.index;
    const index = new Flatbush(Math.max(1, this.size));
    if (this.size === 0) index.add(Infinity, Infinity, -Infinity, -Infinity);
    for (let k = 0; k < this.size; k++) {
      const [a, b, c, d] = this.box(k);
      index.add(a, b, c, d);
    }
    index.finish();
    return (this.index = index);
  }
}

/** Joins two held layers; pairs are (a, b) whatever side is iterated. */
export function overlayJoin(port: GeometryPort, a: HeldLayer, b: HeldLayer): JoinResult {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const result: JoinResult = { intersectingPairs: 0, overlapPairs: 0, totalAreaM2: 0, coveredPairs: 0 };
  const index = large.spatialIndex();
  for (let s = 0; s < small.size; s++) {
    const [x0, y0, x1, y1] = small.box(s);
    if (x0 === Infinity) continue;
    const found = index.search(x0, y0, x1, y1);
    if (found.length === 0) continue;
    const prepared = small.handle(s);
    if (!prepared) continue;
    for (const c of found) {
      const candidate = large.handle(c);
      if (!candidate) continue;
      let areaM2: number;
      if (port.covers(prepared, candidate)) {
        areaM2 = large.areaM2(c);
        result.coveredPairs++;
      } else if (port.intersects(prepared, candidate)) {
        areaM2 = ellipsoidalAreaM2(port.intersection(prepared, candidate));
      } else continue;
      result.intersectingPairs++;
      if (areaM2 >= 1) result.overlapPairs++;
      result.totalAreaM2 += areaM2;
    }
  }
  return result;
}
