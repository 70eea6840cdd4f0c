// The OpenLayers map of the whole workspace, assembled from its parts: the plan layers (planLayers.ts), the
// selection and conflict highlights (mapHighlights.ts), the project and import-preview overlays
// (mapOverlays.ts, and the 回执 filter in receiptOverlay.ts), the tools (mapTools.ts: select, 编辑节点 with vertex handles and snapping, drawing,
// measuring) and the remembered view (mapViewMemory.ts). It reads the store directly (no React re-render per
// frame) and turns edits into store commands through the callbacks.
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import Zoom from 'ol/control/Zoom.js';
import { defaults as defaultInteractions } from 'ol/interaction/defaults.js';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj.js';
import type { EditorState, EditorStore } from '../store/createEditorStore.ts';
import type { MapRequest } from '../store/selectionSlice.ts';
import { changedIdsBetween, createPlanLayers } from './planLayers.ts';
import { conflictExtent, createMapHighlights } from './mapHighlights.ts';
import { createMapOverlays } from './mapOverlays.ts';
import { createMapTools, type ToolCallbacks } from './mapTools.ts';
import { readRememberedView, rememberView, viewFitsData } from './mapViewMemory.ts';
import type { OverviewStore } from './overviewStore.ts';
import { createReceiptOverlay } from './receiptOverlay.ts';

export { toModelGeometry } from './olFormat.ts';

export interface MapCallbacks extends ToolCallbacks {
  onPointer: (lonLat: [number, number] | null) => void;
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
  /** The view as remembered for the next start: centre (lon/lat), zoom and rotation (radians). */
  viewState: () => { centre: [number, number]; zoom: number; rotation: number };
  /** `${planId}/${featureId}` of the features the 回执 map filter draws. */
  receiptShown: () => string[];
  /** The view now: its centre and lon/lat box (the 专题图 prints around it). Null before the map has a size. */
  viewLonLat: () => { centre: [number, number]; box: [number, number, number, number] } | null;
  /** Shows a find / 定位到坐标 / zoom-to-selection request: fits its extent and marks its point (or clears the mark). */
  showRequest: (request: MapRequest) => void;
  dispose: () => void;
  /** Selected features drawn by the highlight overlay (at most MAX_HIGHLIGHTED), for tests and tooling. */
  highlightedCount: () => number;
  /** `${planId}/${featureId}` of those features: all of a selection up to MAX_HIGHLIGHTED, else of those in view. */
  highlightedRefs: () => string[];
  /** Per `${planId}/${layer}` shown as an overview image: whether it was drawn or read back from the store. */
  overviewOrigins: () => Record<string, 'drawn' | 'stored'>;
  /** Resolves when the overview images drawn so far are stored for the next start. */
  overviewsKept: () => Promise<void>;
}

