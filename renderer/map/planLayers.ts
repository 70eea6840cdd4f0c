// The plan layers of the map: one canvas VectorLayer per plan layer, fed by view extent from a flatbush index
// (featureFeed.ts), or shown as its overview image when too many features are in view; patched per edited
// feature when the store's change is one command. Owns the plan-feature → OpenLayers-feature cache.
import type OlMap from 'ol/Map.js';
import OlFeature from 'ol/Feature.js';
import VectorLayer from 'ol/layer/Vector.js';
import ImageLayer from 'ol/layer/Image.js';
import ImageSource from 'ol/source/Image.js';
import VectorSource from 'ol/source/Vector.js';
import type BaseLayer from 'ol/layer/Base.js';
import { transformExtent } from 'ol/proj.js';
import type { FeatureId, LayerCode, PlanFeature, PlanId } from '../../engine/model/index.ts';
import { LAYERS } from '../../engine/model/index.ts';
import type { EditorState } from '../store/createEditorStore.ts';
import type { PlanEntry } from '../store/types.ts';
import { DEFAULT_LAYER_VIEW } from '../store/viewSlice.ts';
import { changedFeatureIds } from '../store/changedFeatureIds.ts';
import { featureSummary } from '../store/featureSummary.ts';
import { layerRows } from '../store/layerRows.ts';
import type { FeatureSelection } from '../store/featureSelection.ts';
import { FeatureFeed } from './featureFeed.ts';
import { slotLookup } from './slotLookup.ts';
import { createLayerStyle } from './layerStyles.ts';
import { overviewFingerprint, renderOverview, storedOverview, type OverviewImage } from './overviewRaster.ts';
import type { OverviewStore } from './overviewStore.ts';
import { createOverviewKeeper } from './overviewKeeper.ts';
import { nextTask } from './nextTask.ts';
import { toOlGeometry } from './olFormat.ts';

/**
 * A layer with more features than this in view is shown as its overview image; below it, as vector
 * features fed by extent (the canvas renderer stays smooth up to a few thousand polygons on a CPU).
 */
const VECTOR_LIMIT = 6000;

interface LayerSlot {
  planId: PlanId;
  layer: LayerCode;
  olLayer: VectorLayer<VectorSource>;
  source: VectorSource;
  feed: FeatureFeed;
  entry: PlanEntry;
  /** The overview image of a large layer (built lazily, rebuilt after edits). */
  imageLayer: ImageLayer<ImageSource> | null;
  overviewJob: { aborted: boolean } | null;
  overviewStale: boolean;
  /** The image the image layer shows (a decoded bitmap is closed when replaced). */
  overviewShown: HTMLCanvasElement | ImageBitmap | null;
  /** Whether the overview store was asked for this layer's image (once, when the workspace opens). */
  overviewLookedUp: boolean;
}

export interface PlanLayers {
  /** Builds, updates or removes layers to match the store (`changed`: ids one command changed, to patch feeds). */
  sync: (state: EditorState, feed?: boolean, changed?: Set<string> | null) => void;
  /** Feeds every layer for the current view (after a move). */
  refeedAll: () => void;
  /** The lon/lat bounds of every plan layer's features, or null when there are none. */
  bounds: () => [number, number, number, number] | null;
  /** The OpenLayers feature of a plan feature (one per feature object, reused). */
  toOl: (planId: PlanId, f: PlanFeature) => OlFeature;
  isPlanLayer: (layer: BaseLayer) => boolean;
  /** Sources of the visible plan layers (what snapping snaps to). */
  visibleSources: () => VectorSource[];
  /** Resolves when no overview image is being drawn. */
  idle: () => Promise<void>;
  /** Per `${planId}/${layer}`: whether its overview image on show was drawn or read back from the store. */
  overviewOrigins: () => Record<string, 'drawn' | 'stored'>;
  /** Resolves when the drawn overview images are stored. */
  overviewsKept: () => Promise<void>;
  /** Up to `limit` selected features whose box meets the lon/lat extent, of every layer (shown or not); when more
   *  are in view, a spread of them, picked by a hash of their row slot (so a toggle elsewhere keeps the others). */
  selectedInView: (selection: FeatureSelection, extent: [number, number, number, number], limit: number) => SelectedFeature[];
}

