// Store slice: what is selected (a feature, any number of features from the attribute table, or a conflict), which
// map tool is active, and where the map was asked to go (find, 定位到坐标, zoom to selection).
import type { StateCreator } from 'zustand';
import type { FeatureId, PlanId } from '../../engine/model/index.ts';
import type { EditorState } from './createEditorStore.ts';
import { FeatureSelection } from './featureSelection.ts';

/** `selectedFeatures` lists at most this many of the selection (the map highlights as many). */
export const LISTED_SELECTION_LIMIT = 2_000;

export interface FeatureRef {
  planId: PlanId;
  featureId: FeatureId;
}

export type MapTool = 'select' | 'modify' | 'drawPolygon' | 'drawLine' | 'measureLength' | 'measureArea';

export interface SelectionSlice {
  selection: FeatureRef | null;
  selectedConflictKey: string | null;
  tool: MapTool;
  /** The plan and layer new drawings go into. */
  drawTarget: { planId: PlanId; layer: string } | null;
  select: (ref: FeatureRef | null) => void;
  selectConflict: (key: string | null) => void;
  setTool: (tool: MapTool) => void;
  setDrawTarget: (target: SelectionSlice['drawTarget']) => void;
  /**
   * Every selected feature (attribute table multi-selection, highlighted on the map), compact at any size;
   * `selection` is the primary one (the inspector's). `select` sets both; a conflict selection clears both.
   */
  featureSelection: FeatureSelection;
  /** The first LISTED_SELECTION_LIMIT features of `featureSelection` (all of a small one); its size is `featureSelection.size`. */
  selectedFeatures: readonly FeatureRef[];
  /** Selects several features; `primary` (default: the last) becomes `selection`. */
  selectFeatures: (refs: readonly FeatureRef[], primary?: FeatureRef | null) => void;
  /** Sets the multi-selection (the attribute table's select-all, invert, ranges, toggles) and the primary one. */
  setFeatureSelection: (selected: FeatureSelection, primary: FeatureRef | null) => void;
  /** A request to the map to show a lon/lat extent (and mark a point); `seq` grows so the same place can be asked twice. */
  mapRequest: MapRequest | null;
  requestMap: (request: Omit<MapRequest, 'seq'>) => void;
}

export interface MapRequest {
  /** West, south, east, north in degrees (CGCS2000 ≈ WGS 84 at map scale). */
  extent: [number, number, number, number];
  /** A located point to mark (定位到坐标), or none. */
  mark?: [number, number];
  seq: number;
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  selectedConflictKey: null,
  tool: 'select',
  drawTarget: null,
  select: (selection) =>
    set({
      selection,
      selectedConflictKey: null,
      featureSelection: selection ? FeatureSelection.of([selection]) : FeatureSelection.EMPTY,
      selectedFeatures: selection ? [selection] : [],
    }),
  selectConflict: (selectedConflictKey) =>
    set({ selectedConflictKey, selection: null, featureSelection: FeatureSelection.EMPTY, selectedFeatures: [] }),
  setTool: (tool) => set({ tool }),
  setDrawTarget: (drawTarget) => set({ drawTarget }),
  featureSelection: FeatureSelection.EMPTY,
  selectedFeatures: [],
  selectFeatures: (refs, primary) => {
    const featureSelection = FeatureSelection.of(refs);
    set({
      featureSelection,
      selectedFeatures: featureSelection.first(LISTED_SELECTION_LIMIT),
      selection: primary !== undefined ? primary : (refs[refs.length - 1] ?? null),
      selectedConflictKey: null,
    });
  },
  setFeatureSelection: (featureSelection, primary) =>
    set({
      featureSelection,
      selectedFeatures: featureSelection.first(LISTED_SELECTION_LIMIT),
      selection: primary,
      selectedConflictKey: null,
    }),
  mapRequest: null,
  requestMap: (request) => set((s) => ({ mapRequest: { ...request, seq: (s.mapRequest?.seq ?? 0) + 1 } })),
});
