// Store slice: view preferences — language, per plan-layer visibility and opacity (the layer tree), and the
// preview of an import awaiting confirmation.
import type { StateCreator } from 'zustand';
import type { PlanFeature } from '../../engine/model/index.ts';
import type { Language } from '../i18n/dictionary.ts';
import type { EditorState } from './createEditorStore.ts';

/** Key of one map layer: `${planId}/${layerCode}`. */
export type LayerKey = string;

export interface LayerView {
  visible: boolean;
  opacity: number;
}

export interface Notice {
  kind: 'error' | 'info';
  /** What the bar shows, in the language of the moment. */
  text: string;
  /** Both languages, when the caller has them: the bar then follows a language switch. */
  texts?: { zh: string; en: string };
}

/** A notice in both languages; `notify` shows the one of the current language. */
export function bilingualNotice(kind: Notice['kind'], zh: string, en: string): Notice {
  return { kind, text: zh, texts: { zh, en } };
}

const inLanguage = (notice: Notice | null, language: Language): Notice | null =>
  notice?.texts ? { ...notice, text: notice.texts[language] } : notice;

export interface ViewSlice {
  language: Language;
  /** The message bar: what went wrong and what to do (errors), or a short confirmation. */
  notice: Notice | null;
  notify: (notice: Notice | null) => void;
  layerViews: Record<LayerKey, LayerView>;
  setLanguage: (language: Language) => void;
  setLayerView: (key: LayerKey, view: Partial<LayerView>) => void;
  /** Moves a plan one step up (+1) or down (−1) in the drawing order (a view change, not an edit). */
  movePlan: (planId: string, step: 1 | -1) => void;
  /** Features of an import not yet confirmed, drawn over the map (never part of the workspace). */
  importPreview: readonly PlanFeature[] | null;
  setImportPreview: (features: readonly PlanFeature[] | null) => void;
}

export const DEFAULT_LAYER_VIEW: LayerView = { visible: true, opacity: 1 };

export const createViewSlice: StateCreator<EditorState, [], [], ViewSlice> = (set) => ({
  language: 'zh',
  notice: null,
  notify: (notice) => set((s) => ({ notice: inLanguage(notice, s.language) })),
  layerViews: {},
  importPreview: null,
  setImportPreview: (importPreview) => set({ importPreview }),
  setLanguage: (language) => set((s) => ({ language, notice: inLanguage(s.notice, language) })),
  setLayerView: (key, view) =>
    set((s) => ({ layerViews: { ...s.layerViews, [key]: { ...(s.layerViews[key] ?? DEFAULT_LAYER_VIEW), ...view } } })),
  movePlan: (planId, step) =>
    set((s) => {
      const order = [...s.workspace.planOrder];
      const i = order.indexOf(planId as never);
      const j = i + step;
      if (i < 0 || j < 0 || j >= order.length) return {};
      [order[i], order[j]] = [order[j]!, order[i]!];
      return { workspace: { ...s.workspace, planOrder: order } };
    }),
});
