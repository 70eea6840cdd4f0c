// Pure (types). What a relation reports before the rule's escalations, exemptions and message apply.
import type { Bilingual } from '../i18n/index.ts';
import type { Geometry } from '../model/types.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import type { ConflictMeasure, Severity } from './types.ts';

export interface Finding {
  subject: PreparedFeature | null;
  object: PreparedFeature | null;
  region: Geometry | null;
  measure: ConflictMeasure;
  shares: { subject?: number; object?: number };
  /** Severity the relation itself decides (useMismatch); otherwise the rule's. */
  severity?: Severity;
  /** Key label for findings without two features (coverage gaps, indicators, plan-level quality). */
  label?: string;
  /** Plan of a featureless finding (plan-level quality). */
  planId?: string;
  /** Town of a featureless finding (per-town indicators); otherwise derived from the region. */
  town?: { code: string; name: string };
  zoneM?: number;
  /** The rule message's {detail}, in both languages (a catalogue message). */
  detail?: Bilingual;
  /** The pair could not be measured (GEOS failed): this replaces the rule's message, in both languages. */
  failure?: { zh: string; en: string };
}
