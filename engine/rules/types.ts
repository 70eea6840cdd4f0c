// Pure. Types of rule packs (the data in schemas/rulepack.schema.json), rule inputs and conflict reports
// (schemas/conflict-report.schema.json). Both schemas and these types change together.
import type { IndicatorId, IndicatorValue, Targets } from '../indicators/types.ts';
import type { Geometry, LayerCode, PlanDocument, PlanId, PlanKind, Properties, PropertyValue } from '../model/types.ts';
import type { Finding as ValidationFinding } from '../validate/types.ts';
import type { ConflictParty } from '../model/conflictParty.ts';

export type Severity = 'blocker' | 'major' | 'minor' | 'info';
export const SEVERITIES: readonly Severity[] = ['blocker', 'major', 'minor', 'info'];

/** One attribute test; exactly one operator besides `field`. */
export interface AttributeTest {
  field: string;
  eq?: PropertyValue;
  ne?: PropertyValue;
  in?: PropertyValue[];
  /** Code equals one of these or starts with it (the classification hierarchy). */
  prefix?: string[];
  /** Code lies in one of these 用地用海 groups (construction / agricultural / ecological-other / sea). */
  group?: string[];
  exists?: boolean;
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** Attribute condition on one feature: a test, or all/any/not of conditions. */
export type AttributeCondition =
  AttributeTest | { all: AttributeCondition[] } | { any: AttributeCondition[] } | { not: AttributeCondition };

export type GeometryClass = 'polygon' | 'line' | 'point';

export interface Selector {
  layer?: LayerCode;
  /** Any of these layers (alternative to `layer`). */
  layers?: LayerCode[];
  /** Every layer except these. */
  exceptLayers?: LayerCode[];
  kind?: PlanKind;
  /** Only features whose geometry is of these classes. */
  geometry?: GeometryClass[];
  where?: AttributeCondition;
}

/**
 * Condition over a pair (escalations, exemptions): all present members must hold.
 * `overlaps`: the two footprints share at least 1 m².
 */
export interface PairCondition {
  subject?: AttributeCondition;
  object?: AttributeCondition;
  overlaps?: boolean;
  any?: PairCondition[];
  not?: PairCondition;
}

export interface Escalation {
  when: PairCondition;
  severity: Severity;
  note?: string;
}

export interface Exemption {
  when: PairCondition;
  reason: string;
}

export interface DistanceTable {
  field: string;
  valuesM: Record<string, number>;
}

export type Relation =
  | { type: 'overlaps'; minAreaM2?: number; minRatio?: number; ratioOf?: 'subject' | 'object' | 'either' }
  | { type: 'crosses'; minLengthM: number }
  | {
      type: 'withinDistance';
      zoneAround: 'subject' | 'object';
      distanceM?: number;
      distanceField?: string;
      distanceTable?: DistanceTable;
      minAreaM2?: number;
    }
  | { type: 'outside'; minAreaM2: number }
  | {
      type: 'useMismatch';
      field: string;
      objectField?: string;
      minAreaM2: number;
      firstLevelSeverity: Severity;
      finerSeverity: Severity;
    }
  | { type: 'coverage'; within: Selector[]; minAreaM2: number }
  | { type: 'sliver'; minAreaM2: number; minMeanWidthM: number }
  | { type: 'quality'; findings: QualityFindingCode[] }
  /** Indicators (engine/indicators ids) whose computed status is `violated` against the targets file. */
  | { type: 'indicator'; indicators: IndicatorId[] };

export type RelationType = Relation['type'];

export interface RuleTestCase {
  name: string;
  features: RuleTestFeature[];
  /** Expected conflicts of this rule, in order of their subject feature id and object feature id. */
  expect: { count: number; severity?: Severity; minAreaM2?: number; maxAreaM2?: number };
  targets?: Targets;
  /** Source CRS declared by the test plans (default EPSG:4490), to exercise the CRS checks. */
  sourceCrs?: string;
}

export interface RuleTestFeature {
  id: string;
  layer: LayerCode;
  properties: Properties;
  geometry: Geometry;
  /** Plan the feature belongs to (defaults to one plan per kind). */
  plan?: string;
}

export interface Rule {
  id: string;
  version: number;
  title: string;
  titleEn?: string;
  severity: Severity;
  subject?: Selector[];
  object?: Selector[];
  relation: Relation;
  escalations?: Escalation[];
  exemptions?: Exemption[];
  legalBasis: string;
  message: string;
  messageEn?: string;
  tests?: RuleTestCase[];
}

export interface RulePack {
  id: string;
  version: string;
  title: string;
  description?: string;
  rules: Rule[];
}

/** Categories of validation findings a `quality` rule reports (see qualityCategoryOf). */
export type QualityFindingCode = 'unknown-code' | 'area-mismatch' | 'crs' | 'invalid-geometry';

/** Validation findings of one plan imported with quality errors, carried into the check. */
export interface PlanQualityFindings {
  planId: PlanId | string;
  findings: readonly ValidationFinding[];
}

export interface RulesInput {
  plans: PlanDocument[];
  pack: RulePack;
  /** Targets and baselines for the `indicator` relation (schemas/targets.schema.json). */
  targets?: Targets;
  qualityFindings?: readonly PlanQualityFindings[];
  /**
   * The indicator values of these plans and targets (computeIndicators, whole catalogue or a superset of what the
   * pack's `indicator` rules read), when the caller has them already: the export computes them for the package, and
   * the indicator rules then compare those instead of dissolving every town a second time.
   */
  indicatorValues?: readonly IndicatorValue[];
}

export type { ConflictParty } from '../model/conflictParty.ts';

export interface ConflictMeasure {
  areaM2?: number;
  lengthM?: number;
  distanceM?: number;
  /** Mean width 2A/P of a sliver. */
  meanWidthM?: number;
  /** Indicator value and target (unit per indicator). */
  value?: number;
  target?: number;
  unit?: string;
}

export interface Conflict {
  /** Rule id plus the sorted feature ids: stable across runs and edits. */
  key: string;
  /** Hash of the region rounded to 1e-7° (≈ 1 cm): changes when the conflict geometry changes. */
  regionHash: string;
  ruleId: string;
  ruleVersion: number;
  title: string;
  severity: Severity;
  subject: ConflictParty | null;
  object: ConflictParty | null;
  measure: ConflictMeasure;
  shares: { subject?: number; object?: number };
  /** Conflict region in EPSG:4490, or null (indicators, point features). */
  region: Geometry | null;
  town: { code: string; name: string } | null;
  message: string;
  messageEn?: string;
}

export interface RuleSummary {
  ruleId: string;
  severity: Severity;
  count: number;
  areaHa: number;
}

export interface ConflictReport {
  reportVersion: '1';
  pack: { id: string; version: string };
  plans: { id: string; title: string; kind: PlanKind; version: string }[];
  conflicts: Conflict[];
  summary: RuleSummary[];
}
