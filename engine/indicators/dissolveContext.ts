// Pure (given a port). Takes the plans' XZQ geometries (with their XZQDM/XZQMC), a GeometryPort and the
// indicator cache, returns the towns (9-digit XZQDM, features of one town dissolved) and the territory (∪XZQ)
// held as prepared geometries for clipping, plus `release()` to free them. Town polygons are rebuilt only
// when the XZQ geometries changed (then every cached split and bucket is dropped). Towns that overlap each
// other by ≥ 1 m² are flagged (totals then dissolve anew instead of summing the towns).
import { bbox, bboxesDisjoint, type BBox } from '../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import type { GeomHandle, GeometryPort } from '../geometry/port.ts';
import type { Geometry, Properties } from '../model/types.ts';
import { sameGeometries, type CachedTowns, type IndicatorCache } from './indicatorCache.ts';
import { safeUnion } from './safeOverlay.ts';

export interface HeldArea {
  handle: GeomHandle;
  box: BBox;
}

export interface Town extends HeldArea {
  code: string;
  name: string;
}

export interface DissolveContext {
  port: GeometryPort;
  cache: IndicatorCache;
  /** Sorted by code. Empty when the plans carry no town-level XZQ features. */
  towns: readonly Town[];
  territory: HeldArea | null;
  /** True when no two towns share ≥ 1 m², so the total is the sum of the towns plus what lies outside. */
  townsDisjoint: boolean;
  release(): void;
}

const TOWN_CODE = /^[0-9]{9}$/;
/** Overlaps below 1 m² are noise (product.md §6). */
const NOISE_M2 = 1;

export function hold(port: GeometryPort, geometry: Geometry): HeldArea {
  return { handle: port.hold(geometry, { prepared: true }), box: bbox(geometry)! };
}

function buildTowns(xzq: readonly { geometry: Geometry; properties: Properties }[], port: GeometryPort): CachedTowns {
  const byCode = new Map<string, { name: string; geometries: Geometry[] }>();
  for (const f of xzq) {
    const code = f.properties.XZQDM;
    if (typeof code !== 'string' || !TOWN_CODE.test(code)) continue;
    const entry = byCode.get(code) ?? { name: String(f.properties.XZQMC ?? code), geometries: [] };
    entry.geometries.push(f.geometry);
    byCode.set(code, entry);
  }
  const towns: CachedTowns['towns'] = [];
  for (const code of [...byCode.keys()].sort()) {
    const entry = byCode.get(code)!;
    const geometry = safeUnion(port, entry.geometries);
    if (geometry) towns.push({ code, name: entry.name, geometry });
  }
  let townsDisjoint = true;
  for (let a = 0; a < towns.length && townsDisjoint; a++) {
    for (let b = a + 1; b < towns.length; b++) {
      const ga = towns[a]!.geometry;
      const gb = towns[b]!.geometry;
      if (bboxesDisjoint(bbox(ga)!, bbox(gb)!)) continue;
      if (ellipsoidalAreaM2(port.intersection(ga, gb, { keep: 'polygonal' })) >= NOISE_M2) {
        townsDisjoint = false;
        break;
      }
    }
  }
  return {
    from: xzq.map((f) => f.geometry),
    towns,
    territory: safeUnion(
      port,
      xzq.map((f) => f.geometry),
    ),
    townsDisjoint,
  };
}

export function createDissolveContext(
  xzq: readonly { geometry: Geometry; properties: Properties }[],
  port: GeometryPort,
  cache: IndicatorCache,
): DissolveContext {
  if (
    !cache.towns ||
    !sameGeometries(
      cache.towns.from,
      xzq.map((f) => f.geometry),
    )
  ) {
    cache.towns = buildTowns(xzq, port);
    cache.townSplits = new WeakMap();
    cache.buckets.clear();
  }
  const held: GeomHandle[] = [];
  const towns: Town[] = cache.towns.towns.map((t) => {
    const area = hold(port, t.geometry);
    held.push(area.handle);
    return { code: t.code, name: t.name, ...area };
  });
  let territory: HeldArea | null = null;
  if (cache.towns.territory) {
    territory = hold(port, cache.towns.territory);
    held.push(territory.handle);
  }
  return {
    port,
    cache,
    towns,
    territory,
    townsDisjoint: cache.towns.townsDisjoint,
    release: () => held.forEach((h) => port.release(h)),
  };
}
