// Pure. Takes two prepared features, returns their overlap: the polygonal intersection of the footprints
// with its ellipsoidal area, or for a point footprint the points inside the other footprint (area 0).
// Null when they do not overlap (touching edges and a hole holding the other give null). Shortcut: when
// one footprint covers the other, the overlap is the covered footprint itself and no overlay runs.
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../model/types.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import { footprintAreaM2, footprintHandle, hasFootprint, type RulesState } from './rulesState.ts';

export interface Overlap {
  region: Geometry;
  areaM2: number;
}

export function overlapOf(state: RulesState, s: PreparedFeature, o: PreparedFeature): Overlap | null {
  // Read from the class, not the footprint: a stored feature's footprint is rebuilt on each read, and this runs per pair.
  if (!hasFootprint(s) || !hasFootprint(o) || !s.box || !o.box) return null;
  if (s.box[2] < o.box[0] || o.box[2] < s.box[0] || s.box[3] < o.box[1] || o.box[3] < s.box[1]) return null;
  const port = state.port;
  // A point's footprint is puntal; a polygon's and a line corridor's are polygonal.
  const sPoint = s.geometryClass === 'point';
  const oPoint = o.geometryClass === 'point';
  if (sPoint || oPoint) {
    if (sPoint && oPoint) return null;
    const region = port.intersection(footprintHandle(state, s)!, footprintHandle(state, o)!, { keep: 'puntal' });
    return region ? { region, areaM2: 0 } : null;
  }
  // The larger box is prepared (it is usually the control line met by many parcels) and tested first.
  const [big, small] = boxArea(s.box) >= boxArea(o.box) ? [s, o] : [o, s];
  const bh = footprintHandle(state, big, true)!;
  const smh = footprintHandle(state, small)!;
  // Neighbours in a coverage touch along edges: rejecting them by DE-9IM is far cheaper than an overlay.
  if (!port.interiorsIntersect(bh, smh)) return null;
  if (port.covers(bh, smh)) return { region: small.footprint!, areaM2: footprintAreaM2(state, small) };
  const region = port.intersection(footprintHandle(state, s)!, footprintHandle(state, o)!, { keep: 'polygonal' });
  if (!region) return null;
  return { region, areaM2: ellipsoidalAreaM2(region) };
}

function boxArea(b: readonly number[]): number {
  return (b[2]! - b[0]!) * (b[3]! - b[1]!);
}
