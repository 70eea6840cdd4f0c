// Pure. mergePlanVersions(ancestor, ours, theirs) → a three-way merge of plan versions (the previous import,
// the local edits, the new import), field by field and geometry by geometry, with the real conflicts listed
// and OUR value kept until a person decides (local work is never silently lost). Deterministic.
import type { FeatureId, Geometry, LayerCode, PlanDocument, PlanFeature, Properties, PropertyValue } from '../model/types.ts';
import { sameGeometry } from './sameGeometry.ts';
import { sameValue } from './sameValue.ts';

export type MergeConflictKind = 'field' | 'geometry' | 'layer' | 'delete-edit' | 'edit-delete' | 'add-add';

export interface MergeConflict {
  id: FeatureId;
  bsm?: string;
  kind: MergeConflictKind;
  /** The property key for `field` conflicts. */
  field?: string;
  /** Values (field), geometries (geometry), layer codes (layer) or whole features (the others); null = absent. */
  ancestor: PropertyValue | Geometry | PlanFeature | null | undefined;
  ours: PropertyValue | Geometry | PlanFeature | null | undefined;
  theirs: PropertyValue | Geometry | PlanFeature | null | undefined;
}

export interface MergeStats {
  unchanged: number;
  fromOurs: number;
  fromTheirs: number;
  /** Features where both sides changed different things, merged by themselves. */
  combined: number;
  conflicted: number;
}

export interface PlanMergeResult {
  merged: PlanDocument;
  conflicts: MergeConflict[];
  stats: MergeStats;
}

const has = (p: Properties, k: string) => Object.prototype.hasOwnProperty.call(p, k);
const bsmOf = (...fs: (PlanFeature | undefined)[]) => {
  for (const f of fs) if (f && typeof f.properties.BSM === 'string') return f.properties.BSM;
  return undefined;
};

function conflict(id: FeatureId, bsm: string | undefined, c: Omit<MergeConflict, 'id' | 'bsm'>): MergeConflict {
  return bsm === undefined ? { id, ...c } : { id, bsm, ...c };
}

/** Three-way merge of one value: [merged value, conflicted?]. */
function merge3<T>(a: T, o: T, t: T, same: (x: T, y: T) => boolean = sameValue): [T, boolean] {
  if (same(o, t)) return [o, false];
  if (same(o, a)) return [t, false];
  if (same(t, a)) return [o, false];
  return [o, true];
}

/** Features equal up to coordinate noise (1e-8°): same layer, same properties, same geometry. */
function sameFeature(x: PlanFeature | undefined, y: PlanFeature | undefined): boolean {
  if (!x || !y) return x === y;
  return x.layer === y.layer && sameValue(x.properties, y.properties) && sameGeometry(x.geometry, y.geometry);
}

function mergeFeature(
  a: PlanFeature,
  o: PlanFeature,
  t: PlanFeature,
  conflicts: MergeConflict[],
): { feature: PlanFeature; conflicted: boolean } {
  const bsm = bsmOf(o, t, a);
  let conflicted = false;
  const [layer, layerConflict] = merge3<LayerCode>(a.layer, o.layer, t.layer);
  if (layerConflict) {
    conflicted = true;
    conflicts.push(conflict(o.id, bsm, { kind: 'layer', ancestor: a.layer, ours: o.layer, theirs: t.layer }));
  }
  const [geometry, geometryConflict] = merge3<Geometry>(a.geometry, o.geometry, t.geometry, sameGeometry);
  if (geometryConflict) {
    conflicted = true;
    conflicts.push(conflict(o.id, bsm, { kind: 'geometry', ancestor: a.geometry, ours: o.geometry, theirs: t.geometry }));
  }
  const properties: Properties = {};
  const keys = [...new Set([...Object.keys(o.properties), ...Object.keys(t.properties), ...Object.keys(a.properties)])];
  for (const key of keys) {
    const av = has(a.properties, key) ? a.properties[key] : undefined;
    const ov = has(o.properties, key) ? o.properties[key] : undefined;
    const tv = has(t.properties, key) ? t.properties[key] : undefined;
    const [value, fieldConflict] = merge3(av, ov, tv);
    if (fieldConflict) {
      conflicted = true;
      conflicts.push(conflict(o.id, bsm, { kind: 'field', field: key, ancestor: av ?? null, ours: ov ?? null, theirs: tv ?? null }));
    }
    if (value !== undefined) properties[key] = value;
  }
  return { feature: { type: 'Feature', id: o.id, layer, geometry, properties }, conflicted };
}

