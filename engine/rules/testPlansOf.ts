// Pure. Takes the features of an inline rule test (or a fixture), returns plan documents: one plan per
// `plan` name, or per plan kind of the feature's layer when none is given; all declare `sourceCrs`.
import { layerInfo } from '../model/layers.ts';
import type { FeatureId, PlanDocument, PlanId } from '../model/types.ts';
import type { RuleTestFeature } from './types.ts';

export function testPlansOf(features: readonly RuleTestFeature[], sourceCrs = 'EPSG:4490'): PlanDocument[] {
  const plans = new Map<string, PlanDocument>();
  for (const f of features) {
    const kind = layerInfo(f.layer).kind;
    const id = f.plan ?? `test-${kind}`;
    let doc = plans.get(id);
    if (!doc) {
      doc = {
        type: 'FeatureCollection',
        plan: {
          schemaVersion: '1.0.0',
          kind,
          id: id as PlanId,
          title: id,
          department: '测试',
          version: 'v1',
          period: { start: 2021, end: 2035 },
          classification: 'ydyh2023',
          sourceCrs,
        },
        features: [],
      };
      plans.set(id, doc);
    }
    doc.features.push({ type: 'Feature', id: f.id as FeatureId, layer: f.layer, geometry: f.geometry, properties: f.properties });
  }
  return [...plans.values()].sort((a, b) => (a.plan.id < b.plan.id ? -1 : 1));
}
