// Pure (types). The executor seam's record: what one relation found for one rule, as plain structured-cloneable
import type { Bilingual } from '../i18n/index.ts';
// data (feature ids, region, measures), with no reference to prepared features, so a worker thread or a database
// executor can produce it. One shared step (conflictsOfRecords.ts) turns records into conflicts. Contract: docs/executor-seam.md.
import type { Geometry, LayerCode } from '../model/types.ts';
import type { ConflictMeasure, Severity } from './types.ts';

/** A feature a record names: the plan it belongs to and its id there (the catalog resolves the rest). */
export interface RecordParty {
  planId: string;
  featureId: string;
  layer: LayerCode;
}

export interface RelationRecord {
  ruleId: string;
  subject: RecordParty | null;
  object: RecordParty | null;
  /** Conflict region in EPSG:4490, or null (indicators, failed measurements). */
  region: Geometry | null;
  /** Unrounded measures (the shared step rounds them). */
  measure: ConflictMeasure;
  /** Unrounded shares of the subject's and object's footprint. */
  shares: { subject?: number; object?: number };
  /** Severity the relation itself decides (useMismatch); otherwise the rule's. */
  severity?: Severity;
  /** Key label for findings without two features (coverage gaps, indicators, quality). */
  label?: string;
  /** Plan of a featureless finding (plan-level quality). */
  planId?: string;
  /** Town of a featureless finding (per-town indicators); otherwise looked up at `townAt`. */
  town?: { code: string; name: string };
  /** Where the town is looked up: the region (a point region's own point, else its point on surface), or
   *  without a region the subject's footprint (then its geometry); null when there is none. */
  townAt: [number, number] | null;
  /** Whether subject and object footprints share at least 1 m² (a point: any contact); present only when the
   *  rule's escalations or exemptions test `overlaps`. */
  overlaps?: boolean;
  zoneM?: number;
  /** The rule message's {detail}, in both languages. */
  detail?: Bilingual;
  /** The pair could not be measured: replaces the rule's message, in both languages. */
  failure?: { zh: string; en: string };
}

/** The records of one rule, as an executor yields them (any order within and across rules). */
export interface RuleRecords {
  ruleId: string;
  records: RelationRecord[];
}
