// Store slice: what is selected (a feature, several features from the attribute table, or a conflict), which
// map tool is active, and where the map was asked to go (find, 定位到坐标, zoom to selection).
import type { StateCreator } from 'zustand';
import type { FeatureId, PlanId } from '../../engine/model/index.ts';
import type { EditorState } from './createEditorStore.ts';

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
   * Every selected feature (attribute table multi-selection, highlighted on the map); `selection` is the primary
   * one (the inspector's). `select` sets both; a conflict selection clears both.
   */
  selectedFeatures: readonly FeatureRef[];
  /** Selects several features; `primary` (default: the last) becomes `selection`. */
  selectFeatures: (refs: readonly FeatureRef[], primary?: FeatureRef | null) => void;
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
  select: (selection) => set({ selection, selectedConflictKey: null, selectedFeatures: selection ? [selection] : [] }),
  selectConflict: (selectedConflictKey) => set({ selectedConflictKey, selection: null, selectedFeatures: [] }),
  setTool: (tool) => set({ tool }),
  setDrawTarget: (drawTarget) => set({ drawTarget }),
  selectedFeatures: [],
  selectFeatures: (refs, primary) =>
    set({ selectedFeatures: refs, selection: primary !== undefined ? primary : (refs[refs.length - 1] ?? null), selectedConflictKey: null }),
  mapRequest: null,
  requestMap: (request) => set((s) => ({ mapRequest: { ...request, seq: (s.mapRequest?.seq ?? 0) + 1 } })),
});
