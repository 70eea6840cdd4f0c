// Pure. The executor seam's shared step for one record: applies the rule's exemptions (the record is dropped)
// and escalations (the first that matches sets the severity) and returns the conflict with its key, region
// hash, parties, rounded measures, town and rendered messages; null when exempt. Every executor's records go
// through here, so keys, severities, messages and towns do not depend on where the relations ran.
import { roundM2 } from '../geometry/areaUnits.ts';
import { conflictKey } from './conflictKey.ts';
import { matchPairCondition, type PairValues } from './matchPairCondition.ts';
import { featureName } from './featureName.ts';
import { featureNameEn } from './featureNameEn.ts';
import type { CatalogFeature, RecordCatalog } from './recordCatalog.ts';
import { regionHash } from './regionHash.ts';
import type { RelationRecord } from './relationRecord.ts';
import { renderMessage } from './renderMessage.ts';
import type { Conflict, ConflictMeasure, ConflictParty, Rule } from './types.ts';
import { powerOfTen } from '../numeric/powerOfTen.ts';

/** Indicator units as the English message prints them (the measure keeps the Chinese unit). */
const UNIT_EN: Readonly<Record<string, string>> = { 公顷: 'ha', 倍: '×', '%': '%' };

export function conflictOfRecord(rule: Rule, f: RelationRecord, catalog: RecordCatalog): Conflict | null {
  const sf = f.subject ? catalog.feature(f.subject) : null;
  const of = f.object ? catalog.feature(f.object) : null;
  const values: PairValues = {
    subject: sf?.properties ?? null,
    object: of?.properties ?? null,
    overlaps: () => f.overlaps === true,
  };
  for (const ex of rule.exemptions ?? []) if (matchPairCondition(ex.when, values, catalog.groupOf)) return null;
  let severity = f.severity ?? rule.severity;
  for (const esc of rule.escalations ?? []) {
    if (matchPairCondition(esc.when, values, catalog.groupOf)) {
      severity = esc.severity;
      break;
    }
  }
  const subject = sf ? partyOf(sf) : null;
  const object = of ? partyOf(of) : null;
  const measure = roundMeasure(f.measure);
  const town = f.town ?? catalog.town(f.townAt);
  const ids = [sf?.id, of?.id].filter((x): x is string => x !== undefined);
  const hash = regionHash(f.region, f.region === null ? JSON.stringify(measure) : '');
  const label = f.label === 'gap' ? `gap:${hash.slice(0, 16)}` : f.label;
  const messageValues = { subject, object, measure, town: town?.name ?? null, zoneM: f.zoneM, detail: f.detail?.zh ?? '' };
  const conflict: Conflict = {
    key: conflictKey(rule.id, ids, label),
    regionHash: hash,
    ruleId: rule.id,
    ruleVersion: rule.version,
    title: rule.title,
    severity,
    subject,
    object,
    measure,
    shares: roundShares(f.shares),
    region: f.region,
    town,
    message: f.failure ? f.failure.zh : renderMessage(rule.message, messageValues),
  };
  if (f.failure) conflict.messageEn = f.failure.en;
  else if (rule.messageEn !== undefined) {
    const unitEn = measure.unit === undefined ? undefined : (UNIT_EN[measure.unit] ?? measure.unit);
    const measureEn = unitEn === undefined ? measure : { ...measure, unit: unitEn };
    // A side named by its class (水浇地) reads in English by the code table's name; the conflict keeps the stored one.
    conflict.messageEn = renderMessage(rule.messageEn, {
      ...messageValues,
      subject: subject && sf ? { ...subject, name: featureNameEn(sf.layer, sf.properties, sf.plan.classification) } : subject,
      object: object && of ? { ...object, name: featureNameEn(of.layer, of.properties, of.plan.classification) } : object,
      measure: measureEn,
      detail: f.detail?.en ?? '',
    });
  }
  return conflict;
}

function partyOf(f: CatalogFeature): ConflictParty {
  const bsm = f.properties['BSM'];
  return {
    planId: f.plan.id,
    planTitle: f.plan.title,
    layer: f.layer,
    featureId: f.id,
    bsm: typeof bsm === 'string' ? bsm : null,
    name: featureName(f.layer, f.properties),
  };
}

function round(n: number, digits: number): number {
  const k = powerOfTen(digits);
  return Math.round(n * k) / k;
}

function roundMeasure(m: ConflictMeasure): ConflictMeasure {
  const out: ConflictMeasure = {};
  if (m.areaM2 !== undefined) out.areaM2 = roundM2(m.areaM2);
  if (m.lengthM !== undefined) out.lengthM = round(m.lengthM, 2);
  if (m.distanceM !== undefined) out.distanceM = round(m.distanceM, 2);
  if (m.meanWidthM !== undefined) out.meanWidthM = round(m.meanWidthM, 2);
  if (m.value !== undefined) out.value = round(m.value, 4);
  if (m.target !== undefined) out.target = round(m.target, 4);
  if (m.unit !== undefined) out.unit = m.unit;
  return out;
}

function roundShares(s: RelationRecord['shares']): Conflict['shares'] {
  const out: Conflict['shares'] = {};
  if (s.subject !== undefined) out.subject = round(s.subject, 6);
  if (s.object !== undefined) out.object = round(s.object, 6);
  return out;
}
