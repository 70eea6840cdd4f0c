// The chunked FeatureStore: a plan's features in document order as arrays of about 1024, with a persistent
// id → chunk index (IdIndex: a typed-array hash table built once plus a small overlay of edits). Replacing, inserting or removing one feature copies one small array and at most
// one index bucket, so an edit in a 300k-feature plan costs microseconds of copying and untouched chunks keep
// their identity. Chunks may grow or empty through edits; past a bound the store rebuilds (amortised, rare).
import type { FeatureId, PlanFeature } from '../model/types.ts';
import { isFeatureStore, type FeatureChunk, type FeatureStore } from './featureStore.ts';
import { IdIndex } from './idIndex.ts';

const CHUNK = 1024;
/** A chunk grown past this by inserts in its middle, or too many emptied chunks, triggers a rebuild. */
const MAX_CHUNK = 4 * CHUNK;

/** Offsets of ids within a chunk, built once a chunk has been searched a few times (a chunk never changes once
 *  made): a few lookups scan (microseconds), many lookups (a whole-plan pass) use the map. */
const offsets = new WeakMap<FeatureChunk, Map<FeatureId, number>>();
const scans = new WeakMap<FeatureChunk, number>();
const SCANS_BEFORE_MAP = 8;

function offsetIn(chunk: FeatureChunk, id: FeatureId): number {
  let map = offsets.get(chunk);
  if (!map) {
    const n = (scans.get(chunk) ?? 0) + 1;
    if (n <= SCANS_BEFORE_MAP) {
      scans.set(chunk, n);
      for (let i = 0; i < chunk.length; i++) if (chunk[i]!.id === id) return i;
      return -1;
    }
    map = new Map();
    for (let i = 0; i < chunk.length; i++) map.set(chunk[i]!.id, i);
    offsets.set(chunk, map);
  }
  return map.get(id) ?? -1;
}

/** The offset for an edit: the cached map when there is one, else a scan (cheaper than building the map). */
function findIn(chunk: FeatureChunk, id: FeatureId): number {
  const map = offsets.get(chunk);
  if (map) return map.get(id) ?? -1;
  for (let i = 0; i < chunk.length; i++) if (chunk[i]!.id === id) return i;
  return -1;
}

export class FeatureMap implements FeatureStore {
  private constructor(
    private readonly chunks: readonly FeatureChunk[],
    private readonly where: IdIndex,
  ) {}

  get size(): number {
    return this.where.size;
  }

  static from(features: Iterable<PlanFeature>): FeatureMap {
    const list = Array.isArray(features) ? (features as readonly PlanFeature[]) : [...features];
    const built = FeatureMap.build(list);
    if (built) return built;
    // Repeated ids are rare (a malformed document): the last one replaces the first in place.
    const last = new Map<FeatureId, PlanFeature>();
    for (const f of list) last.set(f.id, f);
    return FeatureMap.build([...last.values()])!;
  }

  private static build(list: readonly PlanFeature[]): FeatureMap | null {
    const ids: FeatureId[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) ids[i] = list[i]!.id;
    const chunks: FeatureChunk[] = [];
    const chunkOf = new Int32Array(list.length);
    for (let start = 0, c = 0; start < list.length; start += CHUNK, c++) {
      chunks.push(list.slice(start, start + CHUNK));
      chunkOf.fill(c, start, Math.min(start + CHUNK, list.length));
    }
    const where = IdIndex.build(ids, chunkOf);
    return where ? new FeatureMap(chunks, where) : null;
  }

  replace(feature: PlanFeature): FeatureMap {
    const at = this.where.get(feature.id);
    if (at === undefined) throw new Error(`no feature ${feature.id}`);
    const chunks = [...this.chunks];
    const copy = [...chunks[at]!];
    copy[findIn(chunks[at]!, feature.id)] = feature;
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
      const n = this.chunks[c]!.length;
      if (n > 0 && position <= start + n) {
        chunkAt = c;
        break;
      }
      start += n;
    }
    const chunks = [...this.chunks];
    if (chunkAt === -1 || (position === this.size && this.chunks[chunkAt]!.length >= CHUNK)) {
      chunks.push([feature]);
      return new FeatureMap(chunks, this.where.with(feature.id, chunks.length - 1)).compacted();
    }
    const old = this.chunks[chunkAt]!;
    if (old.length + 1 > MAX_CHUNK) {
      const list = [...this.values()];
      list.splice(position, 0, feature);
      return FeatureMap.from(list);
    }
    const copy = [...old];
    copy.splice(position - start, 0, feature);
    chunks[chunkAt] = copy;
    return new FeatureMap(chunks, this.where.with(feature.id, chunkAt)).compacted();
  }

  remove(id: FeatureId): FeatureMap {
    const at = this.where.get(id);
    if (at === undefined) throw new Error(`no feature ${id}`);
    const chunks = [...this.chunks];
    const copy = [...chunks[at]!];
    copy.splice(findIn(chunks[at]!, id), 1);
    chunks[at] = copy;
    return new FeatureMap(chunks, this.where.without(id)).compacted();
  }

  /** Itself, or rebuilt when edits left too many emptied chunks or too large an index overlay (amortised:
   *  a rebuild follows thousands of edits and costs one pass over the plan). */
  private compacted(): FeatureMap {
    const tooManyChunks = this.chunks.length > 2 * (this.size / CHUNK) + 16;
    const overlayTooLarge = this.where.overlaySize > 4096 && this.where.overlaySize > this.size / 8;
    return tooManyChunks || overlayTooLarge ? FeatureMap.from(this.all()) : this;
  }

  indexOf(id: FeatureId): number {
    const at = this.where.get(id);
    if (at === undefined) return -1;
    let start = 0;
    for (let c = 0; c < at; c++) start += this.chunks[c]!.length;
    return start + findIn(this.chunks[at]!, id);
  }

  chunkList(): readonly FeatureChunk[] {
    return this.chunks;
  }

  get(id: FeatureId): PlanFeature | undefined {
    const at = this.where.get(id);
    if (at === undefined) return undefined;
    const chunk = this.chunks[at]!;
    return chunk[offsetIn(chunk, id)];
  }

  has(id: FeatureId): boolean {
    return this.where.has(id);
  }

  private list: PlanFeature[] | null = null;

  /** All features in order, built once per map (array iteration is far faster than nested generators). */
  private all(): PlanFeature[] {
    if (!this.list) this.list = this.chunks.length === 1 ? [...this.chunks[0]!] : ([] as PlanFeature[]).concat(...this.chunks);
    return this.list;
  }

  entries(): MapIterator<[FeatureId, PlanFeature]> {
    return this.all()
      .map((f): [FeatureId, PlanFeature] => [f.id, f])
      .values();
  }

  keys(): MapIterator<FeatureId> {
    return this.all()
      .map((f) => f.id)
      .values();
  }

  values(): MapIterator<PlanFeature> {
    return this.all().values();
  }

  forEach(callback: (value: PlanFeature, key: FeatureId, map: ReadonlyMap<FeatureId, PlanFeature>) => void): void {
    for (const c of this.chunks) for (const f of c) callback(f, f.id, this);
  }

  [Symbol.iterator](): MapIterator<[FeatureId, PlanFeature]> {
    return this.entries();
  }
}

/** The plan's features as a FeatureStore: itself when it already is one (no copy), else built once. */
export function featureStoreOf(features: ReadonlyMap<FeatureId, PlanFeature>): FeatureStore {
  return isFeatureStore(features) ? features : FeatureMap.from([...features.values()]);
}
