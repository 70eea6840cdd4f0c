// Pure. The `quality` relation: validation findings of plans imported with quality errors (unknown
// codes, MJ mismatches, CRS doubts, invalid geometry), plus the invalid geometries the engine itself met
// while preparing features (repaired with MakeValid for measurement, reported here, never skipped).
import { say, type Bilingual, type MessageKey } from '../../i18n/index.ts';
import type { Finding as ValidationFinding } from '../../validate/types.ts';
import type { Finding } from '../finding.ts';
import { isAlive, type RulesState } from '../rulesState.ts';
import type { Selection } from '../selectFeatures.ts';
import type { PlanQualityFindings, QualityFindingCode, Relation } from '../types.ts';

type Quality = Extract<Relation, { type: 'quality' }>;

const CATEGORY: Readonly<Record<string, QualityFindingCode>> = {
  'unknown-code': 'unknown-code',
  'area-mismatch': 'area-mismatch',
  'crs-web-map': 'crs',
  'crs-zone-mismatch': 'crs',
  'self-intersection': 'invalid-geometry',
  'hole-outside-shell': 'invalid-geometry',
  'parts-overlap': 'invalid-geometry',
  'invalid-geometry': 'invalid-geometry',
};

/** GEOS's validity reasons (IsValidOp) and their catalogue messages. */
type GeosReasonKey = Extract<MessageKey, `rules.evaluateQuality.geos-${string}`>;

const GEOS_REASON: Readonly<Record<string, GeosReasonKey>> = {
  'Self-intersection': 'rules.evaluateQuality.geos-self-intersection',
  'Ring Self-intersection': 'rules.evaluateQuality.geos-ring-self-intersection',
  'Hole lies outside shell': 'rules.evaluateQuality.geos-hole-outside-shell',
  'Holes are nested': 'rules.evaluateQuality.geos-holes-nested',
  'Interior is disconnected': 'rules.evaluateQuality.geos-interior-disconnected',
  'Nested shells': 'rules.evaluateQuality.geos-nested-shells',
  'Duplicate Rings': 'rules.evaluateQuality.geos-duplicate-rings',
  'Too few points in geometry component': 'rules.evaluateQuality.geos-too-few-points',
  'Invalid Coordinate': 'rules.evaluateQuality.geos-invalid-coordinate',
  'Ring is not closed': 'rules.evaluateQuality.geos-ring-not-closed',
};

/** A GEOS reason in both languages; an unlisted one is a topology error in general (GEOS's own words in English). */
function geosReason(reason: string): Bilingual {
  const key = GEOS_REASON[reason];
  return key ? say(key) : { zh: say('rules.evaluateQuality.geos-other').zh, en: reason };
}

export function qualityCategoryOf(f: ValidationFinding): QualityFindingCode | undefined {
  return CATEGORY[f.code];
}

export function evaluateQuality(
  state: RulesState,
  rel: Quality,
  subjects: Selection,
  carried: readonly PlanQualityFindings[],
  scope?: ReadonlySet<number>,
): Finding[] {
  const wanted = new Set(rel.findings);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const plan of carried) {
    for (const vf of plan.findings) {
      const category = qualityCategoryOf(vf);
      if (!category || !wanted.has(category)) continue;
      if (vf.featureId === undefined) {
        if (scope) continue;
        const label = `${plan.planId}:${category}:${vf.field ?? vf.path}`;
        if (seen.has(label)) continue;
        seen.add(label);
        out.push({
          subject: null,
          object: null,
          region: null,
          measure: {},
          shares: {},
          label,
          planId: String(plan.planId),
          detail: vf.message,
        });
        continue;
      }
      const slot = state.slotById.get(vf.featureId);
      if (slot === undefined || !isAlive(state, slot) || subjects.mask[slot] !== 1) continue;
      if (scope && !scope.has(slot)) continue;
      // One invalid-geometry finding per feature, whether validation or the engine's own check met it.
      const label = category === 'invalid-geometry' ? 'invalid-geometry:geometry' : `${category}:${vf.field ?? vf.code}`;
      if (seen.has(`${slot}:${label}`)) continue;
      seen.add(`${slot}:${label}`);
      const f = state.features[slot]!;
      out.push({
        subject: f,
        object: null,
        region: f.geometryClass === 'point' ? null : f.footprint,
        measure: {},
        shares: {},
        label,
        detail: vf.message,
      });
    }
  }
  if (wanted.has('invalid-geometry')) {
    const slots = scope ? [...scope].filter((s) => subjects.mask[s] === 1).sort((a, b) => a - b) : subjects.slots;
    for (const slot of slots) {
      const f = state.features[slot]!;
      if (!f.invalid) continue;
      const label = 'invalid-geometry:geometry';
      if (seen.has(`${slot}:${label}`)) continue;
      seen.add(`${slot}:${label}`);
      const [lon, lat] = f.invalid.location?.map((c) => c.toFixed(6)) ?? [];
      const at = lon === undefined ? '' : say('rules.evaluateQuality.invalid-at', { lon, lat: lat! });
      out.push({
        subject: f,
        object: null,
        region: f.footprint,
        measure: {},
        shares: {},
        label,
        detail: say('rules.evaluateQuality.invalid-geometry', { reason: geosReason(f.invalid.reason), at }),
      });
    }
  }
  return out;
}
