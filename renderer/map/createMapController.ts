// The OpenLayers map of the whole workspace: one canvas VectorLayer per plan layer, fed by view extent
// from a flatbush index (see featureFeed.ts), a highlight layer for the selection and the selected
// conflict, the 并联审批 projects (the selected one bold, zoomed to), and the tools (select, vertex editing with snapping, drawing, measuring). It reads the store
// directly (no React re-render per frame) and turns edits into store commands through `onEdit`.
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import OlFeature from 'ol/Feature.js';
import VectorLayer from 'ol/layer/Vector.js';
import ImageLayer from 'ol/layer/Image.js';
import ImageStatic from 'ol/source/ImageStatic.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import Zoom from 'ol/control/Zoom.js';
import Select from 'ol/interaction/Select.js';
import Modify from 'ol/interaction/Modify.js';
import Draw from 'ol/interaction/Draw.js';
import Snap from 'ol/interaction/Snap.js';
import type Interaction from 'ol/interaction/Interaction.js';
import { defaults as defaultInteractions } from 'ol/interaction/defaults.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import { Fill, Stroke, Style, Circle as CircleStyle } from 'ol/style.js';
import type { Geometry as OlGeometry } from 'ol/geom.js';
import type { FeatureId, Geometry, LayerCode, PlanFeature, PlanId } from '../../engine/model/index.ts';
import { LAYERS } from '../../engine/model/index.ts';
import type { Conflict } from '../../engine/rules/index.ts';
import type { EditorState, EditorStore } from '../store/createEditorStore.ts';
import type { MapTool } from '../store/selectionSlice.ts';
import type { PlanEntry } from '../store/types.ts';
import { DEFAULT_LAYER_VIEW } from '../store/viewSlice.ts';
import { FeatureFeed } from './featureFeed.ts';
import { createLayerStyle } from './layerStyles.ts';
import { geodesicAreaM2, geodesicLengthM } from './geodesicMeasure.ts';
import { renderOverview } from './overviewRaster.ts';
import { changedFeatureIds } from '../store/changedFeatureIds.ts';
import { featureSummary } from '../store/featureSummary.ts';

const format = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
/**
 * A layer with more features than this in view is shown as its overview image; below it, as vector
 * features fed by extent (the canvas renderer stays smooth up to a few thousand polygons on a CPU).
 */
const VECTOR_LIMIT = 6000;

export interface MapCallbacks {
  onPointer: (lonLat: [number, number] | null) => void;
  onMeasure: (result: { lengthM?: number; areaM2?: number } | null) => void;
  /** A geometry edit or a new drawing; returns an error message to refuse it (the map reverts). */
  onGeometryEdit: (ref: { planId: PlanId; featureId: FeatureId }, geometry: Geometry) => string | null;
  onDraw: (geometry: Geometry) => string | null;
}

interface LayerSlot {
  planId: PlanId;
  layer: LayerCode;
  olLayer: VectorLayer<VectorSource>;
  source: VectorSource;
  feed: FeatureFeed;
  entry: PlanEntry;
  /** The overview image of a large layer (built lazily, rebuilt after edits). */
  imageLayer: ImageLayer<ImageStatic> | null;
  overviewJob: { aborted: boolean } | null;
  overviewStale: boolean;
}

export interface MapController {
  fitAll: () => void;
  zoomToLonLatExtent: (extent: [number, number, number, number]) => void;
  /** Pixel of a lon/lat position in the map viewport (for tests and tooling). */
  pixelOf: (lonLat: [number, number]) => [number, number] | null;
  /** Lon/lat under a pixel of the map viewport. */
  lonLatOf: (pixel: [number, number]) => [number, number];
  whenRendered: () => Promise<void>;
  /** Ids of the projects drawn on the map (the projects overlay), for tests and the automation hook. */
  projectIdsShown: () => string[];
  dispose: () => void;
}

export function toModelGeometry(geometry: OlGeometry): Geometry {
  return format.writeGeometryObject(geometry, { decimals: 9 }) as unknown as Geometry;
}

