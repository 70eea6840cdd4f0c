// sheetLayers(state) → the plan layers a 专题图 draws: the visible ones, in the map's drawing order (plans bottom
// first, each plan's layers in the catalogue's order), with their layer-tree opacity.
import { LAYERS } from '../../engine/model/index.ts';
import type { LayerCode, PlanFeature } from '../../engine/model/index.ts';
import type { EditorState } from '../store/createEditorStore.ts';
import { DEFAULT_LAYER_VIEW } from '../store/viewSlice.ts';
import type { SheetMapLayer } from './drawSheetMap.ts';

export function sheetLayers(state: Pick<EditorState, 'workspace' | 'layerViews'>): SheetMapLayer[] {
  const out: SheetMapLayer[] = [];
  for (const planId of state.workspace.planOrder) {
    const entry = state.workspace.plans.get(planId);
    if (!entry) continue;
    const byLayer = new Map<LayerCode, PlanFeature[]>();
    for (const f of entry.features.values()) {
      const view = state.layerViews[`${planId}/${f.layer}`] ?? DEFAULT_LAYER_VIEW;
      if (!view.visible) continue;
      let list = byLayer.get(f.layer);
      if (!list) byLayer.set(f.layer, (list = []));
      list.push(f);
    }
    for (const info of LAYERS) {
      const features = byLayer.get(info.code);
      if (!features) continue;
      out.push({ layer: info.code, opacity: (state.layerViews[`${planId}/${info.code}`] ?? DEFAULT_LAYER_VIEW).opacity, features });
    }
  }
  return out;
}
