// Pure. diffPlanVersions(previous, next) → what changed between two versions of one plan: features added,
// removed and changed (attributes field by field, geometry with its ellipsoidal area change), and area totals
// per land-use class. Each feature also carries the measure a planner reads for it (area for polygons, length
// for lines, a count for points: engine/geometry/featureMeasure). Features are matched by id (derived from plan id + BSM, so identity survives
// re-imports); coordinates within 1e-8° count as unchanged. Output lists are sorted by id; inputs not mutated.
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { measureKindOf, measureOf, type MeasureKind } from '../geometry/featureMeasure.ts';
import type { FeatureId, LayerCode, PlanDocument, PlanFeature, PropertyValue } from '../model/types.ts';
import { sameGeometry } from './sameGeometry.ts';
import { sameValue } from './sameValue.ts';

export interface FieldChange {
  key: string;
  /** undefined: the field is absent on that side. */
  before: PropertyValue | undefined;
  after: PropertyValue | undefined;
}

/** m² for area, m for length, a count for points; rounded to 2 decimals. */
export interface FeatureMeasure {
  kind: MeasureKind;
  value: number;
}

export interface FeatureRef {
  id: FeatureId;
  bsm?: string;
  layer: LayerCode;
  areaM2: number;
  measure: FeatureMeasure;
}

export interface MeasureChange {
  /** The kind of the new geometry (a layer keeps its geometry family, so both sides are measured alike). */
  kind: MeasureKind;
  before: number;
  after: number;
  change: number;
}

export interface FeatureChange {
  id: FeatureId;
  bsm?: string;
  layer: LayerCode;
  /** A changed layer shows as the pseudo-field `layer`. */
  fields: FieldChange[];
  geometryChanged: boolean;
  areaBeforeM2: number;
  areaAfterM2: number;
  areaChangeM2: number;
  measure: MeasureChange;
}

export interface ClassTotal {
  /** YDYHFLDM, or the layer code for features without a land-use code. */
  classKey: string;
  areaBeforeM2: number;
  areaAfterM2: number;
  changeM2: number;
}

export interface PlanVersionDiff {
  added: FeatureRef[];
  removed: FeatureRef[];
  changed: FeatureChange[];
  unchanged: number;
  totalsByClass: ClassTotal[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const round2 = (v: number) => Math.round(v * 100) / 100;

function measured(f: PlanFeature, areaM2: number): FeatureMeasure {
  const kind = measureKindOf(f.geometry);
  return { kind, value: round2(kind === 'area' ? areaM2 : measureOf(f.geometry, kind)) };
}

function ref(f: PlanFeature, areaM2: number): FeatureRef {
  const r: FeatureRef = { id: f.id, layer: f.layer, areaM2: round2(areaM2), measure: measured(f, areaM2) };
  if (typeof f.properties.BSM === 'string') r.bsm = f.properties.BSM;
  return r;
}

function classKey(f: PlanFeature): string {
  const code = f.properties.YDYHFLDM;
  return typeof code === 'string' && code !== '' ? code : f.layer;
}

export function fieldChanges(before: PlanFeature, after: PlanFeature): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.layer !== after.layer) changes.push({ key: 'layer', before: before.layer, after: after.layer });
  const keys = [...new Set([...Object.keys(before.properties), ...Object.keys(after.properties)])].sort();
  for (const key of keys) {
    const b = Object.prototype.hasOwnProperty.call(before.properties, key) ? before.properties[key] : undefined;
    const a = Object.prototype.hasOwnProperty.call(after.properties, key) ? after.properties[key] : undefined;
    if (!sameValue(b, a)) changes.push({ key, before: b, after: a });
  }
  return changes;
}

export function diffPlanVersions(previous: PlanDocument, next: PlanDocument): PlanVersionDiff {
  const prev = new Map(previous.features.map((f) => [f.id, f]));
  const nextById = new Map(next.features.map((f) => [f.id, f]));
  const areaCache = new Map<PlanFeature, number>();
  const area = (f: PlanFeature): number => {
    let a = areaCache.get(f);
    if (a === undefined) {
      a = ellipsoidalAreaM2(f.geometry);
      areaCache.set(f, a);
    }
    return a;
  };
  const diff: PlanVersionDiff = { added: [], removed: [], changed: [], unchanged: 0, totalsByClass: [] };
  const totals = new Map<string, { before: number; after: number }>();
  const addTotal = (key: string, side: 'before' | 'after', value: number) => {
    const t = totals.get(key) ?? { before: 0, after: 0 };
    t[side] += value;
    totals.set(key, t);
  };
  for (const f of previous.features) {
    addTotal(classKey(f), 'before', area(f));
    if (!nextById.has(f.id)) diff.removed.push(ref(f, area(f)));
  }
  for (const f of next.features) {
    addTotal(classKey(f), 'after', area(f));
    const old = prev.get(f.id);
    if (!old) {
      diff.added.push(ref(f, area(f)));
      continue;
    }
    const fields = fieldChanges(old, f);
    const geometryChanged = !sameGeometry(old.geometry, f.geometry);
    if (fields.length === 0 && !geometryChanged) {
      diff.unchanged++;
      continue;
    }
    const kind = measureKindOf(f.geometry);
    const before = kind === 'area' ? area(old) : measureOf(old.geometry, kind);
    const after = kind === 'area' ? area(f) : measureOf(f.geometry, kind);
    const change: FeatureChange = {
      id: f.id,
      layer: f.layer,
      fields,
      geometryChanged,
      areaBeforeM2: round2(area(old)),
      areaAfterM2: round2(area(f)),
      areaChangeM2: round2(area(f) - area(old)),
      measure: { kind, before: round2(before), after: round2(after), change: round2(after - before) },
    };
    if (typeof f.properties.BSM === 'string') change.bsm = f.properties.BSM;
    diff.changed.push(change);
  }
  diff.added.sort(byId);
  diff.removed.sort(byId);
  diff.changed.sort(byId);
  diff.totalsByClass = [...totals]
    .map(([key, t]) => ({
      classKey: key,
      areaBeforeM2: round2(t.before),
      areaAfterM2: round2(t.after),
      changeM2: round2(t.after - t.before),
    }))
    .sort((a, b) => (a.classKey < b.classKey ? -1 : a.classKey > b.classKey ? 1 : 0));
  return diff;
}
