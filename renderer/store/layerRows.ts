// Pure. A plan layer's features in document order, grouped once per feature map: the attribute table's rows and the
// map's feed of the layer are the same array, so the multi-selection's mask over the table's rows also reads the map's.
import type { LayerCode, PlanFeature } from '../../engine/model/index.ts';

const rowsCache = new WeakMap<ReadonlyMap<string, PlanFeature>, Map<string, readonly PlanFeature[]>>();

/** The features of one layer in document order; the same array while the plan's feature map is unchanged. */
export function layerRows(features: ReadonlyMap<string, PlanFeature>, layer: LayerCode): readonly PlanFeature[] {
  let byLayer = rowsCache.get(features);
  if (!byLayer) {
    byLayer = new Map();
    for (const f of features.values()) {
      let list = byLayer.get(f.layer) as PlanFeature[] | undefined;
      if (!list) byLayer.set(f.layer, (list = []));
      list.push(f);
    }
    rowsCache.set(features, byLayer);
  }
  return byLayer.get(layer) ?? [];
}
