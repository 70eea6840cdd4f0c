// Pure. The `sliver` relation on one polygon: area below `minAreaM2` or mean width 2A/P (ellipsoidal
// area, geodesic perimeter) at most `minMeanWidthM`.
import { geodesicLengthM } from '../../geometry/geodesicLengthM.ts';
import type { Finding } from '../finding.ts';
import { footprintAreaM2, type RulesState } from '../rulesState.ts';
import type { Relation } from '../types.ts';

type Sliver = Extract<Relation, { type: 'sliver' }>;

export function evaluateSliver(state: RulesState, rel: Sliver, s: number): Finding | null {
  const sf = state.features[s]!;
  if (sf.geometryClass !== 'polygon' || !sf.footprint) return null;
  const areaM2 = footprintAreaM2(state, sf);
  const perimeterM = geodesicLengthM(sf.footprint);
  const meanWidthM = perimeterM > 0 ? (2 * areaM2) / perimeterM : 0;
  if (!(areaM2 < rel.minAreaM2 || meanWidthM <= rel.minMeanWidthM)) return null;
  return {
    subject: sf,
    object: null,
    region: sf.footprint,
    measure: { areaM2, meanWidthM },
    shares: { subject: 1 },
    detail: `平均宽度 ${meanWidthM.toFixed(2)} m`,
  };
}
