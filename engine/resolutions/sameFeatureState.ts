// Pure. True when a plan feature (or its absence) is exactly the given edit state: same geometry
// coordinates and the same properties whatever their key order.
import type { PlanFeature } from '../model/types.ts';
import type { FeatureState } from './types.ts';

export function sameFeatureState(feature: PlanFeature | undefined, state: FeatureState | null): boolean {
  if (!feature || !state) return !feature && !state;
  return canonical(feature.geometry) === canonical(state.geometry) && canonical(feature.properties) === canonical(state.properties);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
