import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanId } from '../../../engine/model/types.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';

const ref = (n: number) => ({ planId: 'p' as PlanId, featureId: `f${n}` as FeatureId });

describe('multi-selection and map requests', () => {
  it('keeps the primary selection and the table selection together', () => {
    const store = createEditorStore();
    store.getState().selectFeatures([ref(1), ref(2), ref(3)]);
    expect(store.getState().selection).toEqual(ref(3));
    store.getState().selectFeatures([ref(1), ref(2)], ref(1));
    expect(store.getState().selection).toEqual(ref(1));
    store.getState().select(ref(5));
    expect(store.getState().selectedFeatures).toEqual([ref(5)]);
    store.getState().selectConflict('k');
    expect(store.getState().selectedFeatures).toEqual([]);
    expect(store.getState().selection).toBeNull();
    store.getState().selectFeatures([]);
    expect(store.getState().selection).toBeNull();
  });

  it('numbers map requests so the same place can be asked for twice', () => {
    const store = createEditorStore();
    store.getState().requestMap({ extent: [1, 2, 3, 4] });
    const first = store.getState().mapRequest!;
    store.getState().requestMap({ extent: [1, 2, 3, 4], mark: [2, 3] });
    expect(store.getState().mapRequest).toEqual({ extent: [1, 2, 3, 4], mark: [2, 3], seq: first.seq + 1 });
  });
});