export function createMapController(
  target: HTMLElement,
  store: EditorStore,
  callbacks: MapCallbacks,
  overviews?: OverviewStore,
): MapController {
  const viewLonLatBox = (): [number, number, number, number] | null => {
    const size = map.getSize();
    return size
      ? (transformExtent(map.getView().calculateExtent(size), 'EPSG:3857', 'EPSG:4326') as [number, number, number, number])
      : null;
  };
  // A large selection is highlighted by its features in view (the plan layers' feeds know what is where).
  const highlights = createMapHighlights((selection, limit) => {
    const box = viewLonLatBox();
    return box ? layers.selectedInView(selection, box, limit) : [];
  });
  const map = new OlMap({
    target,
    layers: [highlights.layer],
    view: new View({ center: fromLonLat([112.59, 35.09]), zoom: 11, maxZoom: 22 }),
    controls: [new Zoom(), new ScaleLine({ units: 'metric', minWidth: 120 })],
    interactions: defaultInteractions({ doubleClickZoom: false }),
  });
  const layers = createPlanLayers(map, overviews);
  const overlays = createMapOverlays(map);
  const tools = createMapTools(map, store, layers, callbacks);

  const zoomToLonLatExtent = (extent: [number, number, number, number]) => {
    map.getView().fit(transformExtent(extent, 'EPSG:4326', 'EPSG:3857'), { padding: [40, 40, 40, 40], duration: 0, maxZoom: 19 });
  };
  const fitAll = () => {
    const b = layers.bounds();
    if (b) zoomToLonLatExtent(b);
  };
  const viewState = () => {
    const view = map.getView();
    const [lon, lat] = toLonLat(view.getCenter() ?? [0, 0]) as [number, number];
    return { centre: [lon, lat] as [number, number], zoom: view.getZoom() ?? 0, rotation: view.getRotation() };
  };

  map.on('moveend', () => {
    layers.refeedAll();
    highlights.viewChanged(store.getState);
    rememberView(viewState());
  });
  map.on('pointermove', (e) => {
    const [lon, lat] = toLonLat(e.coordinate) as [number, number];
    callbacks.onPointer([lon, lat]);
  });
  const onLeave = () => callbacks.onPointer(null);
  target.addEventListener('pointerleave', onLeave);

  // Build the layers without feeding them, place the view (the remembered one at start, when it still looks at
  // this workspace's data; else the whole extent), then feed once for that view.
  const replaceAll = (state: EditorState, restore: boolean) => {
    layers.sync(state, false);
    const remembered = restore ? readRememberedView() : null;
    if (remembered && viewFitsData(remembered, layers.bounds())) {
      const view = map.getView();
      view.setCenter(fromLonLat(remembered.centre));
      view.setZoom(remembered.zoom);
      view.setRotation(remembered.rotation);
    } else fitAll();
    layers.refeedAll();
  };

  const initial = store.getState();
  map.updateSize();
  replaceAll(initial, true);
  highlights.sync(initial);
  overlays.syncProjects(initial, false);
  tools.setTool(initial.tool);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.workspaceEpoch !== prev.workspaceEpoch) replaceAll(state, false);
    else if (state.workspace !== prev.workspace || state.layerViews !== prev.layerViews)
      layers.sync(state, true, changedIdsBetween(state, prev));
    if (
      state.selection !== prev.selection ||
      state.featureSelection !== prev.featureSelection ||
      state.selectedFeatures !== prev.selectedFeatures ||
      state.selectedConflictKey !== prev.selectedConflictKey ||
      state.conflicts !== prev.conflicts ||
      state.workspace !== prev.workspace
    ) {
      highlights.sync(state);
    }
    if (state.selectedConflictKey && state.selectedConflictKey !== prev.selectedConflictKey) {
      const conflict = state.conflicts.find((c) => c.key === state.selectedConflictKey);
      const extent = conflict ? conflictExtent(state, conflict) : null;
      if (extent) map.getView().fit(extent, { padding: [80, 80, 80, 80], duration: 0, maxZoom: 18 });
    }
    if (state.importPreview !== prev.importPreview) overlays.syncPreview(state.importPreview);
    if (state.workspace.projects !== prev.workspace.projects || state.selectedProjectId !== prev.selectedProjectId) {
      overlays.syncProjects(state, state.selectedProjectId !== prev.selectedProjectId);
    }
    // 编辑节点 copies the selected shape: a new selection or an edit (an undo too) makes a fresh copy.
    if (
      state.tool !== prev.tool ||
      (state.tool === 'modify' && (state.selection !== prev.selection || state.workspace !== prev.workspace))
    ) {
      tools.setTool(state.tool);
    }
  });
  const resize = new ResizeObserver(() => map.updateSize());
  resize.observe(target);
  const receiptOverlay = createReceiptOverlay(map, store);

  return {
    fitAll,
    zoomToLonLatExtent,
    lonLatOf: (pixel) => toLonLat(map.getCoordinateFromPixel(pixel)) as [number, number],
    pixelOf: (lonLat) => (map.getPixelFromCoordinate(fromLonLat(lonLat)) as [number, number] | null) ?? null,
    whenRendered: async () => {
      // A move's render ends in a new pick of a large selection's highlight, which is drawn in one more render.
      do {
        highlights.flush();
        await layers.idle();
        await new Promise<void>((resolve) => {
          map.once('rendercomplete', () => resolve());
          map.render();
        });
      } while (highlights.pending());
    },
    projectIdsShown: overlays.projectIdsShown,
    viewState,
    receiptShown: () => receiptOverlay.shown(),
    viewLonLat: () => {
      const box = viewLonLatBox();
      const centre = map.getView().getCenter();
      if (!box || !centre) return null;
      return { centre: toLonLat(centre) as [number, number], box };
    },
    showRequest: (request) => {
      highlights.setLocated(request.mark ?? null);
      highlights.sync(store.getState());
      zoomToLonLatExtent(request.extent);
    },
    dispose: () => {
      unsubscribe();
      highlights.dispose();
      receiptOverlay.dispose();
      resize.disconnect();
      target.removeEventListener('pointerleave', onLeave);
      map.setTarget(undefined);
    },
    highlightedCount: () => highlights.source.getFeatures().filter((f) => f.get('role') === 'selected').length,
    highlightedRefs: () => highlights.selectedShown(),
    overviewOrigins: layers.overviewOrigins,
    overviewsKept: layers.overviewsKept,
  };
}
