// Pure. What one computeIndicators call leaves for the next, so that re-computing after a few features
// changed costs little: repaired geometries, town polygons, each feature's split by town, and per measure
// and town the dissolved area with its members. Keyed by object identity: unchanged features must be the
// same objects in the next call (an edit replaces the edited feature, as the editor and the rules engine do).
// Treat it as opaque; create one with createIndicatorCache() and pass it in `options.cache`.
import type { BBox } from '../geometry/bbox.ts';
import type { Geometry, PlanFeature } from '../model/types.ts';

/** Where a polygon lies: wholly in one town, or cut into parts per town plus what lies outside them all. */
export type TownSplit = { whole: string } | { parts: [string, Geometry][]; outside: Geometry | null };

export interface BucketState {
  /** The pieces in the order last seen (an unchanged bucket is recognised by one pass over it); null after
   *  a patch by changed features, which does not rebuild the list. */
  pieces: readonly Geometry[] | null;
  members: Map<Geometry, { areaM2: number; box: BBox }>;
  totalM2: number;
  /** True when the members shared less than 1 m² in total: the area can then be patched member by member. */
  overlapFree: boolean;
}

export interface CachedTowns {
  /** The XZQ geometries the towns were built from (identity). */
  from: readonly Geometry[];
  towns: { code: string; name: string; geometry: Geometry }[];
  territory: Geometry | null;
  townsDisjoint: boolean;
}

export interface IndicatorCache {
  /** Each plan's features grouped by layer, keyed by the plan's `features` array. */
  layersOf: WeakMap<readonly PlanFeature[], ReadonlyMap<string, readonly PlanFeature[]>>;
  repaired: WeakMap<Geometry, Geometry | null>;
  towns: CachedTowns | null;
  townSplits: WeakMap<Geometry, TownSplit>;
  /** Per measure with `within`: the clip polygon, the geometries it was built from, and each feature's clip. */
  within: Map<string, { from: readonly Geometry[]; union: Geometry | null; clips: WeakMap<Geometry, Geometry | null> }>;
  /** Per measure and bucket (`<measure>|town:<code>`, `|outside`, `|all`). */
  buckets: Map<string, BucketState>;
  /**
   * Per source selector list: the measured geometry of each selected feature by id, so a call told which
   * features changed patches it instead of walking every feature; null when ids are not unique.
   */
  selections: Map<string, Map<string, Geometry> | null>;
  /** The town features of the last call and their ids (a call whose changes touch none reuses them). */
  xzq: { features: { geometry: Geometry; properties: PlanFeature['properties'] }[]; ids: Set<string> } | null;
}

export function createIndicatorCache(): IndicatorCache {
  return {
    layersOf: new WeakMap(),
    repaired: new WeakMap(),
    towns: null,
    townSplits: new WeakMap(),
    within: new Map(),
    buckets: new Map(),
    selections: new Map(),
    xzq: null,
  };
}

export function sameGeometries(a: readonly Geometry[], b: readonly Geometry[]): boolean {
  return a.length === b.length && a.every((g, i) => g === b[i]);
}
