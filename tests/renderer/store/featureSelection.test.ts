import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanFeature, PlanId } from '../../../engine/model/types.ts';
import { FeatureSelection } from '../../../renderer/store/featureSelection.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { LISTED_SELECTION_LIMIT } from '../../../renderer/store/selectionSlice.ts';

const P = 'p' as PlanId;
const Q = 'q' as PlanId;
const row = (n: number) =>
  ({ id: `f${n}`, layer: 'GHYDYH', properties: {}, geometry: { type: 'Point', coordinates: [n, n] } }) as PlanFeature;
const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => row(i));
const ref = (planId: PlanId, n: number) => ({ planId, featureId: `f${n}` as FeatureId });
const selectedSlots = (s: FeatureSelection, rows: readonly PlanFeature[]) => rows.flatMap((_, i) => (s.hasRow(P, rows, i) ? [i] : []));
const isRow = (rows: readonly PlanFeature[]) => (id: FeatureId) => rows.some((r) => r.id === id);

describe('FeatureSelection', () => {
  it('selects every row, or the given slots, and counts them', () => {
    const rows = rowsOf(10);
    const all = FeatureSelection.ofRows(P, rows, null);
    expect(all.size).toBe(10);
    expect(all.countRows(P, rows, isRow(rows))).toBe(10);
    const some = FeatureSelection.ofRows(P, rows, Uint32Array.of(7, 2, 2, 5));
    expect(some.size).toBe(3);
    expect(selectedSlots(some, rows)).toEqual([2, 5, 7]);
    expect(some.first(2)).toEqual([ref(P, 2), ref(P, 5)]);
    expect(FeatureSelection.ofRows(P, rows, [])).toBe(FeatureSelection.EMPTY);
    // Another plan's rows are not these.
    expect(some.hasRow(Q, rows, 2)).toBe(false);
    expect(some.countRows(Q, rows, isRow(rows))).toBe(0);
  });

  it('toggles one row and keeps a clicked feature selected alongside', () => {
    const rows = rowsOf(6);
    // A plain click selected f4; Ctrl+click f1 adds it, and the click's reference joins the mask.
    const a = FeatureSelection.of([ref(P, 4)]).toggleRow(P, rows, 1);
    expect(selectedSlots(a, rows)).toEqual([1, 4]);
    expect(a.size).toBe(2);
    const b = a.toggleRow(P, rows, 4);
    expect(selectedSlots(b, rows)).toEqual([1]);
    expect(b.toggleRow(P, rows, 1)).toBe(FeatureSelection.EMPTY);
    // The value is immutable: the earlier selection still holds both.
    expect(selectedSlots(a, rows)).toEqual([1, 4]);
  });

  it('inverts among the shown rows only', () => {
    const rows = rowsOf(6);
    const some = FeatureSelection.ofRows(P, rows, [0, 1]);
    expect(selectedSlots(some.invertRows(P, rows, null), rows)).toEqual([2, 3, 4, 5]);
    // Rows 1, 3 and 5 are shown (a filter): 1 was selected, so 3 and 5 become the selection.
    expect(selectedSlots(some.invertRows(P, rows, [5, 1, 3]), rows)).toEqual([3, 5]);
  });

  it('keeps references of other plans when rows of this plan are toggled', () => {
    const rows = rowsOf(4);
    const s = FeatureSelection.of([ref(Q, 9), ref(P, 0)]).toggleRow(P, rows, 3);
    expect(s.size).toBe(3);
    expect(s.has(ref(Q, 9))).toBe(true);
    expect(s.has(ref(P, 0))).toBe(true);
    expect(s.has(ref(P, 1))).toBe(false);
    expect(s.first(10)).toEqual([ref(P, 0), ref(P, 3), ref(Q, 9)]);
    // A bulk of another plan becomes references when this plan's rows are toggled.
    const other = FeatureSelection.ofRows(Q, rowsOf(3), null).toggleRow(P, rows, 2);
    expect(other.first(10)).toEqual([ref(P, 2), ref(Q, 0), ref(Q, 1), ref(Q, 2)]);
  });

  it('follows its rows to a new rows array after an edit, by id', () => {
    const rows = rowsOf(5);
    const s = FeatureSelection.ofRows(P, rows, [1, 3]);
    // An attribute edit: new row objects, same ids in place.
    const edited = rows.map((r, i) => (i === 3 ? { ...r, properties: { MJ: 1 } } : r));
    expect(selectedSlots(s, edited)).toEqual([1, 3]);
    // A deletion shifts the slots: f3 is now slot 2.
    const deleted = rows.filter((r) => r.id !== 'f2');
    expect(selectedSlots(s, deleted)).toEqual([1, 2]);
    expect(s.countRows(P, deleted, isRow(deleted))).toBe(2);
  });

  it('drops duplicate references', () => {
    expect(FeatureSelection.of([ref(P, 1), ref(P, 1), ref(Q, 1)]).size).toBe(2);
  });
});

