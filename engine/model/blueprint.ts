// Pure (types only). The merged blueprint (一张蓝图) built by engine/merge/buildBlueprint and read by engine/package:
// every plan feature with its provenance, and the integrated land-use coverage in which each point of the
// territory has exactly one designated use or lies in a 待定 area.
import type { FeatureId, Geometry, LayerCode, Properties } from './types.ts';

export interface Provenance {
  planId: string;
  planTitle: string;
  planVersion: string;
  /** The feature's id in its source plan. */
  sourceFeatureId: string;
  /** Maintenance-log numbers of the resolutions that changed this feature, in log order. */
  resolutions: string[];
}

export interface BlueprintFeature {
  id: FeatureId;
  layer: LayerCode;
  geometry: Geometry;
  properties: Properties;
  provenance: Provenance;
}

export interface BlueprintLayer {
  layer: LayerCode;
  /** Sorted by BSM, then id. */
  features: BlueprintFeature[];
}

/** One piece of the integrated coverage: the part of a source feature that won its place. */
export interface CoverageFeature {
  /** `GHYDYH-<sourceFeatureId>`: stable across runs. */
  id: string;
  classCode: string;
  classNameZh: string | null;
  sourceLayer: LayerCode;
  sourceFeatureId: string;
  sourceBsm: string | null;
  planId: string;
  /** Rank of the source layer in the policy's coverage list (0 = highest precedence). */
  rank: number;
  geometry: Geometry;
  areaM2: number;
}

/** A part of the territory no coverage layer designates (待定): listed, and blocks a final export. */
export interface UndeterminedArea {
  /** `DD-0001`…, numbered from west to east, then south to north, by a point inside. */
  id: string;
  geometry: Geometry;
  areaM2: number;
  /** A point inside the area, for the list and the map. */
  anchor: [number, number];
}

export interface Blueprint {
  /** Every layer that has features, in the catalogue order. */
  layers: BlueprintLayer[];
  coverage: CoverageFeature[];
  undetermined: UndeterminedArea[];
  /** Ellipsoidal area of ∪XZQ, or null without an XZQ layer (then nothing is 待定). */
  territoryAreaM2: number | null;
  /** Log numbers applied, in order. */
  appliedResolutions: string[];
  /** Resolutions whose edits no longer matched the plans (they must be re-opened). */
  skippedResolutions: { logNumber: string; conflictKey: string; reason: { zh: string; en: string } }[];
}
