// Pure. A plan document as a workspace entry (features in a FeatureStore) and back.
import type { PlanDocument } from '../model/types.ts';
import { FeatureMap } from './featureMap.ts';
import type { PlanEntry } from './types.ts';

export function planEntryOf(doc: PlanDocument): PlanEntry {
  return { meta: doc.plan, features: FeatureMap.from(doc.features) };
}

export function planDocumentOf(entry: PlanEntry): PlanDocument {
  return { type: 'FeatureCollection', plan: entry.meta, features: [...entry.features.values()] };
}