describe('the store’s selection at scale', () => {
  it('holds 300,000 selected rows compactly and lists only the first ones', () => {
    const store = createEditorStore();
    const rows = rowsOf(300_000);
    store.getState().setFeatureSelection(FeatureSelection.ofRows(P, rows, null), null);
    expect(store.getState().featureSelection.size).toBe(300_000);
    expect(store.getState().selectedFeatures).toHaveLength(LISTED_SELECTION_LIMIT);
    expect(store.getState().selectedFeatures[0]).toEqual(ref(P, 0));
    const inverted = store.getState().featureSelection.invertRows(P, rows, null);
    expect(inverted).toBe(FeatureSelection.EMPTY);
    store.getState().select(ref(P, 7));
    expect(store.getState().featureSelection.size).toBe(1);
    expect(store.getState().selectedFeatures).toEqual([ref(P, 7)]);
    store.getState().selectConflict('k');
    expect(store.getState().featureSelection).toBe(FeatureSelection.EMPTY);
  });

  it('tests rows by slot for a layer of the plan: the mask, the other references, not another layer; gives the bare mask', () => {
    const rows = rowsOf(8);
    const sameIds = rows.map((f) => ({ ...f }));
    const other = Array.from({ length: 8 }, (_, i) => ({ ...row(i + 100), layer: 'XZQ' }) as PlanFeature);
    const selected = (test: ((slot: number) => boolean) | null, n: number) =>
      test ? Array.from({ length: n }, (_, i) => i).filter(test) : null;
    const bulk = FeatureSelection.ofRows(P, rows, Uint32Array.of(1, 6));
    expect(selected(bulk.rowTest(P, rows), 8)).toEqual([1, 6]);
    // Another array of the same rows (the map's feed after an edit in place) is matched by id.
    expect(selected(bulk.rowTest(P, sameIds), 8)).toEqual([1, 6]);
    expect(bulk.rowTest(Q, rows)).toBeNull();
    expect(bulk.rowTest(P, other)).toBeNull();
    // A clicked feature outside the bulk counts too, in its own layer.
    const mixed = FeatureSelection.of([{ planId: P, featureId: 'f103' as FeatureId }, ref(Q, 2)]);
    expect(selected(mixed.rowTest(P, other), 8)).toEqual([3]);
    expect(selected(mixed.rowTest(P, rows), 8)).toEqual([]);
    expect(selected(mixed.rowTest(Q, rows), 8)).toEqual([2]);
    expect(FeatureSelection.EMPTY.rowTest(P, rows)).toBeNull();
    // The mask itself, for tight loops, only while nothing else of the plan is selected.
    expect(bulk.rowMask(P, rows)).toEqual({ mask: Uint8Array.of(0, 1, 0, 0, 0, 0, 1, 0), count: 2 });
    expect(bulk.rowMask(P, other)).toBeNull();
    const withClick = bulk.toggleRow(P, rows, 3);
    expect(withClick.rowMask(P, rows)?.count).toBe(3);
    expect(FeatureSelection.of([ref(P, 2)]).rowMask(P, rows)).toBeNull();
  });
});
