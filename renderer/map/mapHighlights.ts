// The selection layer: the selected features (the attribute table's multi-selection, capped: a small overlay of its
// own, never a restyle of the plan layers; of a large selection, those in view), the selected conflict's two parties
// and its region, the point 定位到坐标 went to, and the shape being edited (added by the tools); the extent a selected
// conflict zooms to.
import OlFeature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { fromLonLat } from 'ol/proj.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import type { FeatureId, Geometry, PlanFeature, PlanId } from '../../engine/model/index.ts';
import type { Conflict } from '../../engine/rules/index.ts';
import type { EditorState } from '../store/createEditorStore.ts';
import type { FeatureSelection } from '../store/featureSelection.ts';
import { LISTED_SELECTION_LIMIT } from '../store/selectionSlice.ts';
import { HIGHLIGHT_STYLES } from './mapStyles.ts';
import { toOlGeometry } from './olFormat.ts';
import type { SelectedFeature } from './planLayers.ts';

export function findFeature(state: EditorState, planId: string, featureId: string): PlanFeature | undefined {
  return state.workspace.plans.get(planId as PlanId)?.features.get(featureId as FeatureId);
}

export interface MapHighlights {
  layer: VectorLayer<VectorSource>;
  source: VectorSource;
  sync: (state: EditorState) => void;
  /** Marks the point 定位到坐标 went to (null: no mark); drawn from the next sync on. */
  setLocated: (lonLat: [number, number] | null) => void;
  /** The view moved: a selection too large to highlight whole is picked again for the new view (debounced). */
  viewChanged: (current: () => EditorState) => void;
  /** Runs a pending pick now (before a render is awaited). */
  flush: () => void;
  /** Whether a pick waits for the view to rest. */
  pending: () => boolean;
  /** `${planId}/${featureId}` of the selected features drawn. */
  selectedShown: () => string[];
  dispose: () => void;
}

/** At most this many selected features are highlighted (the table can select a whole 300k layer): the store's list. */
export const MAX_HIGHLIGHTED = LISTED_SELECTION_LIMIT;

/** After the view stops moving this long, a large selection's highlight is picked again for it. */
const REPICK_DELAY_MS = 150;

/**
 * `selectedInView(selection, limit)`: up to `limit` selected features in the current view (a spread when more are). A
 * selection of up to MAX_HIGHLIGHTED features is highlighted whole; a larger one by those in view, re-picked when the
 * view moves. Selected features are added and removed as the selection changes (a Ctrl+click removes one feature, it
 * does not rebuild the overlay); the other marks (conflict, located point, the 编辑节点 copy) are few and redrawn.
 */
