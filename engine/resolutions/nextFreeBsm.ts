// Pure. nextFreeBsm(plan, layer, seed) → a BSM for a parcel split off by a yield: one past the largest
// all-digit BSM of the layer in the plan (same length as the largest; decimal strings, as 18-digit BSMs pass
// 2^53), skipping any the plan already holds, so the same plans always give the same new BSM and feature id.
import { featureId } from '../model/featureId.ts';
import type { LayerCode, PlanDocument } from '../model/types.ts';

export function nextFreeBsm(plan: PlanDocument, layer: LayerCode, seed: string): string {
  let largest = /^[0-9]+$/.test(seed) ? seed : '';
  for (const f of plan.features) {
    const bsm = f.properties['BSM'];
    if (f.layer !== layer || typeof bsm !== 'string' || !/^[0-9]+$/.test(bsm)) continue;
    if (bsm.length > largest.length || (bsm.length === largest.length && bsm > largest)) largest = bsm;
  }
  const taken = new Set(plan.features.map((f) => f.id as string));
  let candidate = largest === '' ? `${seed}-1` : increment(largest);
  while (taken.has(featureId(plan.plan.id, candidate))) candidate = /^[0-9]+$/.test(candidate) ? increment(candidate) : `${candidate}-1`;
  return candidate;
}

/** "419…0999" → "419…1000"; an all-nines string grows by one digit. */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}
