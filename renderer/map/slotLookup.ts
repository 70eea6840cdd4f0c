// Where a feature id sits among a layer's rows (layerRows: the plan's features of that layer in document order),
// read from the plan's feature store instead of a Map of every id: a table from document position to row, built in
// one pass without hashing, and the store's own id index (`indexOf`). The map's feed of a 300k-parcel layer built its
// Map of ids (0.14 s) in the task that opens the workspace; this table takes a few milliseconds.
import { isFeatureStore } from '../../engine/edit/index.ts';
import type { FeatureId, LayerCode, PlanFeature } from '../../engine/model/index.ts';

/** The row of `id` among the layer's rows of `features` (as they are now), or undefined; undefined for features not
 *  held in a FeatureStore (the feed then builds a Map). */
export function slotLookup(
  features: ReadonlyMap<FeatureId, PlanFeature>,
  layer: LayerCode,
): ((id: string) => number | undefined) | undefined {
  if (!isFeatureStore(features)) return undefined;
  const rowAt = new Int32Array(features.size);
  let row = 0;
  let position = 0;
  for (const f of features.values()) rowAt[position++] = f.layer === layer ? row++ : -1;
  return (id) => {
    const at = features.indexOf(id as FeatureId);
    const slot = at < 0 ? -1 : rowAt[at]!;
    return slot < 0 ? undefined : slot;
  };
}