export function createMapHighlights(selectedInView: (selection: FeatureSelection, limit: number) => SelectedFeature[]): MapHighlights {
  const source = new VectorSource();
  const layer = new VectorLayer({
    source,
    zIndex: 10_000,
    style: (f) => HIGHLIGHT_STYLES[String(f.get('role'))] ?? HIGHLIGHT_STYLES.selected!,
  });
  let located: [number, number] | null = null;
  // One highlight feature per plan feature version: selecting, clearing and selecting again converts no geometry twice.
  const selectedOl = new WeakMap<PlanFeature, OlFeature>();
  const shown = new Map<PlanFeature, OlFeature>();
  let repick: ReturnType<typeof setTimeout> | null = null;
  let repickState: (() => EditorState) | null = null;

  const wantedSelected = (state: EditorState): Map<PlanFeature, PlanId> => {
    const wanted = new Map<PlanFeature, PlanId>();
    if (state.featureSelection.size > MAX_HIGHLIGHTED) {
      for (const { planId, feature } of selectedInView(state.featureSelection, MAX_HIGHLIGHTED)) wanted.set(feature, planId);
      return wanted;
    }
    const refs = state.selectedFeatures.length > 0 ? state.selectedFeatures : state.selection ? [state.selection] : [];
    for (const ref of refs) {
      const f = findFeature(state, ref.planId, ref.featureId);
      if (f) wanted.set(f, ref.planId);
    }
    return wanted;
  };

  /** `marks`: the other marks are redrawn too (a re-pick for a new view leaves them, the 编辑节点 copy among them). */
  const update = (state: EditorState, marks: boolean) => {
    if (repick) clearTimeout(repick);
    repick = null;
    const wanted = wantedSelected(state);
    const present = source.getFeatures();
    const removed: OlFeature[] = marks ? present.filter((f) => f.get('role') !== 'selected') : [];
    for (const [f, ol] of shown) {
      if (wanted.has(f)) continue;
      removed.push(ol);
      shown.delete(f);
    }
    const batch: OlFeature[] = [];
    for (const [f, planId] of wanted) {
      if (shown.has(f)) continue;
      let ol = selectedOl.get(f);
      if (!ol) selectedOl.set(f, (ol = new OlFeature({ geometry: toOlGeometry(f.geometry), role: 'selected', ref: `${planId}/${f.id}` })));
      shown.set(f, ol);
      batch.push(ol);
    }
    if (marks) addMarks(state, batch);
    if (removed.length > 0) {
      if (removed.length === present.length) source.clear(true);
      else source.removeFeatures(removed);
    }
    // One batch: the spatial index is bulk-loaded and the layer re-renders once.
    if (batch.length > 0) source.addFeatures(batch);
  };

  const addMarks = (state: EditorState, batch: OlFeature[]) => {
    const add = (geometry: Geometry, role: string) => batch.push(new OlFeature({ geometry: toOlGeometry(geometry), role }));
    if (located) batch.push(new OlFeature({ geometry: new Point(fromLonLat(located)), role: 'located' }));
    const conflict = state.selectedConflictKey ? state.conflicts.find((c) => c.key === state.selectedConflictKey) : undefined;
    if (conflict) {
      for (const [party, role] of [
        [conflict.subject, 'subject'],
        [conflict.object, 'object'],
      ] as const) {
        const f = party ? findFeature(state, party.planId, party.featureId) : undefined;
        if (f) add(f.geometry, role);
      }
      if (conflict.region) add(conflict.region, 'region');
    }
  };

  const sync = (state: EditorState) => update(state, true);

  const flush = () => {
    if (!repick) return;
    clearTimeout(repick);
    repick = null;
    update(repickState!(), false);
  };

  return {
    layer,
    source,
    sync,
    setLocated: (lonLat) => void (located = lonLat),
    viewChanged: (current) => {
      if (current().featureSelection.size <= MAX_HIGHLIGHTED) return;
      if (repick) clearTimeout(repick);
      repickState = current;
      repick = setTimeout(() => {
        repick = null;
        update(current(), false);
      }, REPICK_DELAY_MS);
    },
    flush,
    pending: () => repick !== null,
    selectedShown: () => [...shown.values()].map((ol) => String(ol.get('ref'))),
    dispose: () => {
      if (repick) clearTimeout(repick);
      repick = null;
    },
  };
}

/** The map extent (Web Mercator) of a conflict's region, or of its parties when it has none. */
export function conflictExtent(state: EditorState, conflict: Conflict): [number, number, number, number] | null {
  const geoms: Geometry[] = [];
  if (conflict.region) geoms.push(conflict.region);
  else {
    for (const party of [conflict.subject, conflict.object]) {
      const f = party ? findFeature(state, party.planId, party.featureId) : undefined;
      if (f) geoms.push(f.geometry);
    }
  }
  if (geoms.length === 0) return null;
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geoms) {
    const e = toOlGeometry(g)!.getExtent();
    b[0] = Math.min(b[0]!, e[0]!);
    b[1] = Math.min(b[1]!, e[1]!);
    b[2] = Math.max(b[2]!, e[2]!);
    b[3] = Math.max(b[3]!, e[3]!);
  }
  return b as [number, number, number, number];
}
