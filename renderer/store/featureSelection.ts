// Pure. FeatureSelection: the editor's multi-selection, compact at any size: a byte mask over one plan's row array
// (the attribute table's layer rows, so select-all, invert, Shift ranges and Ctrl toggles at 300k rows are typed-array
// work with no object per feature) plus a short list of other references (a map click, find, other layers). Immutable.
import type { FeatureId, PlanFeature, PlanId } from '../../engine/model/index.ts';
import type { FeatureRef } from './selectionSlice.ts';

interface Bulk {
  planId: PlanId;
  rows: readonly PlanFeature[];
  /** 1 where `rows[slot]` is selected. */
  mask: Uint8Array;
  count: number;
}

/** Beyond this many references, a lookup by id builds a map instead of scanning. */
const SCAN_LIMIT = 8;

export class FeatureSelection {
  static readonly EMPTY = new FeatureSelection(null, []);
  /** The bulk mask re-aligned to another rows array of the same plan (after an edit, or another layer's rows). */
  private readonly aligned = new WeakMap<readonly PlanFeature[], { mask: Uint8Array; count: number }>();
  private otherIds: Map<PlanId, Set<string>> | null = null;

  private constructor(
    private readonly bulk: Bulk | null,
    /** Selected features outside the bulk, each once. */
    private readonly others: readonly FeatureRef[],
  ) {}