export function createMapController(target: HTMLElement, store: EditorStore, callbacks: MapCallbacks): MapController {
  const olFeatures = new WeakMap<PlanFeature, OlFeature>();
  const slots = new Map<string, LayerSlot>();
  const highlightSource = new VectorSource();
  const measureSource = new VectorSource();
  const highlightLayer = new VectorLayer({
    source: highlightSource,
    zIndex: 10_000,
    style: (f) => HIGHLIGHT_STYLES[String(f.get('role'))] ?? HIGHLIGHT_STYLES.selected!,
  });
  const measureLayer = new VectorLayer({
    source: measureSource,
    zIndex: 10_001,
    style: new Style({ stroke: new Stroke({ color: '#ff6d00', width: 2, lineDash: [6, 4] }), fill: new Fill({ color: 'rgba(255,109,0,0.15)' }) }),
  });

  // An import awaiting confirmation, drawn over everything (capped: a preview needs shapes, not 300k objects).
  const previewSource = new VectorSource();
  const previewLayer = new VectorLayer({ source: previewSource, zIndex: 9_999, style: PREVIEW_STYLE });

  // 并联审批 projects over the plans, under the highlight: every boundary, the selected one bold.
  const projectSource = new VectorSource();
  const projectLayer = new VectorLayer({
    source: projectSource,
    zIndex: 9_998,
    style: (f) => (f.get('selected') ? PROJECT_STYLES.selected : PROJECT_STYLES.normal),
  });
  const syncProjects = (state: EditorState, zoom: boolean) => {
    projectSource.clear(true);
    for (const p of state.workspace.projects ?? []) {
      const f = new OlFeature({ geometry: format.readGeometry(p.geometry) ?? undefined, selected: p.project.id === state.selectedProjectId });
      f.setId(p.project.id);
      projectSource.addFeature(f);
    }
    const selected = state.selectedProjectId ? projectSource.getFeatureById(state.selectedProjectId) : null;
    const extent = selected?.getGeometry()?.getExtent();
    if (zoom && extent) map.getView().fit(extent, { padding: [80, 80, 80, 80], duration: 0, maxZoom: 17 });
  };

  const map = new OlMap({
    target,
    layers: [projectLayer, previewLayer, highlightLayer, measureLayer],
    view: new View({ center: fromLonLat([112.59, 35.09]), zoom: 11, maxZoom: 22 }),
    controls: [new Zoom(), new ScaleLine({ units: 'metric', minWidth: 120 })],
    interactions: defaultInteractions({ doubleClickZoom: false }),
  });

  const toOl = (planId: PlanId, f: PlanFeature): OlFeature => {
    let ol = olFeatures.get(f);
    if (!ol) {
      ol = new OlFeature({ ...f.properties, geometry: format.readGeometry(f.geometry) ?? undefined });
      ol.setId(f.id);
      ol.set('__planId', planId, true);
      ol.set('__layer', f.layer, true);
      olFeatures.set(f, ol);
    }
    return ol;
  };

  const ensureOverview = (slot: LayerSlot) => {
    if (slot.overviewJob && !slot.overviewStale) return;
    if (slot.overviewJob) slot.overviewJob.aborted = true;
    const job = { aborted: false };
    slot.overviewJob = job;
    slot.overviewStale = false;
    const bounds = slot.feed.bounds();
    if (!bounds) return;
    const done = renderOverview(slot.layer, slot.feed.all(), bounds, job).then((image) => {
      if (!image || job.aborted) return;
      if (!slot.imageLayer) {
        slot.imageLayer = new ImageLayer({ zIndex: slot.olLayer.getZIndex(), opacity: slot.olLayer.getOpacity() });
        map.addLayer(slot.imageLayer);
      }
      const old = slot.imageLayer.getSource()?.getUrl();
      slot.imageLayer.setSource(new ImageStatic({ url: image.url, imageExtent: image.extent, interpolate: true }));
      if (old) URL.revokeObjectURL(old);
      refeed(slot);
    });
    overviewJobs.add(done);
    void done.finally(() => overviewJobs.delete(done));
  };
  const overviewJobs = new Set<Promise<void>>();

  /** Estimated features of the slot in the view, from the layer's density (O(1)). */
  const estimateInView = (slot: LayerSlot, extent: readonly number[]): number => {
    const b = slot.feed.bounds();
    if (!b) return 0;
    const w = Math.max(0, Math.min(b[2], extent[2]!) - Math.max(b[0], extent[0]!));
    const h = Math.max(0, Math.min(b[3], extent[3]!) - Math.max(b[1], extent[1]!));
    const area = Math.max((b[2] - b[0]) * (b[3] - b[1]), 1e-12);
    return (slot.feed.size * w * h) / area;
  };

  const refeed = (slot: LayerSlot) => {
    const visible = slot.olLayer.getVisible();
    const size = map.getSize();
    if (!visible || !size) {
      slot.imageLayer?.setVisible(false);
      return;
    }
    const extent = transformExtent(map.getView().calculateExtent(size), 'EPSG:3857', 'EPSG:4326') as [number, number, number, number];
    const overview = estimateInView(slot, extent) > VECTOR_LIMIT;
    if (overview) {
      ensureOverview(slot);
      if (slot.imageLayer) {
        slot.imageLayer.setVisible(true);
        slot.imageLayer.setOpacity(slot.olLayer.getOpacity());
        slot.imageLayer.setZIndex(slot.olLayer.getZIndex() ?? 0);
        // The image stands in for the features: drop them so the canvas renderer has nothing to draw.
        if (slot.source.getFeatures().length > 0) slot.source.clear(true);
        return;
      }
      // Until the image is ready, show the larger features only.
    } else {
      slot.imageLayer?.setVisible(false);
    }
    const degPerPx = (extent[2] - extent[0]) / size[0]!;
    const wanted = slot.feed.query(extent, overview ? degPerPx * 4 : 0);
    const next = new Set(wanted.map((f) => toOl(slot.planId, f)));
    const present = slot.source.getFeatures();
    const toRemove = present.filter((f) => !next.has(f));
    const presentSet = new Set(present);
    const toAdd = [...next].filter((f) => !presentSet.has(f));
    if (toRemove.length > 0) {
      if (toRemove.length === present.length) slot.source.clear(true);
      else slot.source.removeFeatures(toRemove);
    }
    if (toAdd.length > 0) slot.source.addFeatures(toAdd);
  };

  /**
   * Feature ids changed by the command that produced `state` from `prev` (executed or redone: the newest
   * applied one; undone: the newest undone one), to patch the feeds instead of rebuilding them; null when
   * the change is not one command.
   */
  const changedIds = (state: EditorState, prev: EditorState): Set<string> | null => {
    const command =
      state.past.length > prev.past.length ? state.past[state.past.length - 1] : state.future.length > prev.future.length ? state.future[0] : undefined;
    if (!command) return null;
    const ids = changedFeatureIds(command);
    return ids.length > 5000 ? null : new Set(ids);
  };
  const groupCache = new WeakMap<PlanEntry, Map<LayerCode, PlanFeature[]>>();
  const groupByLayer = (entry: PlanEntry) => {
    let byLayer = groupCache.get(entry);
    if (!byLayer) {
      byLayer = new Map();
      for (const f of entry.features.values()) {
        let list = byLayer.get(f.layer);
        if (!list) byLayer.set(f.layer, (list = []));
        list.push(f);
      }
      groupCache.set(entry, byLayer);
    }
    return byLayer;
  };

  const syncLayers = (state: EditorState, feed = true, changed: Set<string> | null = null) => {
    const seen = new Set<string>();
    let z = 0;
    for (const planId of state.workspace.planOrder) {
      const entry = state.workspace.plans.get(planId);
      if (!entry) continue;
      // Which layers the plan has comes from the chunk-cached summary; features are grouped per layer only
      // when a feed has to be built (a new layer, or an edit the feed cannot patch).
      const present = featureSummary(entry.features).layerCounts;
      const byLayer = () => groupByLayer(entry);
      for (const info of LAYERS) {
        const key = `${planId}/${info.code}`;
        let slot = slots.get(key);
        if (!slot && !present.has(info.code)) continue;
        seen.add(key);
        if (!slot) {
          const source = new VectorSource();
          const olLayer = new VectorLayer({ source, style: createLayerStyle(info.code), updateWhileInteracting: false });
          olLayer.set('layerKey', key);
          map.addLayer(olLayer);
          slot = { planId, layer: info.code, olLayer, source, feed: new FeatureFeed(byLayer().get(info.code) ?? []), entry, imageLayer: null, overviewJob: null, overviewStale: false };
          slots.set(key, slot);
        } else if (slot.entry !== entry) {
          const patched =
            changed !== null &&
            slot.feed.patch(changed, (id) => {
              const f = entry.features.get(id as FeatureId);
              return f && f.layer === info.code ? f : undefined;
            });
          if (!patched) slot.feed = new FeatureFeed(byLayer().get(info.code) ?? []);
          slot.entry = entry;
          slot.overviewStale = true;
        }
        const view = state.layerViews[key] ?? DEFAULT_LAYER_VIEW;
        slot.olLayer.setVisible(view.visible);
        slot.olLayer.setOpacity(view.opacity);
        slot.olLayer.setZIndex(z++);
        if (feed) refeed(slot);
      }
    }
    for (const [key, slot] of slots) {
      if (!seen.has(key)) {
        map.removeLayer(slot.olLayer);
        if (slot.imageLayer) map.removeLayer(slot.imageLayer);
        if (slot.overviewJob) slot.overviewJob.aborted = true;
        slots.delete(key);
      }
    }
  };

  const findFeature = (state: EditorState, planId: string, featureId: string): PlanFeature | undefined =>
    state.workspace.plans.get(planId as PlanId)?.features.get(featureId as FeatureId);

  const syncHighlight = (state: EditorState) => {
    highlightSource.clear(true);
    const add = (geometry: Geometry, role: string) => {
      const f = new OlFeature({ geometry: format.readGeometry(geometry) ?? undefined, role });
      highlightSource.addFeature(f);
    };
    if (state.selection) {
      const f = findFeature(state, state.selection.planId, state.selection.featureId);
      if (f) add(f.geometry, 'selected');
    }
    const conflict = state.selectedConflictKey ? state.conflicts.find((c) => c.key === state.selectedConflictKey) : undefined;
    if (conflict) {
      for (const [party, role] of [[conflict.subject, 'subject'], [conflict.object, 'object']] as const) {
        const f = party ? findFeature(state, party.planId, party.featureId) : undefined;
        if (f) add(f.geometry, role);
      }
      if (conflict.region) add(conflict.region, 'region');
    }
  };

  const conflictExtent = (state: EditorState, conflict: Conflict): [number, number, number, number] | null => {
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
      const e = format.readGeometry(g)!.getExtent();
      b[0] = Math.min(b[0]!, e[0]!); b[1] = Math.min(b[1]!, e[1]!); b[2] = Math.max(b[2]!, e[2]!); b[3] = Math.max(b[3]!, e[3]!);
    }
    return b as [number, number, number, number];
  };

  // Tools.
  let toolInteractions: Interaction[] = [];
  const select = new Select({ layers: (l) => slots.has(String(l.get('layerKey'))), style: null, hitTolerance: 3 });
  select.on('select', (e) => {
    const f = e.selected[0];
    const s = store.getState();
    if (f) s.select({ planId: f.get('__planId') as PlanId, featureId: f.getId() as FeatureId });
    else s.select(null);
  });

  const snapInteractions = () => [...slots.values()].filter((s) => s.olLayer.getVisible()).map((s) => new Snap({ source: s.source, pixelTolerance: 10 }));

  const setTool = (tool: MapTool) => {
    for (const i of toolInteractions) map.removeInteraction(i);
    toolInteractions = [];
    measureSource.clear();
    callbacks.onMeasure(null);
    const state = store.getState();
    if (tool === 'select') {
      toolInteractions = [select];
    } else if (tool === 'modify') {
      const sel = state.selection;
      const feature = sel ? findFeature(state, sel.planId, sel.featureId) : undefined;
      if (sel && feature) {
        const ol = toOl(sel.planId, feature);
        const editCopy = ol.clone();
        editCopy.set('role', 'editing');
        const editSource = new VectorSource({ features: [editCopy] });
        highlightSource.addFeature(editCopy);
        const modify = new Modify({ source: editSource, pixelTolerance: 10 });
        modify.on('modifyend', () => {
          const geometry = toModelGeometry(editCopy.getGeometry()!);
          const refused = callbacks.onGeometryEdit(sel, geometry);
          if (refused) editCopy.setGeometry(format.readGeometry(findFeature(store.getState(), sel.planId, sel.featureId)?.geometry ?? feature.geometry));
        });
        toolInteractions = [modify, ...snapInteractions()];
      } else {
        toolInteractions = [select];
      }
    } else if (tool === 'drawPolygon' || tool === 'drawLine') {
      const draw = new Draw({ source: measureSource, type: tool === 'drawPolygon' ? 'Polygon' : 'LineString' });
      draw.on('drawend', (e) => {
        callbacks.onDraw(toModelGeometry(e.feature.getGeometry()!));
        // The sketch is only a preview: an accepted drawing comes back through the store as a feature.
        setTimeout(() => measureSource.clear(), 0);
      });
      toolInteractions = [draw, ...snapInteractions()];
    } else {
      const draw = new Draw({ source: measureSource, type: tool === 'measureArea' ? 'Polygon' : 'LineString' });
      draw.on('drawstart', () => measureSource.clear());
      draw.on('drawend', (e) => {
        const g = toModelGeometry(e.feature.getGeometry()!);
        if (g.type === 'Polygon') callbacks.onMeasure({ areaM2: geodesicAreaM2(g.coordinates[0]!), lengthM: geodesicLengthM(g.coordinates[0]!) });
        else if (g.type === 'LineString') callbacks.onMeasure({ lengthM: geodesicLengthM(g.coordinates) });
      });
      toolInteractions = [draw];
    }
    for (const i of toolInteractions) map.addInteraction(i);
  };

  map.on('moveend', () => {
    for (const slot of slots.values()) refeed(slot);
  });
  map.on('pointermove', (e) => {
    const [lon, lat] = toLonLat(e.coordinate) as [number, number];
    callbacks.onPointer([lon, lat]);
  });
  target.addEventListener('pointerleave', () => callbacks.onPointer(null));

  const zoomToLonLatExtent = (extent: [number, number, number, number]) => {
    map.getView().fit(transformExtent(extent, 'EPSG:4326', 'EPSG:3857'), { padding: [40, 40, 40, 40], duration: 0, maxZoom: 19 });
  };
  const fitAll = () => {
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const slot of slots.values()) {
      const e = slot.feed.bounds();
      if (!e) continue;
      b[0] = Math.min(b[0]!, e[0]); b[1] = Math.min(b[1]!, e[1]); b[2] = Math.max(b[2]!, e[2]); b[3] = Math.max(b[3]!, e[3]);
    }
    if (Number.isFinite(b[0])) zoomToLonLatExtent(b as [number, number, number, number]);
  };

  const syncPreview = (features: EditorState['importPreview']) => {
    previewSource.clear();
    if (!features || features.length === 0) return;
    previewSource.addFeatures(features.slice(0, MAX_PREVIEW_FEATURES).map((f) => new OlFeature({ geometry: format.readGeometry(f.geometry) ?? undefined })));
    const extent = previewSource.getExtent();
    if (extent && extent.every(Number.isFinite)) map.getView().fit(extent, { padding: [60, 60, 60, 60], duration: 0, maxZoom: 18 });
  };

  const initial = store.getState();
  map.updateSize();
  // Build the layers without feeding them, fit the view to the data, then feed once for that view.
  const replaceAll = (state: EditorState) => {
    syncLayers(state, false);
    fitAll();
    for (const slot of slots.values()) refeed(slot);
  };
  replaceAll(initial);
  syncHighlight(initial);
  syncProjects(initial, false);
  setTool(initial.tool);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.workspaceEpoch !== prev.workspaceEpoch) replaceAll(state);
    else if (state.workspace !== prev.workspace || state.layerViews !== prev.layerViews) syncLayers(state, true, changedIds(state, prev));
    if (state.selection !== prev.selection || state.selectedConflictKey !== prev.selectedConflictKey || state.conflicts !== prev.conflicts || state.workspace !== prev.workspace) {
      syncHighlight(state);
    }
    if (state.selectedConflictKey && state.selectedConflictKey !== prev.selectedConflictKey) {
      const conflict = state.conflicts.find((c) => c.key === state.selectedConflictKey);
      const extent = conflict ? conflictExtent(state, conflict) : null;
      if (extent) map.getView().fit(extent, { padding: [80, 80, 80, 80], duration: 0, maxZoom: 18 });
    }
    if (state.importPreview !== prev.importPreview) syncPreview(state.importPreview);
    if (state.workspace.projects !== prev.workspace.projects || state.selectedProjectId !== prev.selectedProjectId) {
      syncProjects(state, state.selectedProjectId !== prev.selectedProjectId);
    }
    if (state.tool !== prev.tool || (state.tool === 'modify' && (state.selection !== prev.selection || state.workspace !== prev.workspace))) {
      setTool(state.tool);
    }
  });
  const resize = new ResizeObserver(() => map.updateSize());
  resize.observe(target);

  return {
    fitAll,
    zoomToLonLatExtent,
    lonLatOf: (pixel) => toLonLat(map.getCoordinateFromPixel(pixel)) as [number, number],
    pixelOf: (lonLat) => (map.getPixelFromCoordinate(fromLonLat(lonLat)) as [number, number] | null) ?? null,
    whenRendered: async () => {
      while (overviewJobs.size > 0) await Promise.all([...overviewJobs]);
      await new Promise<void>((resolve) => {
        map.once('rendercomplete', () => resolve());
        map.render();
      });
    },
    projectIdsShown: () => projectSource.getFeatures().map((f) => String(f.getId())).sort(),
    dispose: () => {
      unsubscribe();
      resize.disconnect();
      map.setTarget(undefined);
    },
  };
}

