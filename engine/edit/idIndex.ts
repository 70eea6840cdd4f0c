// A persistent id → chunk-number index: the ids hashed into a fixed number of buckets (a few hundred ids
// each), so setting or deleting one id copies one bucket and the bucket array, never a 300k-entry Map.
import type { FeatureId } from '../model/types.ts';

/** FNV-1a over the UTF-16 code units (ids are UUIDs or short source ids). */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class IdIndex {
  private constructor(
    private readonly buckets: readonly ReadonlyMap<FeatureId, number>[],
    readonly size: number,
  ) {}

  /** An empty index sized for about `expected` ids (about 256 per bucket, at least 16 buckets). */
  static sizedFor(expected: number): IdIndex {
    let count = 16;
    while (count * 256 < expected) count *= 2;
    return new IdIndex(Array.from({ length: count }, () => new Map()), 0);
  }

  /** Builds an index from (id, chunk) pairs at once (no copying per id). */
  static build(entries: Iterable<readonly [FeatureId, number]>, expected: number): IdIndex {
    const empty = IdIndex.sizedFor(expected);
    const buckets = empty.buckets.map(() => new Map<FeatureId, number>());
    let size = 0;
    for (const [id, chunk] of entries) {
      const bucket = buckets[hash(id) & (buckets.length - 1)]!;
      if (!bucket.has(id)) size++;
      bucket.set(id, chunk);
    }
    return new IdIndex(buckets, size);
  }

  get(id: FeatureId): number | undefined {
    return this.buckets[hash(id) & (this.buckets.length - 1)]!.get(id);
  }

  has(id: FeatureId): boolean {
    return this.get(id) !== undefined;
  }

  with(id: FeatureId, chunk: number): IdIndex {
    const at = hash(id) & (this.buckets.length - 1);
    const copy = new Map(this.buckets[at]);
    const added = !copy.has(id);
    copy.set(id, chunk);
    const buckets = [...this.buckets];
    buckets[at] = copy;
    return new IdIndex(buckets, this.size + (added ? 1 : 0));
  }

  without(id: FeatureId): IdIndex {
    const at = hash(id) & (this.buckets.length - 1);
    if (!this.buckets[at]!.has(id)) return this;
    const copy = new Map(this.buckets[at]);
    copy.delete(id);
    const buckets = [...this.buckets];
    buckets[at] = copy;
    return new IdIndex(buckets, this.size - 1);
  }
}
