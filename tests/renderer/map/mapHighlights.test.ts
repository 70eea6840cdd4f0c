// The highlight overlay's selected features: all of a selection up to MAX_HIGHLIGHTED, else those the map picks in
// view; changes add and remove features (the others stay the same OpenLayers objects), and a new pick for a moved
// view leaves the other marks (the 编辑节点 copy) alone.
import { describe, expect, it } from 'vitest';
import OlFeature from 'ol/Feature.js';
import type { FeatureId, PlanFeature, PlanId } from '../../../engine/model/types.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { FeatureSelection } from '../../../renderer/store/featureSelection.ts';
import { createMapHighlights, MAX_HIGHLIGHTED } from '../../../renderer/map/mapHighlights.ts';
import type { SelectedFeature } from '../../../renderer/map/planLayers.ts';

const P = 'p' as PlanId;
const row = (n: number) =>
  ({
    id: `f${n}`,
    layer: 'GHYDYH',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [n, 0],
          [n + 1, 0],
          [n + 1, 1],
          [n, 0],
        ],
      ],
    },
  }) as PlanFeature;

describe('the highlight of a large selection', () => {
  it('shows the features picked in view, updates them one by one, and keeps the edit copy on a new pick', () => {
    const rows = Array.from({ length: MAX_HIGHLIGHTED + 10 }, (_, i) => row(i));
    let inView: PlanFeature[] = rows.slice(0, 5);
    const asked: FeatureSelection[] = [];
    const highlights = createMapHighlights((selection, limit): SelectedFeature[] => {
      asked.push(selection);
      return inView.slice(0, limit).map((feature) => ({ planId: P, feature }));
    });
    const store = createEditorStore();
    const olOf = () => new Map(highlights.source.getFeatures().map((f) => [String(f.get('ref')), f]));

    store.getState().setFeatureSelection(FeatureSelection.ofRows(P, rows, null), null);
    highlights.sync(store.getState());
    expect(asked).toHaveLength(1);
    expect(highlights.selectedShown().sort()).toEqual(['p/f0', 'p/f1', 'p/f2', 'p/f3', 'p/f4']);
    const first = olOf();

    // A Ctrl+click takes f2 out: its feature goes, the others are the same objects.
    const toggled = store.getState().featureSelection.toggleRow(P, rows, 2);
    inView = [rows[0]!, rows[1]!, rows[3]!, rows[4]!];
    store.getState().setFeatureSelection(toggled, null);
    highlights.sync(store.getState());
    expect(highlights.selectedShown().sort()).toEqual(['p/f0', 'p/f1', 'p/f3', 'p/f4']);
    for (const [ref, f] of olOf()) expect(f).toBe(first.get(ref));

    // The 编辑节点 copy lives in the same layer; the view moves: a new pick, the copy stays.
    const editCopy = new OlFeature({ role: 'editing' });
    highlights.source.addFeature(editCopy);
    inView = [rows[4]!, rows[7]!];
    highlights.viewChanged(() => store.getState());
    expect(highlights.pending()).toBe(true);
    highlights.flush();
    expect(highlights.pending()).toBe(false);
    expect(highlights.selectedShown().sort()).toEqual(['p/f4', 'p/f7']);
    expect(highlights.source.getFeatures()).toContain(editCopy);
    // A store change redraws every mark (the tools add the copy back when they need it).
    highlights.sync(store.getState());
    expect(highlights.source.getFeatures()).not.toContain(editCopy);

    // A small selection is shown from its list (all of it) and asks for no pick; a moved view changes nothing.
    asked.length = 0;
    store.getState().selectFeatures([{ planId: P, featureId: 'f9' as FeatureId }]);
    highlights.sync(store.getState());
    highlights.viewChanged(() => store.getState());
    expect(highlights.pending()).toBe(false);
    expect(asked).toHaveLength(0);
    highlights.dispose();
  });
});