/** At most this many features of an import are drawn as its map preview. */
const MAX_PREVIEW_FEATURES = 5_000;
const PREVIEW_STYLE = new Style({
  stroke: new Stroke({ color: '#00e5ff', width: 2, lineDash: [6, 3] }),
  fill: new Fill({ color: 'rgba(0,229,255,0.18)' }),
  image: new CircleStyle({ radius: 5, stroke: new Stroke({ color: '#00e5ff', width: 2 }) }),
});
const HIGHLIGHT_STYLES: Record<string, Style> = {
  selected: new Style({ stroke: new Stroke({ color: '#00b0ff', width: 3 }), fill: new Fill({ color: 'rgba(0,176,255,0.12)' }) }),
  editing: new Style({
    stroke: new Stroke({ color: '#00b0ff', width: 2 }),
    fill: new Fill({ color: 'rgba(0,176,255,0.08)' }),
    image: new CircleStyle({ radius: 5, fill: new Fill({ color: '#00b0ff' }) }),
  }),
  subject: new Style({ stroke: new Stroke({ color: '#ff9100', width: 3 }) }),
  object: new Style({ stroke: new Stroke({ color: '#d500f9', width: 3, lineDash: [8, 4] }) }),
  region: new Style({ stroke: new Stroke({ color: '#ff1744', width: 3 }), fill: new Fill({ color: 'rgba(255,23,68,0.45)' }) }),
};

const PROJECT_STYLES = {
  normal: new Style({ stroke: new Stroke({ color: '#6a1b9a', width: 2, lineDash: [10, 4] }), fill: new Fill({ color: 'rgba(106,27,154,0.10)' }) }),
  selected: new Style({ stroke: new Stroke({ color: '#6a1b9a', width: 4 }), fill: new Fill({ color: 'rgba(106,27,154,0.25)' }) }),
};
