// The chunked FeatureStore: a plan's features in document order as chunks of about 4096, with a persistent
// id → chunk index (IdIndex). Replacing, inserting or removing one feature copies one chunk and one index
// bucket, so an edit in a 300k-feature plan stays well under a millisecond and untouched chunks keep their
// identity. Chunks may grow or empty through edits; past a bound the store rebuilds (amortised, rare).
import type { FeatureId, PlanFeature } from '../model/types.ts';
import type { FeatureStore } from './featureStore.ts';
import { IdIndex } from './idIndex.ts';

const CHUNK = 4096;
/** A chunk grown past this by inserts in its middle, or too many emptied chunks, triggers a rebuild. */
const MAX_CHUNK = 4 * CHUNK;

export class FeatureMap implements FeatureStore {
  private constructor(
    private readonly chunks: readonly ReadonlyMap<FeatureId, PlanFeature>[],
    private readonly where: IdIndex,
  ) {}

  get size(): number {
    return this.where.size;
  }

  static from(features: Iterable<PlanFeature>): FeatureMap {
    const chunks: Map<FeatureId, PlanFeature>[] = [];
    const pairs: [FeatureId, number][] = [];
    const seen = new Map<FeatureId, number>();
    let current = new Map<FeatureId, PlanFeature>();
    for (const f of features) {
      const at = seen.get(f.id);
      if (at !== undefined) {
        // A repeated id replaces the earlier feature in place (the document keeps one per id).
        (at === chunks.length ? current : chunks[at]!).set(f.id, f);
        continue;
      }
      if (current.size === CHUNK) {
        chunks.push(current);
        current = new Map();
      }
      current.set(f.id, f);
      seen.set(f.id, chunks.length);
      pairs.push([f.id, chunks.length]);
    }
    if (current.size > 0) chunks.push(current);
    return new FeatureMap(chunks, IdIndex.build(pairs, pairs.length));
  }

  replace(feature: PlanFeature): FeatureMap {
    const at = this.where.get(feature.id);
    if (at === undefined) throw new Error(`no feature ${feature.id}`);
    const chunks = [...this.chunks];
    const copy = new Map(chunks[at]);
    copy.set(feature.id, feature);
    chunks[at] = copy;
    return new FeatureMap(chunks, this.where);
  }

  insert(feature: PlanFeature, index: number): FeatureMap {
    if (this.where.has(feature.id)) throw new Error(`feature ${feature.id} exists`);
    const position = index < 0 ? 0 : index > this.size ? this.size : index;
    // The chunk the position falls in (its end counts: appending goes to the last non-empty chunk).
    let chunkAt = -1;
    let start = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      const n = this.chunks[c]!.size;
      if (n > 0 && position <= start + n) {
        chunkAt = c;
        break;
      }
      start += n;
    }
    const chunks = [...this.chunks];
    if (chunkAt === -1 || (position === this.size && this.chunks[chunkAt]!.size >= CHUNK)) {
      chunks.push(new Map([[feature.id, feature]]));
      return new FeatureMap(chunks, this.where.with(feature.id, chunks.length - 1));
    }
    const old = this.chunks[chunkAt]!;
    if (old.size + 1 > MAX_CHUNK) return this.rebuiltWith(feature, position);
    const offset = position - start;
    const copy = new Map<FeatureId, PlanFeature>();
    let i = 0;
    for (const [id, f] of old) {
      if (i++ === offset) copy.set(feature.id, feature);
      copy.set(id, f);
    }
    if (offset >= old.size) copy.set(feature.id, feature);
    chunks[chunkAt] = copy;
    return new FeatureMap(chunks, this.where.with(feature.id, chunkAt));
  }

  remove(id: FeatureId): FeatureMap {
    const at = this.where.get(id);
    if (at === undefined) throw new Error(`no feature ${id}`);
    const chunks = [...this.chunks];
    const copy = new Map(chunks[at]);
    copy.delete(id);
    chunks[at] = copy;
    const next = new FeatureMap(chunks, this.where.without(id));
    // Emptied chunks stay (positions of the others hold) until there are clearly too many of them.
    return chunks.length > 2 * (next.size / CHUNK) + 16 ? FeatureMap.from(next.values()) : next;
  }

  indexOf(id: FeatureId): number {
    const at = this.where.get(id);
    if (at === undefined) return -1;
    let start = 0;
    for (let c = 0; c < at; c++) start += this.chunks[c]!.size;
    let i = 0;
    for (const key of this.chunks[at]!.keys()) {
      if (key === id) return start + i;
      i++;
    }
    return -1;
  }

  private rebuiltWith(feature: PlanFeature, position: number): FeatureMap {
    const list = [...this.values()];
    list.splice(position, 0, feature);
    return FeatureMap.from(list);
  }

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

/** The plan's features as a FeatureStore: itself when it already is one (no copy), else built once. */
export function featureStoreOf(features: ReadonlyMap<FeatureId, PlanFeature>): FeatureStore {
  const s = features as Partial<FeatureStore>;
  if (typeof s.replace === 'function' && typeof s.insert === 'function' && typeof s.remove === 'function' && typeof s.chunkList === 'function') return features as FeatureStore;
  return FeatureMap.from(features.values());
}
