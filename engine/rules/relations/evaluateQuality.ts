// Pure. The `quality` relation: validation findings of plans imported with quality errors (unknown
// codes, MJ mismatches, CRS doubts, invalid geometry), plus the invalid geometries the engine itself met
// while preparing features (repaired with MakeValid for measurement, reported here, never skipped).
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

/** GEOS's validity reasons (IsValidOp), told in Chinese; an unlisted one is a topology error in general. */
const GEOS_REASON_ZH: Readonly<Record<string, string>> = {
  'Self-intersection': '自相交',
  'Ring Self-intersection': '环自相交',
  'Hole lies outside shell': '内环在外环之外',
  'Holes are nested': '内环相互嵌套',
  'Interior is disconnected': '内部不连通',
  'Nested shells': '外环相互嵌套',
  'Duplicate Rings': '环重复',
  'Too few points in geometry component': '组成部分的点数过少',
  'Invalid Coordinate': '坐标无效',
  'Ring is not closed': '环未闭合',
};

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
          detail: vf.message.zh,
          detailEn: vf.message.en,
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
        detail: vf.message.zh,
        detailEn: vf.message.en,
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
      const at = f.invalid.location ? `（${f.invalid.location[0].toFixed(6)}, ${f.invalid.location[1].toFixed(6)}）` : '';
      out.push({
        subject: f,
        object: null,
        region: f.footprint,
        measure: {},
        shares: {},
        label,
        detail: `几何无效：${GEOS_REASON_ZH[f.invalid.reason] ?? '拓扑错误'}${at}，已按 MakeValid 修复后计量`,
        detailEn: `invalid geometry: ${f.invalid.reason}${at}, measured after MakeValid repair`,
      });
    }
  }
  return out;
}
