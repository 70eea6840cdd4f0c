// The selection layer: the selected features (the attribute table's multi-selection, capped: a small overlay of its
// own, never a restyle of the plan layers), the selected conflict's two parties and its region, the point 定位到坐标
// went to, and the shape being edited (added by the tools); the extent a selected conflict zooms to.
import OlFeature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { fromLonLat } from 'ol/proj.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import type { FeatureId, Geometry, PlanFeature, PlanId } from '../../engine/model/index.ts';
import type { Conflict } from '../../engine/rules/index.ts';
import type { EditorState } from '../store/createEditorStore.ts';
import { LISTED_SELECTION_LIMIT } from '../store/selectionSlice.ts';
import { HIGHLIGHT_STYLES } from './mapStyles.ts';
import { toOlGeometry } from './olFormat.ts';

export function findFeature(state: EditorState, planId: string, featureId: string): PlanFeature | undefined {
  return state.workspace.plans.get(planId as PlanId)?.features.get(featureId as FeatureId);
}

export interface MapHighlights {
  layer: VectorLayer<VectorSource>;
  source: VectorSource;
  sync: (state: EditorState) => void;
  /** Marks the point 定位到坐标 went to (null: no mark); drawn from the next sync on. */
  setLocated: (lonLat: [number, number] | null) => void;
}

/** At most this many selected features are highlighted (the table can select a whole 300k layer): the store's list. */
export const MAX_HIGHLIGHTED = LISTED_SELECTION_LIMIT;

export function createMapHighlights(): MapHighlights {
  const source = new VectorSource();
  const layer = new VectorLayer({
    source,
    zIndex: 10_000,
    style: (f) => HIGHLIGHT_STYLES[String(f.get('role'))] ?? HIGHLIGHT_STYLES.selected!,
  });
  let located: [number, number] | null = null;
  // One highlight feature per plan feature version: selecting, clearing and selecting again converts no geometry twice.
  const selectedOl = new WeakMap<PlanFeature, OlFeature>();
  const sync = (state: EditorState) => {
    source.clear(true);
    const batch: OlFeature[] = [];
    const add = (geometry: Geometry, role: string) => batch.push(new OlFeature({ geometry: toOlGeometry(geometry), role }));
    const selected =
      state.selectedFeatures.length > 0 ? state.selectedFeatures.slice(0, MAX_HIGHLIGHTED) : state.selection ? [state.selection] : [];
    for (const ref of selected) {
      const f = findFeature(state, ref.planId, ref.featureId);
      if (!f) continue;
      let ol = selectedOl.get(f);
      if (!ol) selectedOl.set(f, (ol = new OlFeature({ geometry: toOlGeometry(f.geometry), role: 'selected' })));
      batch.push(ol);
    }
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
    // One batch: the spatial index is bulk-loaded and the layer re-renders once.
    if (batch.length > 0) source.addFeatures(batch);
  };
  return { layer, source, sync, setLocated: (lonLat) => void (located = lonLat) };
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
