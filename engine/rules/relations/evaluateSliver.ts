// Pure. The `sliver` relation on one polygon: area below `minAreaM2` or mean width 2A/P (ellipsoidal
// area, geodesic perimeter) at most `minMeanWidthM`.
import { geodesicLengthM } from '../../geometry/geodesicLengthM.ts';
import { say } from '../../i18n/index.ts';
import type { Geometry } from '../../model/types.ts';
import { cos, hypot } from '../../numeric/portableMath.ts';
import type { Finding } from '../finding.ts';
import { footprintAreaM2, type RulesState } from '../rulesState.ts';
import type { Relation } from '../types.ts';

type Sliver = Extract<Relation, { type: 'sliver' }>;

export function evaluateSliver(state: RulesState, rel: Sliver, s: number): Finding | null {
  const sf = state.features[s]!;
  // Read once: a stored feature's footprint is rebuilt on each read.
  const footprint = sf.geometryClass === 'polygon' ? sf.footprint : null;
  if (!footprint) return null;
  const areaM2 = footprintAreaM2(state, sf);
  // Geodesic perimeters are costly; a local planar estimate (well within 1 % for parcels) settles clear cases.
  if (areaM2 >= rel.minAreaM2 && (2 * areaM2) / roughPerimeterM(footprint) > rel.minMeanWidthM * 1.05) return null;
  const perimeterM = geodesicLengthM(footprint);
  const meanWidthM = perimeterM > 0 ? (2 * areaM2) / perimeterM : 0;
  if (!(areaM2 < rel.minAreaM2 || meanWidthM <= rel.minMeanWidthM)) return null;
  return {
    subject: sf,
    object: null,
    region: footprint,
    measure: { areaM2, meanWidthM },
    shares: { subject: 1 },
    detail: say('rules.evaluateSliver.mean-width', { width: meanWidthM.toFixed(2) }),
  };
}

function roughPerimeterM(g: Geometry): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let sum = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = ring[i - 1]!;
        const [x1, y1] = ring[i]!;
        const kx = 111_320 * cos((((y0 + y1) / 2) * Math.PI) / 180);
        sum += hypot((x1 - x0) * kx, (y1 - y0) * 110_574);
      }
    }
  }
  return sum;
}
