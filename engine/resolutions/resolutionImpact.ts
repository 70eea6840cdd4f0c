// Pure. resolutionImpact(resolution, conflict) → what a resolution does to each feature it touches, for the
// preview a planner confirms: area (polygons) or length (lines) before and after, features added or removed,
// and whether a feature changes by more than the conflict's area. Removing a feature or changing more than the
// conflict needs an explicit confirmation (`needsConfirmation`).
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { geodesicLengthM } from '../geometry/geodesicLengthM.ts';
import type { Geometry, LayerCode, Properties, PropertyValue } from '../model/types.ts';
import { featureName } from '../rules/featureName.ts';
import type { Conflict } from '../rules/types.ts';
import type { FeatureEdit, Resolution } from './types.ts';

export type FeatureChange = 'added' | 'removed' | 'reshaped' | 'attributes';

export interface FeatureImpact {
  planId: string;
  featureId: string;
  layer: LayerCode;
  bsm: string | null;
  name: string | null;
  change: FeatureChange;
  /** 'area' in m² for polygons, 'length' in m for lines, null for points. */
  unit: 'area' | 'length' | null;
  /** Measure before and after (null: the feature does not exist on that side). */
  before: number | null;
  after: number | null;
  /** Area changes by more than the conflict's area (a line: length by more than the conflict's length, when it has one). */
  exceedsConflict: boolean;
  /** Fields whose value changes on a kept feature (MJ, which follows the shape, left out), sorted by name. */
  fieldChanges: { field: string; before: PropertyValue | undefined; after: PropertyValue | undefined }[];
}

export interface ResolutionImpact {
  features: FeatureImpact[];
  removesFeature: boolean;
  exceedsConflict: boolean;
  needsConfirmation: boolean;
}

/** Rounding of the conflict's area (0.01 m²) and of GEOS overlays on lon/lat: below this is not "more". */
const TOLERANCE_M2 = 1;
const TOLERANCE_M = 0.5;

export function resolutionImpact(
  resolution: Pick<Resolution, 'edits' | 'compensation'>,
  conflict: Pick<Conflict, 'measure'>,
): ResolutionImpact {
  const features = resolution.edits.map((e) => {
    const impact = impactOf(e, conflict.measure.areaM2 ?? 0, conflict.measure.lengthM);
    // 补划 must be at least the occupied area: the replacement parcel the user drew is never "too much".
    const isCompensation =
      resolution.compensation !== undefined && e.before === null && e.after?.properties['BSM'] === resolution.compensation.bsm;
    return isCompensation ? { ...impact, exceedsConflict: false } : impact;
  });
  const removesFeature = features.some((f) => f.change === 'removed');
  const exceedsConflict = features.some((f) => f.exceedsConflict);
  return { features, removesFeature, exceedsConflict, needsConfirmation: removesFeature || exceedsConflict };
}

function impactOf(e: FeatureEdit, conflictM2: number, conflictM: number | undefined): FeatureImpact {
  const geometry = (e.after ?? e.before)!.geometry;
  const unit = unitOf(geometry);
  const measure = (g: Geometry | undefined) =>
    g === undefined ? null : unit === 'area' ? ellipsoidalAreaM2(g) : unit === 'length' ? geodesicLengthM(g) : 0;
  const before = measure(e.before?.geometry);
  const after = measure(e.after?.geometry);
  const change: FeatureChange = !e.before
    ? 'added'
    : !e.after
      ? 'removed'
      : sameGeometry(e.before.geometry, e.after.geometry)
        ? 'attributes'
        : 'reshaped';
  const changed = Math.abs((after ?? 0) - (before ?? 0));
  // A line is held to the conflict's length when it has one (a crossing); a polygon to the conflict's area.
  const exceedsConflict =
    unit === 'area'
      ? changed > conflictM2 + TOLERANCE_M2
      : unit === 'length' && conflictM !== undefined
        ? changed > conflictM + TOLERANCE_M
        : false;
  const props = (e.before ?? e.after)!.properties;
  const bsm = props['BSM'];
  return {
    planId: e.planId,
    featureId: e.featureId,
    layer: e.layer,
    bsm: typeof bsm === 'string' && bsm !== '' ? bsm : null,
    name: featureName(e.layer, props),
    change,
    unit,
    before,
    after,
    exceedsConflict,
    fieldChanges: e.before && e.after ? fieldChangesOf(e.before.properties, e.after.properties) : [],
  };
}

function fieldChangesOf(before: Properties, after: Properties): FeatureImpact['fieldChanges'] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== 'MJ' && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return fields.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((field) => ({ field, before: before[field], after: after[field] }));
}

function unitOf(g: Geometry): FeatureImpact['unit'] {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return 'area';
  if (g.type === 'LineString' || g.type === 'MultiLineString') return 'length';
  return null;
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
