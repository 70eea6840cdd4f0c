// Pure. The `withinDistance` relation: a zone of d metres around one side's footprint (`zoneAround`);
// the region is the other side's footprint inside the zone, `distanceM` the shortest distance between
// the footprints (0 when they overlap); reported when the region's area reaches `minAreaM2` (default 1 m²,
// the noise floor). A point on the other side is reported when it lies in the zone.
import { ellipsoidalAreaM2 } from '../../geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../../model/types.ts';
import type { Finding } from '../finding.ts';
import { footprintAreaM2, footprintHandle, hasFootprint, holdCached, type RulesState } from '../rulesState.ts';
import type { Relation } from '../types.ts';
import { zoneDistanceM } from './zoneDistanceM.ts';

type WithinDistance = Extract<Relation, { type: 'withinDistance' }>;

export const NOISE_M2 = 1;

export function evaluateWithinDistancePair(state: RulesState, ruleId: string, rel: WithinDistance, s: number, o: number): Finding | null {
  const sf = state.features[s]!;
  const of = state.features[o]!;
  const [zoneFeature, other] = rel.zoneAround === 'subject' ? [sf, of] : [of, sf];
  const d = zoneDistanceM(rel, zoneFeature.properties);
  if (d === undefined || !hasFootprint(other)) return null;
  const zone = zoneOf(state, ruleId, zoneFeature.slot, d);
  if (!zone) return null;
  const port = state.port;
  const otherHandle = footprintHandle(state, other)!;
  if (!port.intersects(zone.handle, otherHandle)) return null;
  const isPoint = other.geometryClass === 'point';
  let region: Geometry | null;
  let areaM2: number;
  if (!isPoint && port.covers(zone.handle, otherHandle)) {
    region = other.footprint;
    areaM2 = footprintAreaM2(state, other);
  } else {
    region = port.intersection(otherHandle, zone.handle, { keep: isPoint ? 'puntal' : 'polygonal' });
    areaM2 = ellipsoidalAreaM2(region);
  }
  if (!region) return null;
  if (!isPoint && areaM2 < (rel.minAreaM2 ?? NOISE_M2)) return null;
  const distanceM = port.distanceM(sf.footprint ?? sf.geometry, of.footprint ?? of.geometry);
  const otherArea = footprintAreaM2(state, other);
  const otherShare = otherArea > 0 ? areaM2 / otherArea : 0;
  return {
    subject: sf,
    object: of,
    region,
    measure: { areaM2, distanceM },
    shares: other === sf ? { subject: otherShare } : { object: otherShare },
    zoneM: d,
  };
}

/** The zone around one feature, cached for the run (GeoJSON kept across runs, the handle per run). */
function zoneOf(state: RulesState, ruleId: string, slot: number, d: number): { handle: ReturnType<typeof holdCached> } | null {
  const key = `zone:${ruleId}:${slot}:${d}`;
  let geometry = state.cache.get(key) as Geometry | null | undefined;
  if (geometry === undefined) {
    const f = state.features[slot]!;
    geometry = state.port.bufferM(f.footprint ?? f.geometry, d);
    state.cache.set(key, geometry);
  }
  if (!geometry) return null;
  let handle = state.cache.get(`${key}#handle`) as ReturnType<typeof holdCached> | undefined;
  if (handle === undefined) {
    handle = holdCached(state, geometry);
    state.cache.set(`${key}#handle`, handle);
  }
  return { handle };
}

/** The margin (zone distance) for candidate search around a zone feature. */
export function zoneMarginM(state: RulesState, rel: WithinDistance, slot: number): number {
  return zoneDistanceM(rel, state.features[slot]!.properties) ?? 0;
}
