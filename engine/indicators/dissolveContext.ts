// Pure (given a port). Takes the plans' XZQ features and a GeometryPort, returns the towns (9-digit XZQDM,
// features of one town dissolved) and the territory (∪XZQ) held as prepared geometries for clipping, plus
// `release()` to free them. Towns that overlap each other by ≥ 1 m² are flagged (totals then dissolve anew).
import { bbox, type BBox } from '../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import type { GeomHandle, GeometryPort } from '../geometry/port.ts';
import type { Geometry, PlanFeature } from '../model/types.ts';
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

export function createDissolveContext(xzqFeatures: readonly PlanFeature[], port: GeometryPort): DissolveContext {
  const held: GeomHandle[] = [];
  const byCode = new Map<string, { name: string; geometries: Geometry[] }>();
  for (const f of xzqFeatures) {
    const code = f.properties.XZQDM;
    if (typeof code !== 'string' || !TOWN_CODE.test(code)) continue;
    const entry = byCode.get(code) ?? { name: String(f.properties.XZQMC ?? code), geometries: [] };
    entry.geometries.push(f.geometry);
    byCode.set(code, entry);
  }
  const towns: Town[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const entry = byCode.get(code)!;
    const geometry = safeUnion(port, entry.geometries);
    if (!geometry) continue;
    const area = hold(port, geometry);
    held.push(area.handle);
    towns.push({ code, name: entry.name, ...area });
  }
  let territory: HeldArea | null = null;
  const territoryGeometry = safeUnion(port, xzqFeatures.map((f) => f.geometry));
  if (territoryGeometry) {
    territory = hold(port, territoryGeometry);
    held.push(territory.handle);
  }
  let townsDisjoint = true;
  for (let a = 0; a < towns.length && townsDisjoint; a++) {
    for (let b = a + 1; b < towns.length; b++) {
      const ta = towns[a]!;
      const tb = towns[b]!;
      if (ta.box[2] < tb.box[0] || tb.box[2] < ta.box[0] || ta.box[3] < tb.box[1] || tb.box[3] < ta.box[1]) continue;
      if (ellipsoidalAreaM2(port.intersection(ta.handle, tb.handle, { keep: 'polygonal' })) >= NOISE_M2) {
        townsDisjoint = false;
        break;
      }
    }
  }
  return {
    port,
    towns,
    territory,
    townsDisjoint,
    release: () => held.forEach((h) => port.release(h)),
  };
}
