// Pure. Takes a rule, a relation finding and the rules state, applies the rule's exemptions (the pair is
// dropped) and escalations (the first that matches sets the severity), and returns the conflict with its
// key, region hash, parties, rounded measures, town and rendered messages; null when exempt.
import { roundM2 } from '../geometry/areaUnits.ts';
import { GeometryError } from '../geometry/port.ts';
import { conflictKey } from './conflictKey.ts';
import type { Finding } from './finding.ts';
import { matchPairCondition, type PairValues } from './matchPairCondition.ts';
import { overlapOf } from './overlapOf.ts';
import { featureName } from './featureName.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import { regionHash } from './regionHash.ts';
import { renderMessage } from './renderMessage.ts';
import type { RulesState } from './rulesState.ts';
import { townOf } from './townOf.ts';
import type { Conflict, ConflictMeasure, ConflictParty, Rule } from './types.ts';
import { powerOfTen } from '../numeric/powerOfTen.ts';

/** Overlaps below 1 m² are noise (product.md §6): `overlaps` in a condition means ≥ 1 m². */
export const OVERLAP_NOISE_M2 = 1;

/** Indicator units as the English message prints them (the measure keeps the Chinese unit). */
const UNIT_EN: Readonly<Record<string, string>> = { 公顷: 'ha', 倍: '×', '%': '%' };

export function buildConflict(state: RulesState, rule: Rule, f: Finding): Conflict | null {
  let overlapsCached: boolean | undefined;
  const values: PairValues = {
    subject: f.subject?.properties ?? null,
    object: f.object?.properties ?? null,
    overlaps: () => {
      if (overlapsCached === undefined) {
        let ov: ReturnType<typeof overlapOf> = null;
        try {
          ov = f.subject && f.object ? overlapOf(state, f.subject, f.object) : null;
        } catch (error) {
          if (!(error instanceof GeometryError)) throw error;
        }
        overlapsCached =
          ov !== null && (ov.areaM2 >= OVERLAP_NOISE_M2 || f.subject?.geometryClass === 'point' || f.object?.geometryClass === 'point');
      }
      return overlapsCached;
    },
  };
  for (const ex of rule.exemptions ?? []) if (matchPairCondition(ex.when, values, state.groupOf)) return null;
  let severity = f.severity ?? rule.severity;
  for (const esc of rule.escalations ?? []) {
    if (matchPairCondition(esc.when, values, state.groupOf)) {
      severity = esc.severity;
      break;
    }
  }
  const subject = f.subject ? partyOf(f.subject) : null;
  const object = f.object ? partyOf(f.object) : null;
  const measure = roundMeasure(f.measure);
  const town = f.town ?? townOf(state, f.region, f.subject);
  const ids = [f.subject?.id, f.object?.id].filter((x): x is string => x !== undefined);
  const hash = regionHash(f.region, f.region === null ? JSON.stringify(measure) : '');
  const label = f.label === 'gap' ? `gap:${hash.slice(0, 16)}` : f.label;
  const messageValues = { subject, object, measure, town: town?.name ?? null, zoneM: f.zoneM, detail: f.detail ?? '' };
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
    conflict.messageEn = renderMessage(rule.messageEn, { ...messageValues, measure: measureEn, detail: f.detailEn ?? f.detail ?? '' });
  }
  return conflict;
}

function partyOf(f: PreparedFeature): ConflictParty {
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

function roundShares(s: Finding['shares']): Conflict['shares'] {
  const out: Conflict['shares'] = {};
  if (s.subject !== undefined) out.subject = round(s.subject, 6);
  if (s.object !== undefined) out.object = round(s.object, 6);
  return out;
}
