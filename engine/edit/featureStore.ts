// The id-indexed feature store a plan's features live in once edited: a read-only Map in document order plus
// the three changes commands make, each returning a new store that shares everything untouched. An interface,
// so a compact typed-array store can back a plan without the commands changing.
import type { FeatureId, PlanFeature } from '../model/types.ts';

/** A run of features in document order; a chunk is never changed once made (edits make new ones). */
export type FeatureChunk = readonly PlanFeature[];

export interface FeatureStore extends ReadonlyMap<FeatureId, PlanFeature> {
  /** A store with `feature` in place of the feature of the same id (which must exist). */
  replace(feature: PlanFeature): FeatureStore;
  /** A store with `feature` (whose id must be new) at document position `index` (clamped to 0…size). */
  insert(feature: PlanFeature, index: number): FeatureStore;
  /** A store without the feature of this id (which must exist). */
  remove(id: FeatureId): FeatureStore;
  /** Document position of the feature, or -1 (time proportional to the chunk count, not the plan). */
  indexOf(id: FeatureId): number;
  /** The features in order as chunks; an unchanged chunk keeps its identity across edits (a cache key). */
  chunkList(): readonly FeatureChunk[];
}

export function isFeatureStore(features: ReadonlyMap<FeatureId, PlanFeature>): features is FeatureStore {
  const s = features as Partial<FeatureStore>;
  return (
    typeof s.replace === 'function' && typeof s.insert === 'function' && typeof s.remove === 'function' && typeof s.chunkList === 'function'
  );
}
