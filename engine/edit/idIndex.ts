// A persistent id → chunk-number index in two layers: a base built once from a whole plan (an open-addressing
// hash table in one Int32Array over the ids in document order: a few tens of milliseconds for 300k ids, no
// per-id objects) and a small overlay of what edits changed since (bucketed Maps: setting or deleting one id
// copies one small bucket). Lookups try the overlay first. The owner rebuilds when the overlay grows large.
import type { FeatureId } from '../model/types.ts';

/** FNV-1a over the UTF-16 code units (ids are UUIDs or short source ids). */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Marks an id the overlay removed. */
const GONE = -1;
const OVERLAY_BUCKETS = 64;

interface Base {
  /** The ids in their order at build time (slot values point here, 1-based). */
  ids: readonly FeatureId[];
  /** Chunk number of each id at build time. */
  chunkOf: Int32Array;
  slots: Int32Array;
  mask: number;
}

/** The base table, or null when an id repeats (the caller de-duplicates first). */
function buildBase(ids: readonly FeatureId[], chunkOf: Int32Array): Base | null {
  let capacity = 16;
  while (capacity < ids.length * 2) capacity *= 2;
  const slots = new Int32Array(capacity);
  const mask = capacity - 1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let s = hash(id) & mask;
    while (slots[s] !== 0) {
      if (ids[slots[s]! - 1] === id) return null;
      s = (s + 1) & mask;
    }
    slots[s] = i + 1;
  }
  return { ids, chunkOf, slots, mask };
}

function baseGet(base: Base | null, id: FeatureId): number | undefined {
  if (!base) return undefined;
  let s = hash(id) & base.mask;
  for (;;) {
    const v = base.slots[s]!;
    if (v === 0) return undefined;
    if (base.ids[v - 1] === id) return base.chunkOf[v - 1];
    s = (s + 1) & base.mask;
  }
}

export class IdIndex {
  private constructor(
    private readonly base: Base | null,
    private readonly overlay: readonly ReadonlyMap<FeatureId, number>[] | null,
    /** Entries in the overlay (added, moved or removed ids). */
    readonly overlaySize: number,
    readonly size: number,
  ) {}

  /** The index of ids given in document order with their chunk numbers, or null when an id repeats. */
  static build(ids: readonly FeatureId[], chunkOf: Int32Array): IdIndex | null {
    if (ids.length === 0) return new IdIndex(null, null, 0, 0);
    const base = buildBase(ids, chunkOf);
    return base ? new IdIndex(base, null, 0, ids.length) : null;
  }

  get(id: FeatureId): number | undefined {
    if (this.overlay) {
      const v = this.overlay[hash(id) & (OVERLAY_BUCKETS - 1)]!.get(id);
      if (v !== undefined) return v === GONE ? undefined : v;
    }
    return baseGet(this.base, id);
  }

  has(id: FeatureId): boolean {
    return this.get(id) !== undefined;
  }

  with(id: FeatureId, chunk: number): IdIndex {
    const added = !this.has(id);
    return this.withOverlay(id, chunk, this.size + (added ? 1 : 0));
  }

  without(id: FeatureId): IdIndex {
    if (!this.has(id)) return this;
    return this.withOverlay(id, GONE, this.size - 1);
  }

  private withOverlay(id: FeatureId, value: number, size: number): IdIndex {
    const at = hash(id) & (OVERLAY_BUCKETS - 1);
    const buckets = this.overlay ? [...this.overlay] : Array.from({ length: OVERLAY_BUCKETS }, () => new Map<FeatureId, number>());
    const copy = new Map(buckets[at]);
    const isNew = !copy.has(id);
    copy.set(id, value);
    buckets[at] = copy;
    return new IdIndex(this.base, buckets, this.overlaySize + (isNew ? 1 : 0), size);
  }
}
