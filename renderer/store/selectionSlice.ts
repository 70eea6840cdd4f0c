// Store slice: what is selected (a feature or a conflict) and which map tool is active.
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
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  selectedConflictKey: null,
  tool: 'select',
  drawTarget: null,
  select: (selection) => set({ selection, selectedConflictKey: null }),
  selectConflict: (selectedConflictKey) => set({ selectedConflictKey, selection: null }),
  setTool: (tool) => set({ tool }),
  setDrawTarget: (drawTarget) => set({ drawTarget }),
});
