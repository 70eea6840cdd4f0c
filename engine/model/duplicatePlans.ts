// Pure. duplicatePlans(plans) → the pairs of plans that are one plan given twice: the same plan id, or the same
// kind with the same features (the layer and BSM of every feature). The one definition `check`, `export` and the
// editor's import refuse: the twin's features would overlap the original everywhere (thousands of coverage blockers).
import type { PlanKind, Properties } from './types.ts';
import { say } from '../i18n/index.ts';

export interface PlanIdentity {
  id: string;
  kind: PlanKind;
  features: readonly { layer: string; properties: Properties }[];
}

export interface DuplicatePlan {
  /** Index of the first plan of the pair and of the later one that repeats it. */
  first: number;
  second: number;
  /** `id`: the same plan id; `features`: different ids, but every feature's layer and BSM are the same. */
  reason: 'id' | 'features';
  /** The repeated plan id (reason `id`) and the number of features. */
  planId: string;
  featureCount: number;
}

/** Each later plan is reported once, against the first plan it repeats. */
export function duplicatePlans(plans: readonly PlanIdentity[]): DuplicatePlan[] {
  const out: DuplicatePlan[] = [];
  const firstById = new Map<string, number>();
  const firstByContent = new Map<string, number[]>();
  const contentOf = new Map<number, string[]>();
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i]!;
    const sameId = firstById.get(p.id);
    if (sameId !== undefined) {
      out.push({ first: sameId, second: i, reason: 'id', planId: p.id, featureCount: p.features.length });
      continue;
    }
    firstById.set(p.id, i);
    const keys = featureKeys(p);
    if (keys === null) continue;
    // Plans are compared only with plans of the same kind and feature count, so the common case costs one pass.
    const bucket = `${p.kind}\u0000${keys.length}`;
    const candidates = firstByContent.get(bucket) ?? [];
    const twin = candidates.find((c) => sameKeys(contentOf.get(c)!, keys));
    if (twin !== undefined) {
      out.push({ first: twin, second: i, reason: 'features', planId: p.id, featureCount: p.features.length });
      continue;
    }
    candidates.push(i);
    firstByContent.set(bucket, candidates);
    contentOf.set(i, keys);
  }
  return out;
}

/** Sorted "layer BSM" of every feature; null when no feature has a BSM (nothing to identify the plan by). */
function featureKeys(p: PlanIdentity): string[] | null {
  let withBsm = 0;
  const keys = p.features.map((f) => {
    const bsm = f.properties['BSM'];
    if (typeof bsm === 'string' && bsm !== '') withBsm++;
    return `${f.layer}\u0000${typeof bsm === 'string' ? bsm : ''}`;
  });
  if (withBsm === 0) return null;
  return keys.sort();
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The message for one pair, given how each plan is named to the reader: a file name, or per language
 *  (「title」 in Chinese, "title" in English). */
export function duplicatePlanMessage(
  d: DuplicatePlan,
  nameOf: (index: number) => string | { zh: string; en: string },
): { zh: string; en: string } {
  const name = (i: number) => {
    const n = nameOf(i);
    return typeof n === 'string' ? { zh: n, en: n } : n;
  };
  const a = name(d.first);
  const b = name(d.second);
  if (a.zh === b.zh) {
    return say('model.duplicatePlans.duplicatePlanMessage', { second: b, planId: d.planId });
  }
  return d.reason === 'id'
    ? say('model.duplicatePlans.duplicatePlanMessage-2', { second: b, first: a, planId: d.planId })
    : say('model.duplicatePlans.duplicatePlanMessage-3', { second: b, first: a, featureCount: d.featureCount });
}
