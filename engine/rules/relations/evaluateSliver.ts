// Pure. The `sliver` relation on one polygon: area below `minAreaM2` or mean width 2A/P (ellipsoidal
// area, geodesic perimeter) at most `minMeanWidthM`.
import { geodesicLengthM } from '../../geometry/geodesicLengthM.ts';
import { say } from '../../i18n/index.ts';
import type { Geometry } from '../../model/types.ts';
import { cos, hypot } from '../../numeric/portableMath.ts';
import type { Finding } from '../finding.ts';
import type { GeometryStore } from '../../geometry/geometryStore.ts';
import { storedFootprintSlot } from '../prepareFeature.ts';
import { footprintAreaM2, type RulesState } from '../rulesState.ts';
import type { Relation } from '../types.ts';

type Sliver = Extract<Relation, { type: 'sliver' }>;

export function evaluateSliver(state: RulesState, rel: Sliver, s: number): Finding | null {
  const sf = state.features[s]!;
  if (sf.geometryClass !== 'polygon') return null;
  // A stored polygon is measured in its store; its footprint is rebuilt (on each read) only for a finding.
  const stored = storedFootprintSlot(sf);
  let footprint = stored ? null : sf.footprint;
  if (!stored && !footprint) return null;
  const areaM2 = footprintAreaM2(state, sf);
  // Geodesic perimeters are costly; a local planar estimate (well within 1 % for parcels) settles clear cases.
  const roughM = stored ? storeRoughPerimeterM(stored.store, stored.index) : roughPerimeterM(footprint!);
  if (areaM2 >= rel.minAreaM2 && (2 * areaM2) / roughM > rel.minMeanWidthM * 1.05) return null;
  footprint ??= sf.footprint!;
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

/** The planar length in m of one edge, on a local scale at its mid-latitude. */
function roughEdgeM(x0: number, y0: number, x1: number, y1: number): number {
  const kx = 111_320 * cos((((y0 + y1) / 2) * Math.PI) / 180);
  return hypot((x1 - x0) * kx, (y1 - y0) * 110_574);
}

function roughPerimeterM(g: Geometry): number {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let sum = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) sum += roughEdgeM(ring[i - 1]![0], ring[i - 1]![1], ring[i]![0], ring[i]![1]);
    }
  }
  return sum;
}

/** roughPerimeterM of store feature i, edge by edge in the same order, from the typed arrays. */
function storeRoughPerimeterM(store: GeometryStore, i: number): number {
  const c = store.coords;
  let sum = 0;
  for (let r = store.partRings[store.featureParts[i]!]!; r < store.partRings[store.featureParts[i + 1]!]!; r++) {
    for (let v = store.ringVertices[r]! + 1; v < store.ringVertices[r + 1]!; v++)
      sum += roughEdgeM(c[2 * v - 2]!, c[2 * v - 1]!, c[2 * v]!, c[2 * v + 1]!);
  }
  return sum;
}
