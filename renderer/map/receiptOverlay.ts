// The 回执's map filter: an overlay layer drawing the features of the shown department whose outcome is ticked
// (changed amber, removed red dashed — as the department sent it, added green, kept grey), over the plans and
// under the selection. Kept out of createMapController: it only needs the map and the store.
import OlFeature from 'ol/Feature.js';
import type OlMap from 'ol/Map.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { Fill, Stroke, Style } from 'ol/style.js';
import type { ReceiptOutcome } from '../../engine/exchange/index.ts';
import type { EditorState, EditorStore } from '../store/createEditorStore.ts';

const format = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
/** At most this many shapes are drawn (the filter is for finding features, not for redrawing a city). */
const MAX_SHAPES = 5_000;

const STYLES: Record<ReceiptOutcome, Style> = {
  changed: new Style({ stroke: new Stroke({ color: '#ef6c00', width: 3 }), fill: new Fill({ color: 'rgba(239,108,0,0.25)' }) }),
  removed: new Style({
    stroke: new Stroke({ color: '#c62828', width: 3, lineDash: [8, 4] }),
    fill: new Fill({ color: 'rgba(198,40,40,0.20)' }),
  }),
  added: new Style({ stroke: new Stroke({ color: '#2e7d32', width: 3 }), fill: new Fill({ color: 'rgba(46,125,50,0.25)' }) }),
  kept: new Style({ stroke: new Stroke({ color: '#607d8b', width: 1 }), fill: new Fill({ color: 'rgba(96,125,139,0.12)' }) }),
};

export interface ReceiptOverlay {
  /** `${planId}/${featureId}` of the shapes drawn, sorted (tests and the automation hook). */
  shown(): string[];
  dispose(): void;
}

export function createReceiptOverlay(map: OlMap, store: EditorStore): ReceiptOverlay {
  const source = new VectorSource();
  const layer = new VectorLayer({ source, zIndex: 9_997, style: (f) => STYLES[f.get('outcome') as ReceiptOutcome] ?? STYLES.kept });
  map.addLayer(layer);
  const sync = (state: EditorState) => {
    source.clear(true);
    const receipt = state.receipt;
    const current = receipt?.receipts.find((r) => r.department === state.receiptDepartment);
    if (!receipt || !current || state.receiptOutcomes.length === 0) return;
    const shapes: OlFeature[] = [];
    for (const row of current.rows) {
      if (!state.receiptOutcomes.includes(row.outcome) || shapes.length >= MAX_SHAPES) continue;
      const key = `${row.planId}/${row.featureId}`;
      const geometry = receipt.geometries.get(key);
      if (!geometry) continue;
      const f = new OlFeature({ geometry: format.readGeometry(geometry) ?? undefined, outcome: row.outcome });
      f.setId(key);
      shapes.push(f);
    }
    source.addFeatures(shapes);
    const extent = source.getExtent();
    if (shapes.length > 0 && extent && extent.every(Number.isFinite))
      map.getView().fit(extent, { padding: [80, 80, 80, 80], duration: 0, maxZoom: 17 });
  };
  sync(store.getState());
  const unsubscribe = store.subscribe((state, prev) => {
    if (
      state.receipt !== prev.receipt ||
      state.receiptDepartment !== prev.receiptDepartment ||
      state.receiptOutcomes !== prev.receiptOutcomes
    )
      sync(state);
  });
  return {
    shown: () =>
      source
        .getFeatures()
        .map((f) => String(f.getId()))
        .sort(),
    dispose: () => {
      unsubscribe();
      map.removeLayer(layer);
    },
  };
}
