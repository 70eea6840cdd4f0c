// The map tools: select, 编辑节点 (a copy of the selected shape with a handle on every vertex, dragged with
// snapping; the edit goes to the store through `onGeometryEdit` and the copy reverts when it is refused; the copy
// lives in a layer of its own, so a highlight redraw — a re-check landing, a find — never takes its handles away),
// drawing polygons and lines, and measuring length and area on the ellipsoid.
import type OlMap from 'ol/Map.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Select from 'ol/interaction/Select.js';
import Modify from 'ol/interaction/Modify.js';
import Draw from 'ol/interaction/Draw.js';
import Snap from 'ol/interaction/Snap.js';
import type Interaction from 'ol/interaction/Interaction.js';
import type { FeatureId, Geometry, PlanId } from '../../engine/model/index.ts';
import type { EditorStore } from '../store/createEditorStore.ts';
import type { MapTool } from '../store/selectionSlice.ts';
import { geodesicAreaM2, geodesicLengthM } from './geodesicMeasure.ts';
import { findFeature } from './mapHighlights.ts';
import { EDITING_STYLE, MEASURE_STYLE, MODIFY_POINTER_STYLE } from './mapStyles.ts';
import { toModelGeometry, toOlGeometry } from './olFormat.ts';
import type { PlanLayers } from './planLayers.ts';

export interface ToolCallbacks {
  onMeasure: (result: { lengthM?: number; areaM2?: number } | null) => void;
  /** A geometry edit; returns an error message to refuse it (the map reverts). */
  onGeometryEdit: (ref: { planId: PlanId; featureId: FeatureId }, geometry: Geometry) => string | null;
  onDraw: (geometry: Geometry) => string | null;
}

export interface MapTools {
  setTool: (tool: MapTool) => void;
}

export function createMapTools(map: OlMap, store: EditorStore, layers: PlanLayers, callbacks: ToolCallbacks): MapTools {
  // Above the selection highlights (zIndex 10 000), below a measurement sketch.
  const editSource = new VectorSource();
  map.addLayer(new VectorLayer({ source: editSource, zIndex: 10_001, style: EDITING_STYLE }));
  const measureSource = new VectorSource();
  map.addLayer(new VectorLayer({ source: measureSource, zIndex: 10_002, style: MEASURE_STYLE }));
  let active: Interaction[] = [];

  const select = new Select({ layers: (l) => layers.isPlanLayer(l), style: null, hitTolerance: 3 });
  select.on('select', (e) => {
    const f = e.selected[0];
    const s = store.getState();
    if (f) s.select({ planId: f.get('__planId') as PlanId, featureId: f.getId() as FeatureId });
    else s.select(null);
  });

  const snapping = () => layers.visibleSources().map((source) => new Snap({ source, pixelTolerance: 10 }));

  const modifyTool = (): Interaction[] => {
    const state = store.getState();
    const sel = state.selection;
    const feature = sel ? findFeature(state, sel.planId, sel.featureId) : undefined;
    if (!sel || !feature) return [select];
    const editCopy = layers.toOl(sel.planId, feature).clone();
    editSource.addFeature(editCopy);
    const modify = new Modify({ source: new VectorSource({ features: [editCopy] }), pixelTolerance: 10, style: MODIFY_POINTER_STYLE });
    modify.on('modifyend', () => {
      const refused = callbacks.onGeometryEdit(sel, toModelGeometry(editCopy.getGeometry()!));
      if (refused)
        editCopy.setGeometry(toOlGeometry(findFeature(store.getState(), sel.planId, sel.featureId)?.geometry ?? feature.geometry));
    });
    return [modify, ...snapping()];
  };

  const drawTool = (tool: 'drawPolygon' | 'drawLine'): Interaction[] => {
    const draw = new Draw({ source: measureSource, type: tool === 'drawPolygon' ? 'Polygon' : 'LineString' });
    draw.on('drawend', (e) => {
      callbacks.onDraw(toModelGeometry(e.feature.getGeometry()!));
      // The sketch is only a preview: an accepted drawing comes back through the store as a feature.
      setTimeout(() => measureSource.clear(), 0);
    });
    return [draw, ...snapping()];
  };

  const measureTool = (tool: 'measureArea' | 'measureLength'): Interaction[] => {
    const draw = new Draw({ source: measureSource, type: tool === 'measureArea' ? 'Polygon' : 'LineString' });
    draw.on('drawstart', () => measureSource.clear());
    draw.on('drawend', (e) => {
      const g = toModelGeometry(e.feature.getGeometry()!);
      if (g.type === 'Polygon')
        callbacks.onMeasure({ areaM2: geodesicAreaM2(g.coordinates[0]!), lengthM: geodesicLengthM(g.coordinates[0]!) });
      else if (g.type === 'LineString') callbacks.onMeasure({ lengthM: geodesicLengthM(g.coordinates) });
    });
    return [draw];
  };

  return {
    setTool: (tool) => {
      for (const i of active) map.removeInteraction(i);
      editSource.clear();
      measureSource.clear();
      callbacks.onMeasure(null);
      active =
        tool === 'select'
          ? [select]
          : tool === 'modify'
            ? modifyTool()
            : tool === 'drawPolygon' || tool === 'drawLine'
              ? drawTool(tool)
              : measureTool(tool);
      for (const i of active) map.addInteraction(i);
    },
  };
}
