// Overlays drawn over the plans: the 并联审批 project boundaries (the selected one bold, zoomed to) and the
// preview of an import awaiting confirmation (capped: a preview needs shapes, not 300k objects).
import type OlMap from 'ol/Map.js';
import OlFeature from 'ol/Feature.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import type { EditorState } from '../store/createEditorStore.ts';
import { PREVIEW_STYLE, PROJECT_STYLES } from './mapStyles.ts';
import { toOlGeometry } from './olFormat.ts';

/** At most this many features of an import are drawn as its map preview. */
const MAX_PREVIEW_FEATURES = 5_000;

export interface MapOverlays {
  syncProjects: (state: EditorState, zoom: boolean) => void;
  syncPreview: (features: EditorState['importPreview']) => void;
  projectIdsShown: () => string[];
}

export function createMapOverlays(map: OlMap): MapOverlays {
  const previewSource = new VectorSource();
  map.addLayer(new VectorLayer({ source: previewSource, zIndex: 9_999, style: PREVIEW_STYLE }));
  const projectSource = new VectorSource();
  map.addLayer(
    new VectorLayer({
      source: projectSource,
      zIndex: 9_998,
      style: (f) => (f.get('selected') ? PROJECT_STYLES.selected : PROJECT_STYLES.normal),
    }),
  );

  return {
    syncProjects: (state, zoom) => {
      projectSource.clear(true);
      for (const p of state.workspace.projects ?? []) {
        const f = new OlFeature({ geometry: toOlGeometry(p.geometry), selected: p.project.id === state.selectedProjectId });
        f.setId(p.project.id);
        projectSource.addFeature(f);
      }
      const selected = state.selectedProjectId ? projectSource.getFeatureById(state.selectedProjectId) : null;
      const extent = selected?.getGeometry()?.getExtent();
      if (zoom && extent) map.getView().fit(extent, { padding: [80, 80, 80, 80], duration: 0, maxZoom: 17 });
    },
    syncPreview: (features) => {
      previewSource.clear();
      if (!features || features.length === 0) return;
      previewSource.addFeatures(features.slice(0, MAX_PREVIEW_FEATURES).map((f) => new OlFeature({ geometry: toOlGeometry(f.geometry) })));
      const extent = previewSource.getExtent();
      if (extent && extent.every(Number.isFinite)) map.getView().fit(extent, { padding: [60, 60, 60, 60], duration: 0, maxZoom: 18 });
    },
    projectIdsShown: () =>
      projectSource
        .getFeatures()
        .map((f) => String(f.getId()))
        .sort(),
  };
}
