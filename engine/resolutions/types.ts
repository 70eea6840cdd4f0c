// Pure. The resolution model: the precedence policy (schemas/policy.schema.json), resolutions of
// conflicts recorded like the national dynamic-maintenance log, and the proposals the policy makes.
import type { Geometry, LayerCode, Properties, PropertyValue } from '../model/types.ts';
import type { Severity } from '../rules/types.ts';

export type ResolutionKind = 'subjectYields' | 'objectYields' | 'changeAttribute' | 'exception' | 'defer';
export const RESOLUTION_KINDS: readonly ResolutionKind[] = ['subjectYields', 'objectYields', 'changeAttribute', 'exception', 'defer'];

export const RESOLUTION_KIND_ZH: Readonly<Record<ResolutionKind, string>> = {
  subjectYields: '主体让步',
  objectYields: '客体让步',
  changeAttribute: '修改属性',
  exception: '例外（批准文件）',
  defer: '暂缓',
};

/** National dynamic-maintenance change type: 1 调入, 2 属性变更, 3 调出. */
export type ChangeType = 1 | 2 | 3;
export const CHANGE_TYPE_ZH: Readonly<Record<ChangeType, string>> = { 1: '调入', 2: '属性变更', 3: '调出' };

export interface PolicyTier {
  tier: number;
  nameZh: string;
  /** English name and basis (absent in policies written before them: English quotes the Chinese). */
  nameEn?: string;
  layers: LayerCode[];
  basis: string;
  basisEn?: string;
}

export interface PolicyRule {
  ruleId: string;
  severity?: Severity;
  action: ResolutionKind;
  reasonZh: string;
  /** The reason in English (absent in policies written before it: English shows the Chinese as the policy's text). */
  reasonEn?: string;
  requiresApproval?: boolean;
  requiresCompensation?: boolean;
}

/** One layer of the integrated land-use coverage: the class is `properties[classField]`, else `classValue`. */
export interface CoverageLayer {
  layer: LayerCode;
  classField?: string;
  classValue?: string;
  classNameZh?: string;
}

/** The use the split-off part of a full-coverage parcel takes when it yields under one rule. */
export interface SplitUse {
  ruleId: string;
  code: string;
  nameZh: string;
}

/**
 * A layer that covers the territory without gaps (规划用地用海): a yield there splits the overlap off as its own
 * parcel with the policy's use for the rule, and is refused when the policy names none (never a hole).
 */
export interface FullCoverageLayer {
  layer: LayerCode;
  classField: string;
  nameField?: string;
  splitUses: SplitUse[];
}

export interface Policy {
  schemaVersion: string;
  id: string;
  title: string;
  titleEn?: string;
  description?: string;
  descriptionEn?: string;
  tiers: PolicyTier[];
  rules: PolicyRule[];
  /** Highest precedence first. */
  coverage: CoverageLayer[];
  /** Absent in policies written before it existed: fullCoverageOf fills in the default. */
  fullCoverage?: FullCoverageLayer[];
}

/** A feature's state on one side of an edit. */
export interface FeatureState {
  geometry: Geometry;
  properties: Properties;
}

/** One feature changed by a resolution; `before: null` adds it (调入), `after: null` removes it. */
export interface FeatureEdit {
  planId: string;
  featureId: string;
  layer: LayerCode;
  changeType: ChangeType;
  before: FeatureState | null;
  after: FeatureState | null;
}

/** An exception: required before a blocker counts as handled. */
export interface ExceptionRecord {
  /** 批准文号 */
  approvalNumber: string;
  /** 批准机关 */
  authority: string;
  reason: string;
  /** ISO date after which the exception no longer counts. */
  expiresOn?: string;
}

/** 补划: replacement permanent farmland added to the plan that holds the occupied farmland. */
export interface Compensation {
  bsm: string;
  geometry: Geometry;
  properties?: Properties;
  /** Ellipsoidal area of the replacement land (m², filled in by createResolution). */
  areaM2: number;
  /** Area it must reach: the occupied area of the conflict (m²). */
  requiredM2: number;
}

export type ResolutionStatus = 'applied' | 'reopened';

export interface Resolution {
  conflictKey: string;
  ruleId: string;
  severity: Severity;
  /** Region hash of the conflict when it was resolved; a re-run with another hash re-opens it. */
  regionHash: string;
  /** The conflict's area, length or distance when it was resolved: a re-open says what changed in these words. */
  measure?: { areaM2?: number; lengthM?: number; distanceM?: number };
  kind: ResolutionKind;
  status: ResolutionStatus;
  /** Why it was re-opened (重新打开). */
  reopenReason?: string;
  /** Workstation user's name. */
  decidedBy: string;
  /** ISO time. */
  decidedAt: string;
  /** 维护日志编号: yyyymmdd + 6-digit sequence; only a record that changes data (has edits) carries one.
   *  A department's station gives a provisional yyyymmdd-CODE-nnnnnn until the bureau assigns an official one. */
  logNumber?: string;
  /** The provisional number a department's station gave, kept once the bureau assigned the official `logNumber`. */
  provisionalLogNumber?: string;
  /** National change type; only with edits (暂缓 and a 例外 without 补划 change nothing). */
  changeType?: ChangeType;
  reason: string;
  exception?: ExceptionRecord;
  attribute?: { featureId: string; field: string; value: PropertyValue };
  compensation?: Compensation;
  edits: FeatureEdit[];
}

/** The resolutions file (`resolutions.json` in a workspace or package). */
export interface ResolutionsFile {
  schemaVersion: '1.0.0';
  resolutions: Resolution[];
}

export interface Proposal {
  conflictKey: string;
  ruleId: string;
  severity: Severity;
  kind: ResolutionKind;
  reasonZh: string;
  /** The reason in English: the engine's (fallback, tiers) or the policy rule's `reasonEn`; absent when the rule has none. */
  reasonEn?: string;
  /** Precedence tier of the side that yields, when the tiers decided it. */
  tier?: number;
  requiresApproval: boolean;
  requiresCompensation: boolean;
}

export interface Message {
  zh: string;
  en: string;
}
