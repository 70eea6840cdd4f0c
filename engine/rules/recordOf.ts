// Pure (geometry through the port). The embedded executor's last step: takes a relation's finding (which holds
// prepared features) and returns the plain record of the seam (relationRecord.ts): ids instead of features, the
// town's lookup point, and, when the rule's escalations or exemptions test it, whether the footprints overlap.
import { GeometryError } from '../geometry/port.ts';
import type { Finding } from './finding.ts';
import { overlapOf } from './overlapOf.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import type { RecordParty, RelationRecord } from './relationRecord.ts';
import type { RulesState } from './rulesState.ts';
import { townPointOf } from './townOf.ts';
import type { PairCondition, Rule } from './types.ts';

/** Overlaps below 1 m² are noise (product.md §6): `overlaps` in a condition means ≥ 1 m². */
export const OVERLAP_NOISE_M2 = 1;

function testsOverlaps(c: PairCondition): boolean {
  return c.overlaps !== undefined || (c.any ?? []).some(testsOverlaps) || (c.not !== undefined && testsOverlaps(c.not));
}

/** Whether any of the rule's escalations or exemptions reads `overlaps` (then records carry it). */
export function ruleTestsOverlaps(rule: Rule): boolean {
  return [...(rule.exemptions ?? []), ...(rule.escalations ?? [])].some((x) => testsOverlaps(x.when));
}

function partyOf(f: PreparedFeature): RecordParty {
  return { planId: f.plan.id, featureId: f.id, layer: f.layer };
}

/** Footprints share ≥ 1 m² (any contact when one is a point); a pair GEOS cannot measure does not overlap. */
export function footprintsOverlap(state: RulesState, s: PreparedFeature | null, o: PreparedFeature | null): boolean {
  let ov: ReturnType<typeof overlapOf> = null;
  try {
    ov = s && o ? overlapOf(state, s, o) : null;
  } catch (error) {
    if (!(error instanceof GeometryError)) throw error;
  }
  return ov !== null && (ov.areaM2 >= OVERLAP_NOISE_M2 || s?.geometryClass === 'point' || o?.geometryClass === 'point');
}

export function recordOf(state: RulesState, rule: Rule, f: Finding, withOverlaps = ruleTestsOverlaps(rule)): RelationRecord {
  const r: RelationRecord = {
    ruleId: rule.id,
    subject: f.subject ? partyOf(f.subject) : null,
    object: f.object ? partyOf(f.object) : null,
    region: f.region,
    measure: f.measure,
    shares: f.shares,
    // Only a town layer makes the point worth finding (a point on surface costs an overlay-sized call).
    townAt: f.town === undefined && state.indexes.has('XZQ') ? townPointOf(state.port, f.region, f.subject) : null,
  };
  if (f.severity !== undefined) r.severity = f.severity;
  if (f.label !== undefined) r.label = f.label;
  if (f.planId !== undefined) r.planId = f.planId;
  if (f.town !== undefined) r.town = f.town;
  if (withOverlaps) r.overlaps = footprintsOverlap(state, f.subject, f.object);
  if (f.zoneM !== undefined) r.zoneM = f.zoneM;
  if (f.detail !== undefined) r.detail = f.detail;
  if (f.failure !== undefined) r.failure = f.failure;
  return r;
}
