// Per-plan summaries for the layer tree and the legend (feature count per layer, 用地用海 codes and road
// grades present), computed per chunk of a FeatureMap and cached by chunk identity, so after an edit only
// the edited chunk is counted again.
import type { PlanFeature } from '../../engine/model/index.ts';
import { FeatureMap } from './featureMap.ts';

export interface FeatureSummary {
  layerCounts: Map<string, number>;
  landUseCodes: Set<string>;
  grades: Set<string>;
}

const cache = new WeakMap<object, FeatureSummary>();

function summarise(features: Iterable<PlanFeature>): FeatureSummary {
  const s: FeatureSummary = { layerCounts: new Map(), landUseCodes: new Set(), grades: new Set() };
  for (const f of features) {
    s.layerCounts.set(f.layer, (s.layerCounts.get(f.layer) ?? 0) + 1);
    if (f.layer === 'GHYDYH' && typeof f.properties.YDYHFLDM === 'string') s.landUseCodes.add(f.properties.YDYHFLDM);
    if (f.layer === 'JTXL' && typeof f.properties.DJ === 'string') s.grades.add(f.properties.DJ);
  }
  return s;
}

export function featureSummary(features: ReadonlyMap<string, PlanFeature>): FeatureSummary {
  const hit = cache.get(features);
  if (hit) return hit;
  let result: FeatureSummary;
  if (features instanceof FeatureMap) {
    result = { layerCounts: new Map(), landUseCodes: new Set(), grades: new Set() };
    for (const chunk of features.chunkList()) {
      let part = cache.get(chunk);
      if (!part) cache.set(chunk, (part = summarise(chunk.values())));
      for (const [layer, n] of part.layerCounts) result.layerCounts.set(layer, (result.layerCounts.get(layer) ?? 0) + n);
      for (const c of part.landUseCodes) result.landUseCodes.add(c);
      for (const g of part.grades) result.grades.add(g);
    }
  } else {
    result = summarise(features.values());
  }
  cache.set(features, result);
  return result;
}
