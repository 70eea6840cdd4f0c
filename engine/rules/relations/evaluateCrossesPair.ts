// Pure. The `crosses` relation: the line's centreline inside the polygon; `lengthM` is its geodesic
// length, reported from `minLengthM`; the region is the line's corridor ∩ the polygon with its area.
import { ellipsoidalAreaM2 } from '../../geometry/ellipsoidalAreaM2.ts';
import { geodesicLengthM } from '../../geometry/geodesicLengthM.ts';
import type { Finding } from '../finding.ts';
import { footprintAreaM2, footprintHandle, type RulesState } from '../rulesState.ts';
import type { Relation } from '../types.ts';

type Crosses = Extract<Relation, { type: 'crosses' }>;

export function evaluateCrossesPair(state: RulesState, rel: Crosses, s: number, o: number): Finding | null {
  const sf = state.features[s]!;
  const of = state.features[o]!;
  const [line, polygon] = sf.geometryClass === 'line' ? [sf, of] : [of, sf];
  if (line.geometryClass !== 'line' || polygon.geometryClass !== 'polygon' || !polygon.footprint) return null;
  const port = state.port;
  const ph = footprintHandle(state, polygon, true)!;
  if (!port.intersects(ph, line.geometry)) return null;
  const inside = port.lineInside(line.geometry, ph);
  const lengthM = geodesicLengthM(inside);
  if (!inside || lengthM < rel.minLengthM) return null;
  const region = line.footprint ? port.intersection(footprintHandle(state, line)!, ph, { keep: 'polygonal' }) : null;
  const areaM2 = ellipsoidalAreaM2(region);
  const lineLengthM = geodesicLengthM(line.geometry);
  const polyArea = footprintAreaM2(state, polygon);
  const lineShare = lineLengthM > 0 ? lengthM / lineLengthM : 0;
  const polyShare = polyArea > 0 ? areaM2 / polyArea : 0;
  return {
    subject: sf,
    object: of,
    region: region ?? inside,
    measure: { lengthM, areaM2 },
    shares: line === sf ? { subject: lineShare, object: polyShare } : { subject: polyShare, object: lineShare },
  };
}
