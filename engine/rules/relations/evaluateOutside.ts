// Pure. The `outside` relation: the part of the subject's footprint not covered by the union of the
// object selection (e.g. construction outside 城镇开发边界, features outside 行政区), reported from
// `minAreaM2`. Shortcuts: a subject lying in grid tiles the union covers is skipped without being held (insideTiles.ts),
// one the union covers without an overlay.
import { ellipsoidalAreaM2 } from '../../geometry/ellipsoidalAreaM2.ts';
import type { GeomHandle } from '../../geometry/port.ts';
import type { Geometry } from '../../model/types.ts';
import type { Finding } from '../finding.ts';
import { footprintAreaM2, footprintHandle, hasFootprint, holdCached, type RulesState } from '../rulesState.ts';
import type { Selection } from '../selectFeatures.ts';
import type { Relation, Selector } from '../types.ts';
import { insideCoveredTiles, insideTilesKey } from './insideTiles.ts';

type Outside = Extract<Relation, { type: 'outside' }>;

export function evaluateOutside(state: RulesState, unionKeyOfObjects: string, rel: Outside, s: number, objects: Selection): Finding | null {
  const sf = state.features[s]!;
  // hasFootprint, not `sf.footprint`: a stored polygon's footprint is rebuilt on each read.
  if (sf.geometryClass === 'point' || !hasFootprint(sf)) return null;
  const union = unionOf(state, unionKeyOfObjects, objects.slots);
  if (union !== null && sf.box !== null && insideCoveredTiles(state, unionKeyOfObjects, union, sf.box)) return null;
  const port = state.port;
  const sh = footprintHandle(state, sf)!;
  let region: Geometry | null;
  if (union === null) region = sf.footprint;
  else if (port.covers(union, sh)) return null;
  else region = port.difference(sh, union, { keep: 'polygonal' });
  if (!region) return null;
  const areaM2 = ellipsoidalAreaM2(region);
  if (areaM2 < rel.minAreaM2) return null;
  const total = footprintAreaM2(state, sf);
  return { subject: sf, object: null, region, measure: { areaM2 }, shares: { subject: total > 0 ? areaM2 / total : 0 } };
}

/** Cache key of the union of a selection (rules with the same selectors share it: R24's and R25's XZQ). */
export function unionKey(selectors: readonly Selector[] | undefined): string {
  return `union:${JSON.stringify(selectors ?? null)}`;
}

/** Drops a cached union so the next use dissolves again (after an edit of one of its features). */
export function forgetUnion(state: RulesState, key: string): void {
  state.cache.delete(key);
  state.cache.delete(`${key}#handle`);
  state.cache.delete(insideTilesKey(key));
}

/** The dissolved union of some features' footprints, held prepared; cached under `key` for the run. */
export function unionOf(state: RulesState, key: string, slots: readonly number[]): GeomHandle | null {
  const cachedHandle = state.cache.get(`${key}#handle`) as GeomHandle | null | undefined;
  if (cachedHandle !== undefined) return cachedHandle;
  let geometry = state.cache.get(key) as Geometry | null | undefined;
  if (geometry === undefined) {
    const parts = slots
      .map((s) => state.features[s]!.footprint)
      .filter((g): g is Geometry => g !== null && g.type !== 'Point' && g.type !== 'MultiPoint');
    geometry = state.port.unaryUnion(parts, { keep: 'polygonal' });
    state.cache.set(key, geometry);
  }
  const handle = geometry ? holdCached(state, geometry) : null;
  state.cache.set(`${key}#handle`, handle);
  return handle;
}
