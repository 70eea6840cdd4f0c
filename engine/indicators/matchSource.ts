// Pure. Takes a plan feature and an indicator's source selectors, returns whether any selector picks it
// (same layer; code field starting with one of the prefixes; every `equals` attribute equal).
import type { PlanFeature } from '../model/types.ts';
import type { SourceSelector } from './types.ts';

export function matchSource(feature: PlanFeature, selector: SourceSelector): boolean {
  if (feature.layer !== selector.layer) return false;
  if (selector.codePrefixes) {
    const code = feature.properties[selector.codeField ?? 'YDYHFLDM'];
    if (typeof code !== 'string' || !selector.codePrefixes.some((p) => code.startsWith(p))) return false;
  }
  if (selector.equals) {
    for (const [field, value] of Object.entries(selector.equals)) {
      if (feature.properties[field] !== value) return false;
    }
  }
  return true;
}

export function matchAnySource(feature: PlanFeature, selectors: readonly SourceSelector[]): boolean {
  return selectors.some((s) => matchSource(feature, s));
}
