// A plan's features by id, in document order, stored as chunks of at most 4096 so that replacing one
// feature copies one chunk instead of a 300k-entry Map (an edit stays a few milliseconds). Immutable:
// `replace` returns a new map sharing every untouched chunk (and the id → chunk index).
import type { FeatureId, PlanFeature } from '../../engine/model/index.ts';

const CHUNK = 4096;

export class FeatureMap implements ReadonlyMap<FeatureId, PlanFeature> {
  private constructor(
    private readonly chunks: readonly ReadonlyMap<FeatureId, PlanFeature>[],
    private readonly where: ReadonlyMap<FeatureId, number>,
    readonly size: number,
  ) {}

  static from(features: Iterable<PlanFeature>): FeatureMap {
    const chunks: Map<FeatureId, PlanFeature>[] = [];
    const where = new Map<FeatureId, number>();
    let current = new Map<FeatureId, PlanFeature>();
    for (const f of features) {
      if (where.has(f.id)) {
        chunks[where.get(f.id)!]?.set(f.id, f);
        if (current.has(f.id)) current.set(f.id, f);
        continue;
      }
      if (current.size === CHUNK) {
        chunks.push(current);
        current = new Map();
      }
      current.set(f.id, f);
      where.set(f.id, chunks.length);
    }
    if (current.size > 0) chunks.push(current);
    return new FeatureMap(chunks, where, where.size);
  }

  /** A new map with `feature` in place of the feature of the same id (which must exist). */
  replace(feature: PlanFeature): FeatureMap {
    const at = this.where.get(feature.id);
    if (at === undefined) throw new Error(`no feature ${feature.id}`);
    const chunks = [...this.chunks];
    const copy = new Map(chunks[at]);
    copy.set(feature.id, feature);
    chunks[at] = copy;
    return new FeatureMap(chunks, this.where, this.size);
  }

  /** The chunks in order (each unchanged chunk keeps its identity across edits: a cache key). */
  chunkList(): readonly ReadonlyMap<FeatureId, PlanFeature>[] {
    return this.chunks;
  }

  get(id: FeatureId): PlanFeature | undefined {
    const at = this.where.get(id);
    return at === undefined ? undefined : this.chunks[at]!.get(id);
  }

  has(id: FeatureId): boolean {
    return this.where.has(id);
  }

  private list: PlanFeature[] | null = null;

  /** All features in order, built once per map (array iteration is far faster than nested generators). */
  private all(): PlanFeature[] {
    if (!this.list) {
      const list: PlanFeature[] = new Array(this.size);
      let i = 0;
      for (const c of this.chunks) for (const f of c.values()) list[i++] = f;
      this.list = list;
    }
    return this.list;
  }

  entries(): MapIterator<[FeatureId, PlanFeature]> {
    return this.all().map((f): [FeatureId, PlanFeature] => [f.id, f]).values();
  }

  keys(): MapIterator<FeatureId> {
    return this.all().map((f) => f.id).values();
  }

  values(): MapIterator<PlanFeature> {
    return this.all().values();
  }

  forEach(callback: (value: PlanFeature, key: FeatureId, map: ReadonlyMap<FeatureId, PlanFeature>) => void): void {
    for (const c of this.chunks) for (const [k, v] of c) callback(v, k, this);
  }

  [Symbol.iterator](): MapIterator<[FeatureId, PlanFeature]> {
    return this.entries();
  }
}
