// Pure. The result of validating a plan document: findings with stable codes, JSON-pointer paths and
// bilingual messages. Codes and levels are listed here once; messages.ts words each code.
import type { LayerCode, PlanDocument, PlanKind } from '../model/types.ts';

/**
 * fatal: the file cannot be read as a plan (no plan is returned).
 * quality: the plan can be read but is wrong (`lantu validate` fails; import may keep it, flagged).
 * warning: worth knowing, not an error (a UTF-8 BOM, an aliased column name).
 */
export type FindingLevel = 'fatal' | 'quality' | 'warning';

export const FATAL_CODES = [
  'empty-file',
  'not-utf8',
  'truncated-json',
  'invalid-json',
  'too-deep',
  'string-too-long',
  'forbidden-key',
  'number-out-of-range',
  'not-an-object',
  'not-feature-collection',
  'missing-plan',
  'unknown-kind',
  'missing-plan-field',
  'invalid-plan-field',
  'features-not-array',
  'invalid-feature',
  'unknown-layer',
  'null-geometry',
  'empty-geometry',
  'geometry-type-mismatch',
  'invalid-geometry',
  'coordinate-not-finite',
  'coordinate-out-of-range',
  'ring-not-closed',
  'ring-too-few-positions',
  'line-too-few-positions',
  'unknown-document',
  'schema-violation',
  'file-too-large',
] as const;

export const QUALITY_CODES = [
  'self-intersection',
  'hole-outside-shell',
  'duplicate-id',
  'duplicate-bsm',
  'invalid-id',
  'unknown-code',
  'area-mismatch',
  'missing-field',
  'invalid-value',
  'wrong-type',
  'pattern-mismatch',
  'out-of-range',
  'crs-web-map',
  'crs-zone-mismatch',
  'parts-overlap',
] as const;

export const WARNING_CODES = ['utf8-bom', 'alias-field', 'id-not-derived'] as const;

export type FatalCode = (typeof FATAL_CODES)[number];
export type QualityCode = (typeof QUALITY_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type FindingCode = FatalCode | QualityCode | WarningCode;

/** JSON-safe value for `expected` / `found`. */
export type FindingValue = string | number | boolean | null | readonly FindingValue[] | { readonly [key: string]: FindingValue };

export interface Finding {
  level: FindingLevel;
  code: FindingCode;
  /** JSON pointer into the document ('' for the whole file). */
  path: string;
  /** 0-based index in `features` (messages count from 1: 第 N 个要素). */
  featureIndex?: number;
  featureId?: string;
  bsm?: string;
  layer?: LayerCode;
  /** Property key (national field name) or plan-metadata key. */
  field?: string;
  expected?: FindingValue;
  found?: FindingValue;
  message: { zh: string; en: string };
}

export interface ValidateOptions {
  /** Relative tolerance of the MJ check (R28): 0.001 = 0.1 %. */
  areaTolerance?: number;
  /** Longest string accepted anywhere in the document, in UTF-16 code units. */
  maxStringLength?: number;
  /** Deepest array/object nesting accepted (a MultiPolygon needs 7 with the document around it). */
  maxDepth?: number;
  /** How messages name the feature at an index: an import names it by its place and id in the source file, not by the
   *  id it derived (a hash no user has seen). Default: the document's own index, BSM and id. */
  nameFeature?: (index: number) => { shownIndex: number; bsm?: string; id?: string };
}

export interface PlanValidation {
  /** The parsed document typed as a plan, present only when no finding is fatal (never mutated). */
  plan?: PlanDocument;
  /** The declared kind when it could be read. */
  kind?: PlanKind;
  findings: Finding[];
}

export function levelOf(code: FindingCode): FindingLevel {
  if ((FATAL_CODES as readonly string[]).includes(code)) return 'fatal';
  if ((QUALITY_CODES as readonly string[]).includes(code)) return 'quality';
  return 'warning';
}
