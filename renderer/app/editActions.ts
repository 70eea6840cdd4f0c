// Edit actions shared by the toolbar and the shortcuts; each becomes one command in the history.
import type { EditorStore } from '../store/createEditorStore.ts';

export function deleteSelected(store: EditorStore): void {
  const s = store.getState();
  if (!s.selection) return;
  const entry = s.workspace.plans.get(s.selection.planId);
  const feature = entry?.features.get(s.selection.featureId);
  if (!entry || !feature) return;
  const index = [...entry.features.keys()].indexOf(feature.id);
  s.execute({ kind: 'deleteFeature', planId: s.selection.planId, feature, index });
  s.select(null);
}
