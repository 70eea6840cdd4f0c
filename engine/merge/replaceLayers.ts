// Pure. replaceLayers(previous, imported, layers) → the new version a file makes of a plan when the file brings
// only some of its layers: the file's features replace the previous version's features on `layers`, and every
// other layer of the previous version is carried over unchanged. A file of 5 产业项目 (GYXM) must not delete the
// plan's 产业园区 (CYYQ): a layer the file does not hold is not a layer the department emptied. The imported
// features take the place of the first replaced feature (or go last), so the plan's order stays stable.
// Layers are listed in the catalogue's order. Inputs are not mutated.
import { LAYERS } from '../model/layers.ts';
import type { FeatureId, LayerCode, PlanDocument, PlanFeature } from '../model/types.ts';

export interface ReplacedLayer {
  layer: LayerCode;
  /** Features of the layer in the previous version. */
  before: number;
  /** Features of the layer in the file. */
  after: number;
}

export interface KeptLayer {
  layer: LayerCode;
  features: number;
}

export interface LayerReplacement {
  /** The imported document's metadata with the file's features and the previous version's other layers. */
  document: PlanDocument;
  replaced: ReplacedLayer[];
  kept: KeptLayer[];
}

const catalogueOrder = new Map(LAYERS.map((l, i) => [l.code, i]));
const byCatalogue = (a: LayerCode, b: LayerCode) => (catalogueOrder.get(a) ?? 0) - (catalogueOrder.get(b) ?? 0);

function countByLayer(features: readonly PlanFeature[]): Map<LayerCode, number> {
  const counts = new Map<LayerCode, number>();
  for (const f of features) counts.set(f.layer, (counts.get(f.layer) ?? 0) + 1);
  return counts;
}

export function replaceLayers(previous: PlanDocument, imported: PlanDocument, layers: readonly LayerCode[]): LayerReplacement {
  const replacedSet = new Set<LayerCode>([...layers, ...imported.features.map((f) => f.layer)]);
  // A feature the file brings wins over a kept one with the same id (the same BSM moved to another layer).
  const importedIds = new Set<FeatureId>(imported.features.map((f) => f.id));
  const features: PlanFeature[] = [];
  let placed = false;
  for (const f of previous.features) {
    if (!replacedSet.has(f.layer)) {
      if (!importedIds.has(f.id)) features.push(f);
      continue;
    }
    if (!placed) {
      features.push(...imported.features);
      placed = true;
    }
  }
  if (!placed) features.push(...imported.features);
  const before = countByLayer(previous.features);
  const after = countByLayer(imported.features);
  const replaced = [...replacedSet]
    .sort(byCatalogue)
    .map((layer) => ({ layer, before: before.get(layer) ?? 0, after: after.get(layer) ?? 0 }));
  const kept = [...countByLayer(features.filter((f) => !replacedSet.has(f.layer)))]
    .map(([layer, n]) => ({ layer, features: n }))
    .sort((a, b) => byCatalogue(a.layer, b.layer));
  return { document: { ...imported, features }, replaced, kept };
}
