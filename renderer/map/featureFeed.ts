// The features of one plan layer, indexed (flatbush over lon/lat bounding boxes) so the map source is
// fed only what is in view. Edits patch the feed (the edited feature's old box is masked and its new
// version kept in a short list) instead of rebuilding the index, so an edit in a 300k-parcel layer
// costs microseconds; the feed is rebuilt only when the list of patches grows long.
import Flatbush from 'flatbush';
import type { Geometry, PlanFeature, Position } from '../../engine/model/index.ts';

const MAX_PATCHES = 2000;

export class FeatureFeed {
  private base: readonly PlanFeature[];
  private boxes: Float64Array;
  private index: Flatbush | null;
  private stale: Uint8Array;
  private slotById: Map<string, number> | null = null;
  private readonly extras = new Map<string, { feature: PlanFeature; box: [number, number, number, number] }>();
  private staleCount = 0;

  constructor(features: readonly PlanFeature[]) {
    this.base = features;
    this.boxes = new Float64Array(features.length * 4);
    features.forEach((f, i) => geometryBounds(f.geometry, this.boxes, i * 4));
    this.stale = new Uint8Array(features.length);
    // Built with the feed (load time), so the first edit does not pay for it.
    this.slotById = new Map(features.map((f, i) => [f.id, i]));
    if (features.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(features.length);
    for (let i = 0; i < features.length; i++) {
      index.add(this.boxes[i * 4]!, this.boxes[i * 4 + 1]!, this.boxes[i * 4 + 2]!, this.boxes[i * 4 + 3]!);
    }
    index.finish();
    this.index = index;
  }

  /** Number of current features. */
  get size(): number {
    return this.base.length - this.staleCount + this.extras.size;
  }

  /**
   * Applies edits: `current(id)` is the feature now (undefined when deleted or no longer in this layer).
   * Returns false when the patch list is too long and the caller should build a new feed.
   */
  patch(ids: Iterable<string>, current: (id: string) => PlanFeature | undefined): boolean {
    if (!this.slotById) this.slotById = new Map(this.base.map((f, i) => [f.id, i]));
    for (const id of ids) {
      const f = current(id);
      const slot = this.slotById.get(id);
      const unchanged = slot !== undefined && f === this.base[slot];
      if (slot !== undefined) {
        const stale = unchanged ? 0 : 1;
        this.staleCount += stale - this.stale[slot]!;
        this.stale[slot] = stale;
      }
      if (f && !unchanged) {
        const box: [number, number, number, number] = [0, 0, 0, 0];
        geometryBounds(f.geometry, box);
        this.extras.set(id, { feature: f, box });
      } else {
        this.extras.delete(id);
      }
    }
    return this.extras.size <= MAX_PATCHES;
  }

  /** Features whose box meets the lon/lat extent and whose larger box side is at least `minSizeDeg`. */
  query(extent: readonly [number, number, number, number], minSizeDeg = 0): PlanFeature[] {
    const out: PlanFeature[] = [];
    if (this.index) {
      const b = this.boxes;
      const hits = this.index.search(
        extent[0],
        extent[1],
        extent[2],
        extent[3],
        (i) => this.stale[i] === 0 && (minSizeDeg <= 0 || Math.max(b[i * 4 + 2]! - b[i * 4]!, b[i * 4 + 3]! - b[i * 4 + 1]!) >= minSizeDeg),
      );
      hits.sort((x, y) => x - y);
      for (const i of hits) out.push(this.base[i]!);
    }
    for (const { feature, box } of this.extras.values()) {
      if (box[0] <= extent[2] && box[2] >= extent[0] && box[1] <= extent[3] && box[3] >= extent[1]) out.push(feature);
    }
    return out;
  }

  /** The indexed rows (the layer's rows when the feed was built; edits since are patched, not placed in them). */
  get rows(): readonly PlanFeature[] {
    return this.base;
  }

  /** Slots in `rows` of the indexed features (not replaced since) whose box meets the lon/lat extent, in no
   *  particular order; null when that is every row (the extent holds the layer and no row was replaced). */
  slotsIn(extent: readonly [number, number, number, number]): Uint32Array | null {
    const b = this.bounds();
    if (!b) return new Uint32Array(0);
    const all = extent[0] <= b[0] && extent[1] <= b[1] && extent[2] >= b[2] && extent[3] >= b[3];
    if (all && this.staleCount === 0) return null;
    const hits = all ? null : this.index!.search(extent[0], extent[1], extent[2], extent[3]);
    const n = hits ? hits.length : this.base.length;
    const out = new Uint32Array(n);
    let k = 0;
    for (let j = 0; j < n; j++) {
      const i = hits ? hits[j]! : j;
      if (this.stale[i] === 0) out[k++] = i;
    }
    return k === n ? out : out.slice(0, k);
  }

  /** Visits the features patched in since the feed was built whose box meets the extent, with the slot in `rows`
   *  of the row each replaced (-1 when it is new). */
  forEachPatchIn(extent: readonly [number, number, number, number], visit: (feature: PlanFeature, slot: number) => void): void {
    for (const [id, { feature, box }] of this.extras) {
      if (box[0] <= extent[2] && box[2] >= extent[0] && box[1] <= extent[3] && box[3] >= extent[1])
        visit(feature, this.slotById?.get(id) ?? -1);
    }
  }

  /** All current features (base order, then patched and added ones). */
  all(): PlanFeature[] {
    const out = this.base.filter((_, i) => this.stale[i] === 0);
    for (const { feature } of this.extras.values()) out.push(feature);
    return out;
  }

  /** The lon/lat bounds of the indexed features, or null when empty. */
  bounds(): [number, number, number, number] | null {
    if (!this.index) return null;
    return [this.index.minX, this.index.minY, this.index.maxX, this.index.maxY];
  }
}

export function geometryBounds(g: Geometry, out: Float64Array | number[], at = 0): void {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const visit = (p: Position) => {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  };
  switch (g.type) {
    case 'Point':
      visit(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(visit);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const r of g.coordinates) r.forEach(visit);
      break;
    case 'MultiPolygon':
      for (const p of g.coordinates) for (const r of p) r.forEach(visit);
      break;
  }
  out[at] = minX;
  out[at + 1] = minY;
  out[at + 2] = maxX;
  out[at + 3] = maxY;
}
