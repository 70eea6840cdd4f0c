// Pure. Per rule, which conflicts of its sorted list each feature takes part in, so a re-check finds the
// conflicts of its changed features without a pass over the list, and `patchConflicts` removes and inserts
// by binary search: patching a rule costs its changes (plus one array copy), not a comparison per conflict.
import type { RulesState } from './rulesState.ts';
import { compareConflicts, sortConflicts } from './sortConflicts.ts';
import type { Conflict } from './types.ts';

export interface ConflictIndex {
  /** The list the index describes (identity): any other list is indexed anew. */
  list: readonly Conflict[];
  byFeature: Map<string, Conflict[]>;
}

function featuresOf(c: Conflict): string[] {
  const ids: string[] = [];
  if (c.subject !== null) ids.push(c.subject.featureId);
  if (c.object !== null && c.object.featureId !== c.subject?.featureId) ids.push(c.object.featureId);
  return ids;
}

/** The index of `list` kept in the state for `ruleId`, built when missing or made for another list. */
export function conflictIndexOf(state: RulesState, ruleId: string, list: readonly Conflict[]): ConflictIndex {
  const key = `conflicts:${ruleId}`;
  const cached = state.cache.get(key) as ConflictIndex | undefined;
  if (cached && cached.list === list) return cached;
  const byFeature = new Map<string, Conflict[]>();
  for (const c of list) {
    for (const id of featuresOf(c)) {
      const at = byFeature.get(id);
      if (at) at.push(c);
      else byFeature.set(id, [c]);
    }
  }
  const index = { list, byFeature };
  state.cache.set(key, index);
  return index;
}

/** The conflicts any of `ids` takes part in. */
export function conflictsOfFeatures(index: ConflictIndex, ids: Iterable<string>): Set<Conflict> {
  const out = new Set<Conflict>();
  for (const id of ids) for (const c of index.byFeature.get(id) ?? []) out.add(c);
  return out;
}

/** `sorted` without `drop` and with `more`, sorted; the same as filtering and merging, with the index updated. */
export function patchConflicts(
  index: ConflictIndex,
  sorted: readonly Conflict[],
  drop: ReadonlySet<Conflict>,
  more: readonly Conflict[],
): Conflict[] {
  const dropAt = [...drop].map((c) => positionOf(sorted, c)).sort((a, b) => a - b);
  const extra = sortConflicts(more);
  // After every element not greater (as a merge taking the sorted list's element first on ties does).
  const insertAt = extra.map((c) => upperBound(sorted, c));
  const out: Conflict[] = [];
  let from = 0;
  let d = 0;
  let e = 0;
  while (d < dropAt.length || e < extra.length) {
    const nextDrop = dropAt[d] ?? Infinity;
    const nextInsert = insertAt[e] ?? Infinity;
    if (nextInsert <= nextDrop) {
      for (let i = from; i < nextInsert; i++) out.push(sorted[i]!);
      from = Math.max(from, nextInsert);
      out.push(extra[e++]!);
    } else {
      for (let i = from; i < nextDrop; i++) out.push(sorted[i]!);
      from = nextDrop + 1;
      d++;
    }
  }
  for (let i = from; i < sorted.length; i++) out.push(sorted[i]!);
  for (const c of drop) {
    for (const id of featuresOf(c)) {
      const at = index.byFeature.get(id);
      if (!at) continue;
      const left = at.filter((x) => x !== c);
      if (left.length > 0) index.byFeature.set(id, left);
      else index.byFeature.delete(id);
    }
  }
  for (const c of extra) {
    for (const id of featuresOf(c)) {
      const at = index.byFeature.get(id);
      if (at) at.push(c);
      else index.byFeature.set(id, [c]);
    }
  }
  index.list = out;
  return out;
}

/** The index of `c` itself in `sorted` (binary search, then among equal neighbours by identity). */
function positionOf(sorted: readonly Conflict[], c: Conflict): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareConflicts(sorted[mid]!, c) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && compareConflicts(sorted[i]!, c) === 0; i++) if (sorted[i] === c) return i;
  const at = sorted.indexOf(c);
  if (at < 0) throw new Error('conflict to drop is not in the list');
  return at;
}

function upperBound(sorted: readonly Conflict[], c: Conflict): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareConflicts(sorted[mid]!, c) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