export interface SelectedFeature {
  planId: PlanId;
  feature: PlanFeature;
}

export function createPlanLayers(map: OlMap, overviews?: OverviewStore): PlanLayers {
  const olFeatures = new WeakMap<PlanFeature, OlFeature>();
  const slots = new Map<string, LayerSlot>();
  const overviewJobs = new Set<Promise<void>>();
  const keeper = overviews ? createOverviewKeeper(overviews) : null;
  /** Whether each layer's overview image on show was drawn here or read back from the store. */
  const overviewOrigins = new Map<string, 'drawn' | 'stored'>();

  const toOl = (planId: PlanId, f: PlanFeature): OlFeature => {
    let ol = olFeatures.get(f);
    if (!ol) {
      ol = new OlFeature({ ...f.properties, geometry: toOlGeometry(f.geometry) });
      ol.setId(f.id);
      ol.set('__planId', planId, true);
      ol.set('__layer', f.layer, true);
      olFeatures.set(f, ol);
    }
    return ol;
  };

  const showOverview = (slot: LayerSlot, overview: OverviewImage) => {
    if (!slot.imageLayer) {
      slot.imageLayer = new ImageLayer({ zIndex: slot.olLayer.getZIndex(), opacity: slot.olLayer.getOpacity() });
      map.addLayer(slot.imageLayer);
    }
    const [x0, y0, x1, y1] = overview.extent;
    const { image } = overview;
    // A loader without arguments makes a static source: the one image at its own extent and resolution.
    const loader = () => ({
      image,
      extent: overview.extent,
      resolution: [(x1 - x0) / image.width, (y1 - y0) / image.height],
      pixelRatio: 1,
    });
    slot.imageLayer.setSource(new ImageSource({ loader, interpolate: true }));
    if (slot.overviewShown instanceof ImageBitmap) slot.overviewShown.close();
    slot.overviewShown = image;
  };

  const ensureOverview = (slot: LayerSlot) => {
    if (slot.overviewJob && !slot.overviewStale) return;
    if (slot.overviewJob) slot.overviewJob.aborted = true;
    const job = { aborted: false };
    slot.overviewJob = job;
    slot.overviewStale = false;
    const bounds = slot.feed.bounds();
    if (!bounds) return;
    const key = `${slot.planId}/${slot.layer}`;
    const entry = slot.entry;
    // The store is asked once per layer, when the workspace opens; images drawn after edits are kept, not looked up.
    const lookUp = keeper !== null && !slot.overviewLookedUp;
    slot.overviewLookedUp = true;
    const done = (async () => {
      // Not in the task that asked (an edit's): grouping the layer's rows, allocating the canvas and its first slice
      // took 80 ms of an attribute edit at 300k parcels.
      await nextTask();
      if (job.aborted) return;
      // In document order (the feed puts edited features last): the order a reopened workspace has, so the same
      // plan gives the same image and fingerprint whether it was edited here or replayed at the start.
      const features = layerRows(entry.features, slot.layer);
      // A stored image is shown only when it was drawn from exactly these features, paints and bounds; with none
      // stored, drawing starts at once and the fingerprint is taken when the image is kept.
      const kept = lookUp ? await overviews!.load(key).catch(() => null) : null;
      // The PNG decodes off this thread while this one takes the fingerprint; a mismatch closes it unseen.
      const decoding = kept ? storedOverview(kept.png, bounds).catch(() => null) : null;
      const fingerprint = kept ? await overviewFingerprint(slot.layer, features, bounds, job) : null;
      const decoded = decoding ? await decoding : null;
      const stored = decoded && fingerprint === kept!.fingerprint && !job.aborted ? decoded : null;
      if (decoded && !stored && decoded.image instanceof ImageBitmap) decoded.image.close();
      const overview = stored ?? (job.aborted ? null : await renderOverview(slot.layer, features, bounds, job));
      if (!overview || job.aborted) {
        if (overview?.image instanceof ImageBitmap) overview.image.close();
        return;
      }
      showOverview(slot, overview);
      overviewOrigins.set(key, stored ? 'stored' : 'drawn');
      if (stored) keeper?.forget(key);
      else if (keeper && overview.image instanceof HTMLCanvasElement) {
        keeper.keep(key, overview.image, (signal) =>
          fingerprint !== null ? Promise.resolve(fingerprint) : overviewFingerprint(slot.layer, features, bounds, signal),
        );
      }
      refeed(slot);
    })();
    overviewJobs.add(done);
    void done.finally(() => overviewJobs.delete(done));
  };

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

  // The rows of each layer in the last view asked about: a selection change in the same view (a Ctrl+click) tests
  // the selection's mask over them and does not search the index again.
  const rowsInView = new WeakMap<LayerSlot, { entry: PlanEntry; extent: string; slots: Uint32Array | null }>();
  const slotsInView = (slot: LayerSlot, extent: [number, number, number, number]): Uint32Array | null => {
    const key = extent.join(',');
    let hit = rowsInView.get(slot);
    if (!hit || hit.entry !== slot.entry || hit.extent !== key) {
      hit = { entry: slot.entry, extent: key, slots: slot.feed.slotsIn(extent) };
      rowsInView.set(slot, hit);
    }
    return hit.slots;
  };

  const selectedInView = (selection: FeatureSelection, extent: [number, number, number, number], limit: number) => {
    interface Candidates {
      slot: LayerSlot;
      test: (row: number) => boolean;
      /** The rows in view; null: every row. */
      rows: Uint32Array | null;
      /** The selection's mask over the rows when nothing else of the plan is selected. */
      mask: { mask: Uint8Array; count: number } | null;
    }
    const layers: Candidates[] = [];
    for (const slot of slots.values()) {
      const test = selection.rowTest(slot.planId, slot.feed.rows);
      if (test) layers.push({ slot, test, rows: slotsInView(slot, extent), mask: selection.rowMask(slot.planId, slot.feed.rows) });
    }
    /** Visits the candidate rows in view: all of them, or (`picked`) those it accepts, by a cheap test first. */
    const forEachRow = (c: Candidates, visit: (row: number) => boolean | void, picked?: (row: number) => boolean) => {
      const n = c.rows ? c.rows.length : c.slot.feed.rows.length;
      for (let j = 0; j < n; j++) {
        const row = c.rows ? c.rows[j]! : j;
        if ((picked === undefined || picked(row)) && c.test(row) && visit(row) === false) return;
      }
    };
    // A feature patched in since the feed was built: by the row it replaced, or by id when it is new (a scan; few).
    const patchSelected = (c: Candidates, f: PlanFeature, row: number) =>
      row >= 0 ? c.test(row) : selection.has({ planId: c.slot.planId, featureId: f.id as FeatureId });

    // How many are in view: a layer in view whole with only the mask selected counts without a loop.
    let inView = 0;
    for (const c of layers) {
      if (c.rows === null && c.mask) inView += c.mask.count;
      else forEachRow(c, () => void inView++);
      c.slot.feed.forEachPatchIn(extent, (f, row) => void (patchSelected(c, f, row) && inView++));
    }
    const out: SelectedFeature[] = [];
    // All of them while they fit; beyond, a spread: those whose row hashes to 0 modulo `spread`.
    const spread = Math.ceil(inView / limit);
    const picked = spread > 1 ? (row: number) => (Math.imul(row + 1, 0x9e3779b1) >>> 16) % spread === 0 : undefined;
    for (const c of layers) {
      const base = c.slot.feed.rows;
      const push = (feature: PlanFeature) => {
        if (out.length >= limit) return false;
        out.push({ planId: c.slot.planId, feature });
        return true;
      };
      if (c.rows === null && c.mask && !picked) {
        const m = c.mask.mask;
        for (let i = m.indexOf(1); i >= 0 && push(base[i]!); i = m.indexOf(1, i + 1));
      } else forEachRow(c, (row) => push(base[row]!), picked);
      c.slot.feed.forEachPatchIn(extent, (f, row) => {
        if ((row < 0 || !picked || picked(row)) && patchSelected(c, f, row)) push(f);
      });
    }
    return out;
  };

  const sync = (state: EditorState, feed = true, changed: Set<string> | null = null) => {
    const seen = new Set<string>();
    let z = 0;
    for (const planId of state.workspace.planOrder) {
      const entry = state.workspace.plans.get(planId);
      if (!entry) continue;
      // Which layers the plan has comes from the chunk-cached summary; features are grouped per layer only
      // when a feed has to be built (a new layer, or an edit the feed cannot patch), into the attribute table's rows.
      const present = featureSummary(entry.features).layerCounts;
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
          slot = {
            planId,
            layer: info.code,
            olLayer,
            source,
            feed: new FeatureFeed(layerRows(entry.features, info.code), slotLookup(entry.features, info.code)),
            entry,
            imageLayer: null,
            overviewJob: null,
            overviewStale: false,
            overviewShown: null,
            overviewLookedUp: false,
          };
          slots.set(key, slot);
        } else if (slot.entry !== entry) {
          const patched =
            changed !== null &&
            slot.feed.patch(changed, (id) => {
              const f = entry.features.get(id as FeatureId);
              return f && f.layer === info.code ? f : undefined;
            });
          if (!patched) slot.feed = new FeatureFeed(layerRows(entry.features, info.code), slotLookup(entry.features, info.code));
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
        if (slot.overviewShown instanceof ImageBitmap) slot.overviewShown.close();
        overviewOrigins.delete(key);
        keeper?.forget(key);
        slots.delete(key);
      }
    }
  };

  return {
    sync,
    refeedAll: () => {
      for (const slot of slots.values()) refeed(slot);
    },
    bounds: () => {
      const b = [Infinity, Infinity, -Infinity, -Infinity];
      for (const slot of slots.values()) {
        const e = slot.feed.bounds();
        if (!e) continue;
        b[0] = Math.min(b[0]!, e[0]);
        b[1] = Math.min(b[1]!, e[1]);
        b[2] = Math.max(b[2]!, e[2]);
        b[3] = Math.max(b[3]!, e[3]);
      }
      return Number.isFinite(b[0]) ? (b as [number, number, number, number]) : null;
    },
    toOl,
    isPlanLayer: (layer) => slots.has(String(layer.get('layerKey'))),
    visibleSources: () => [...slots.values()].filter((s) => s.olLayer.getVisible()).map((s) => s.source),
    idle: async () => {
      while (overviewJobs.size > 0) await Promise.all([...overviewJobs]);
    },
    overviewOrigins: () => Object.fromEntries(overviewOrigins),
    overviewsKept: async () => {
      await keeper?.idle();
    },
    selectedInView,
  };
}

/**
 * Feature ids changed by the command that produced `state` from `prev` (executed or redone: the newest
 * applied one; undone: the newest undone one), to patch the feeds instead of rebuilding them; null when
 * the change is not one command.
 */
export function changedIdsBetween(state: EditorState, prev: EditorState): Set<string> | null {
  const command =
    state.past.length > prev.past.length
      ? state.past[state.past.length - 1]
      : state.future.length > prev.future.length
        ? state.future[0]
        : undefined;
  if (!command) return null;
  const ids = changedFeatureIds(command);
  return ids.length > 5000 ? null : new Set(ids);
}
