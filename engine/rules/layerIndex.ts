// Pure. A spatial index over one layer's features (slots into the rules state): a static flatbush built
// once plus a small list of features added by edits, so an incremental re-check never rebuilds it.
// Removed features are filtered by the caller's liveness test.
import Flatbush from 'flatbush';
import type { BBox } from '../geometry/bbox.ts';

export class LayerIndex {
  private readonly tree: Flatbush | null;
  private readonly slots: Int32Array;
  private readonly added: { slot: number; box: BBox }[] = [];

  constructor(entries: readonly { slot: number; box: BBox }[]) {
    this.slots = Int32Array.from(entries.map((e) => e.slot));
    if (entries.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(entries.length);
    for (const e of entries) tree.add(e.box[0], e.box[1], e.box[2], e.box[3]);
    tree.finish();
    this.tree = tree;
  }

  add(slot: number, box: BBox): void {
    this.added.push({ slot, box });
  }

  /** Slots whose boxes intersect the query box (touching counts), in no particular order. */
  search(box: BBox): number[] {
    const out: number[] = [];
    if (this.tree) for (const i of this.tree.search(box[0], box[1], box[2], box[3])) out.push(this.slots[i]!);
    for (const a of this.added) {
      if (a.box[0] <= box[2] && box[0] <= a.box[2] && a.box[1] <= box[3] && box[1] <= a.box[3]) out.push(a.slot);
    }
    return out;
  }
}
