// Restores stored view preferences (language, layer visibility/opacity, plan order), ignoring anything
// malformed: view state is a convenience and never blocks opening the workspace.
import type { EditorStore } from '../store/createEditorStore.ts';
import type { LayerView } from '../store/viewSlice.ts';

export function restoreView(store: EditorStore, view: unknown): void {
  if (!view || typeof view !== 'object') return;
  const v = view as { language?: unknown; layerViews?: unknown; planOrder?: unknown };
  const s = store.getState();
  if (v.language === 'zh' || v.language === 'en') s.setLanguage(v.language);
  if (v.layerViews && typeof v.layerViews === 'object') {
    for (const [key, lv] of Object.entries(v.layerViews as Record<string, Partial<LayerView>>)) {
      if (lv && typeof lv.visible === 'boolean' && typeof lv.opacity === 'number')
        s.setLayerView(key, { visible: lv.visible, opacity: lv.opacity });
    }
  }
  if (Array.isArray(v.planOrder)) {
    const known = s.workspace.planOrder;
    const order = v.planOrder.filter((id): id is (typeof known)[number] => known.includes(id));
    if (order.length === known.length) store.setState({ workspace: { ...s.workspace, planOrder: order } });
  }
}