  /** A selection of these references (duplicates dropped, first kept). */
  static of(refs: readonly FeatureRef[]): FeatureSelection {
    if (refs.length === 0) return FeatureSelection.EMPTY;
    const seen = new Set<string>();
    const out: FeatureRef[] = [];
    for (const r of refs) {
      const key = `${r.planId}\u0000${r.featureId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
    return new FeatureSelection(null, out);
  }

  /** Rows of one plan selected by slot: `slots` (indexes into `rows`), or every row when null. */
  static ofRows(planId: PlanId, rows: readonly PlanFeature[], slots: ArrayLike<number> | null): FeatureSelection {
    const mask = new Uint8Array(rows.length);
    let count = rows.length;
    if (slots === null) mask.fill(1);
    else {
      for (let i = 0; i < slots.length; i++) mask[slots[i]!] = 1;
      count = countOnes(mask);
    }
    return count === 0 ? FeatureSelection.EMPTY : new FeatureSelection({ planId, rows, mask, count }, []);
  }

  get size(): number {
    return (this.bulk?.count ?? 0) + this.others.length;
  }

  /** Whether `rows[slot]` (a row array of the plan) is selected. */
  hasRow(planId: PlanId, rows: readonly PlanFeature[], slot: number): boolean {
    const aligned = this.alignedTo(planId, rows);
    if (aligned && aligned.mask[slot] === 1) return true;
    return this.others.length > 0 && this.otherIdsOf(planId).has(rows[slot]!.id);
  }

  /** Whether rows of `rows` (one layer's rows of the plan) are selected, by slot, for many look-ups (the map's pick
   *  of the selected features in view); null when nothing of them can be. A bulk over another layer's rows is told
   *  by the first row's layer, not matched id by id. */
  rowTest(planId: PlanId, rows: readonly PlanFeature[]): ((slot: number) => boolean) | null {
    const b = this.bulk;
    const sameLayer = b !== null && rows.length > 0 && (b.rows === rows || b.rows[0]!.layer === rows[0]!.layer);
    const mask = sameLayer ? (this.alignedTo(planId, rows)?.mask ?? null) : null;
    const ids = this.others.length > 0 ? this.otherIdsOf(planId) : EMPTY_IDS;
    if (ids.size === 0) return mask ? (slot) => mask[slot] === 1 : null;
    return (slot) => mask?.[slot] === 1 || ids.has(rows[slot]!.id);
  }

  /** The bulk's mask over `rows` (one layer's rows of the plan, as `rowTest`) and its count, when no other reference
   *  of the plan is selected, for tight loops (not to be written); null otherwise. */
  rowMask(planId: PlanId, rows: readonly PlanFeature[]): { mask: Uint8Array; count: number } | null {
    const b = this.bulk;
    if (!b || rows.length === 0 || (b.rows !== rows && b.rows[0]!.layer !== rows[0]!.layer)) return null;
    if (this.others.length > 0 && this.otherIdsOf(planId).size > 0) return null;
    const aligned = this.alignedTo(planId, rows);
    return aligned && { mask: aligned.mask, count: aligned.count };
  }

  /** Selected rows of `rows` (a row array of the plan); `isRow` tells whether a feature of the plan is one of them
   *  (asked only for the few references outside the bulk, so counting never scans the rows). */
  countRows(planId: PlanId, rows: readonly PlanFeature[], isRow: (featureId: FeatureId) => boolean): number {
    let n = this.alignedTo(planId, rows)?.count ?? 0;
    for (const r of this.others) if (r.planId === planId && isRow(r.featureId)) n++;
    return n;
  }

  /** Whether the feature is selected (a scan of the bulk's rows for its id: not for per-row use). */
  has(ref: FeatureRef): boolean {
    if (this.otherIdsOf(ref.planId).has(ref.featureId)) return true;
    const b = this.bulk;
    if (!b || b.planId !== ref.planId) return false;
    for (let i = 0; i < b.rows.length; i++) if (b.rows[i]!.id === ref.featureId) return b.mask[i] === 1;
    return false;
  }

  /** Ctrl+click: `rows[slot]` added to or removed from the selection; the rest stays. */
  toggleRow(planId: PlanId, rows: readonly PlanFeature[], slot: number): FeatureSelection {
    const { mask, others } = this.foldedInto(planId, rows);
    mask[slot] = mask[slot] === 1 ? 0 : 1;
    return FeatureSelection.from(planId, rows, mask, others);
  }

  /** 反选: of the `slots` shown (all rows when null), exactly those not selected now; nothing else stays selected. */
  invertRows(planId: PlanId, rows: readonly PlanFeature[], slots: ArrayLike<number> | null): FeatureSelection {
    const { mask: now } = this.foldedInto(planId, rows);
    const mask = new Uint8Array(rows.length);
    if (slots === null) for (let i = 0; i < mask.length; i++) mask[i] = now[i]! ^ 1;
    else for (let i = 0; i < slots.length; i++) mask[slots[i]!] = now[slots[i]!]! ^ 1;
    return FeatureSelection.from(planId, rows, mask, []);
  }

  /** The first `limit` selected features (bulk rows in row order, then the others), as references. */
  first(limit: number): FeatureRef[] {
    const out: FeatureRef[] = [];
    const b = this.bulk;
    if (b) {
      // indexOf walks the mask natively: a sparse selection in a large layer is not a per-slot JS loop.
      for (let i = b.mask.indexOf(1); i >= 0 && out.length < limit; i = b.mask.indexOf(1, i + 1))
        out.push({ planId: b.planId, featureId: b.rows[i]!.id as FeatureId });
    }
    for (const r of this.others) {
      if (out.length >= limit) break;
      out.push(r);
    }
    return out;
  }

  /** Every selected feature's reference (zoom to the selection). */
  forEachRef(visit: (planId: PlanId, featureId: FeatureId) => void): void {
    const b = this.bulk;
    if (b) for (let i = b.mask.indexOf(1); i >= 0; i = b.mask.indexOf(1, i + 1)) visit(b.planId, b.rows[i]!.id as FeatureId);
    for (const r of this.others) visit(r.planId, r.featureId);
  }

  private static from(planId: PlanId, rows: readonly PlanFeature[], mask: Uint8Array, others: readonly FeatureRef[]): FeatureSelection {
    const count = countOnes(mask);
    if (count === 0 && others.length === 0) return FeatureSelection.EMPTY;
    return new FeatureSelection(count > 0 ? { planId, rows, mask, count } : null, others);
  }

  /** A fresh mask over `rows` holding what is selected there now (the bulk and any other reference among the rows),
   *  and the references left outside it (other plans, other layers; a bulk of another plan becomes references). */
  private foldedInto(planId: PlanId, rows: readonly PlanFeature[]): { mask: Uint8Array; others: FeatureRef[] } {
    const aligned = this.alignedTo(planId, rows);
    const mask = aligned ? aligned.mask.slice() : new Uint8Array(rows.length);
    const others: FeatureRef[] = [];
    const b = this.bulk;
    if (b && b.planId !== planId) this.forEachBulk((id) => others.push({ planId: b.planId, featureId: id }));
    const mine = this.others.filter((r) => r.planId === planId);
    const slotOf = slotFinder(rows, mine.length);
    for (const r of this.others) {
      const slot = r.planId === planId ? slotOf(r.featureId) : -1;
      if (slot >= 0) mask[slot] = 1;
      else others.push(r);
    }
    return { mask, others };
  }

  private forEachBulk(visit: (id: FeatureId) => void) {
    const b = this.bulk!;
    for (let i = b.mask.indexOf(1); i >= 0; i = b.mask.indexOf(1, i + 1)) visit(b.rows[i]!.id as FeatureId);
  }

  /** The bulk's mask over `rows` (the same rows: itself; else matched by id, cached per rows array); null when the
   *  bulk is of another plan or there is none. */
  private alignedTo(planId: PlanId, rows: readonly PlanFeature[]): { mask: Uint8Array; count: number } | null {
    const b = this.bulk;
    if (!b || b.planId !== planId) return null;
    if (b.rows === rows) return b;
    let hit = this.aligned.get(rows);
    if (!hit) {
      const mask = new Uint8Array(rows.length);
      // An edit that kept every row in place (an attribute or a shape) keeps the slots: compare ids in order.
      let same = rows.length === b.rows.length;
      for (let i = 0; same && i < rows.length; i++) same = rows[i]!.id === b.rows[i]!.id;
      if (same) mask.set(b.mask);
      else {
        const selected = new Set<string>();
        this.forEachBulk((id) => selected.add(id));
        for (let i = 0; i < rows.length; i++) if (selected.has(rows[i]!.id)) mask[i] = 1;
      }
      hit = { mask, count: countOnes(mask) };
      this.aligned.set(rows, hit);
    }
    return hit;
  }

  private otherIdsOf(planId: PlanId): ReadonlySet<string> {
    if (!this.otherIds) {
      this.otherIds = new Map();
      for (const r of this.others) {
        let ids = this.otherIds.get(r.planId);
        if (!ids) this.otherIds.set(r.planId, (ids = new Set()));
        ids.add(r.featureId);
      }
    }
    return this.otherIds.get(planId) ?? EMPTY_IDS;
  }
}

const EMPTY_IDS: ReadonlySet<string> = new Set();

function countOnes(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

/** The slot of an id in `rows`: a scan for a few look-ups, a map for more. */
function slotFinder(rows: readonly PlanFeature[], lookups: number): (id: string) => number {
  if (lookups === 0) return () => -1;
  if (lookups <= SCAN_LIMIT)
    return (id) => {
      for (let i = 0; i < rows.length; i++) if (rows[i]!.id === id) return i;
      return -1;
    };
  const slots = new Map<string, number>();
  rows.forEach((f, i) => slots.set(f.id, i));
  return (id) => slots.get(id) ?? -1;
}