/**
 * A change on one side wins, identical changes never conflict, different fields of one feature merge by
 * themselves. Real conflicts (same field diverged, geometry diverged, delete/edit, edit/delete, add/add
 * with the same id) are listed with all three values. Coordinates within 1e-8° are the same (re-export
 * noise).
 */
export function mergePlanVersions(ancestor: PlanDocument, ours: PlanDocument, theirs: PlanDocument): PlanMergeResult {
  const A = new Map(ancestor.features.map((f) => [f.id, f]));
  const O = new Map(ours.features.map((f) => [f.id, f]));
  const T = new Map(theirs.features.map((f) => [f.id, f]));
  const conflicts: MergeConflict[] = [];
  const stats: MergeStats = { unchanged: 0, fromOurs: 0, fromTheirs: 0, combined: 0, conflicted: 0 };
  const merged: PlanFeature[] = [];
  // Order: theirs' order (the new version), then features only we have, in our order.
  const ids: FeatureId[] = [...theirs.features.map((f) => f.id), ...ours.features.map((f) => f.id).filter((id) => !T.has(id))];
  const seen = new Set<FeatureId>();
  for (const id of [...ids, ...ancestor.features.map((f) => f.id)]) {
    if (seen.has(id)) continue;
    seen.add(id);
    const a = A.get(id);
    const o = O.get(id);
    const t = T.get(id);
    const bsm = bsmOf(o, t, a);
    if (!a) {
      if (o && t) {
        if (sameFeature(o, t)) {
          merged.push(o);
          stats.unchanged++;
        } else {
          conflicts.push(conflict(id, bsm, { kind: 'add-add', ancestor: null, ours: o, theirs: t }));
          merged.push(o);
          stats.conflicted++;
        }
      } else if (o) {
        merged.push(o);
        stats.fromOurs++;
      } else if (t) {
        merged.push(t);
        stats.fromTheirs++;
      }
      continue;
    }
    if (!o && !t) continue; // deleted on both sides
    if (!o) {
      if (sameFeature(t, a))
        stats.fromOurs++; // we deleted, they left it alone
      else {
        conflicts.push(conflict(id, bsm, { kind: 'delete-edit', ancestor: a, ours: null, theirs: t! }));
        stats.conflicted++;
      }
      continue;
    }
    if (!t) {
      if (sameFeature(o, a))
        stats.fromTheirs++; // they deleted, we left it alone
      else {
        conflicts.push(conflict(id, bsm, { kind: 'edit-delete', ancestor: a, ours: o, theirs: null }));
        merged.push(o);
        stats.conflicted++;
      }
      continue;
    }
    const oursChanged = !sameFeature(o, a);
    const theirsChanged = !sameFeature(t, a);
    if (!oursChanged && !theirsChanged) {
      merged.push(o);
      stats.unchanged++;
    } else if (!theirsChanged) {
      merged.push(o);
      stats.fromOurs++;
    } else if (!oursChanged) {
      merged.push(t);
      stats.fromTheirs++;
    } else {
      const result = mergeFeature(a, o, t, conflicts);
      merged.push(result.feature);
      if (result.conflicted) stats.conflicted++;
      else stats.combined++;
    }
  }
  // The metadata is the new version's (its version label, approval, source CRS); the plan id never changes.
  const plan = { ...theirs.plan, id: ours.plan.id };
  return { merged: { type: 'FeatureCollection', plan, features: merged }, conflicts, stats };
}
