// Pure. The `overlaps` relation: for each candidate pair, the footprints' intersection reported when its
// ellipsoidal area reaches `minAreaM2` and/or its share of the subject/object reaches `minRatio`.
import type { Finding } from '../finding.ts';
import { overlapOf } from '../overlapOf.ts';
import { footprintAreaM2, type RulesState } from '../rulesState.ts';
import type { Relation } from '../types.ts';

type Overlaps = Extract<Relation, { type: 'overlaps' }>;

export function evaluateOverlapsPair(state: RulesState, rel: Overlaps, s: number, o: number): Finding | null {
  const sf = state.features[s]!;
  const of = state.features[o]!;
  const ov = overlapOf(state, sf, of);
  if (!ov) return null;
  const sArea = footprintAreaM2(state, sf);
  const oArea = footprintAreaM2(state, of);
  const shares = {
    subject: sArea > 0 ? ov.areaM2 / sArea : 0,
    object: oArea > 0 ? ov.areaM2 / oArea : 0,
  };
  const isPoint = sf.geometryClass === 'point' || of.geometryClass === 'point';
  if (!isPoint) {
    if (rel.minAreaM2 !== undefined && ov.areaM2 < rel.minAreaM2) return null;
    if (rel.minRatio !== undefined) {
      const side = rel.ratioOf ?? 'either';
      const ratio = side === 'subject' ? shares.subject : side === 'object' ? shares.object : Math.max(shares.subject, shares.object);
      if (ratio < rel.minRatio) return null;
    }
  }
  return { subject: sf, object: of, region: ov.region, measure: { areaM2: ov.areaM2 }, shares };
}
