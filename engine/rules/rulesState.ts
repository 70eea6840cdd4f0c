// Pure (effects only inside the geometry port). The working state of one rules run: prepared features by
// slot, per-layer spatial indexes, and caches (held GEOS handles, areas, unions, zones) that live for one
// run and are released by `releaseHandles`. An incremental re-check replaces changed features by new
// slots and marks the old ones dead, so indexes and caches of untouched features stay valid.
import type { BBox } from '../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { storeAreaM2 } from '../geometry/geometryStore.ts';
import type { GeomHandle, GeometryPort } from '../geometry/port.ts';
import { ydyhGroup } from '../model/codes.ts';
import type { Geometry, LayerCode, PlanDocument, PlanMeta } from '../model/types.ts';
import { LayerIndex } from './layerIndex.ts';
import type { CodeGroupOf } from './matchCondition.ts';
import { footprintToHold, prepareFeature, storedFootprintSlot, type PreparedFeature } from './prepareFeature.ts';

export interface RulesState {
  port: GeometryPort;
  groupOf: CodeGroupOf;
  features: PreparedFeature[];
  alive: Uint8Array | boolean[];
  slotById: Map<string, number>;
  plans: PlanMeta[];
  /** Per slot, where its feature stood in the input (plan index, index in that plan's features): lets a
   *  re-check find its changed features without scanning every feature. A hint, checked by id on use. */
  planAt: number[];
  indexAt: number[];
  indexes: Map<LayerCode, LayerIndex>;
  handles: Map<number, GeomHandle>;
  preparedHandles: Map<number, GeomHandle>;
  areas: Map<number, number>;
  /** Per-rule caches (unions of object layers, zones), keyed by rule id and a detail. */
  cache: Map<string, unknown>;
  /** Handles the caches hold (unions): released with the rest. */
  cacheHandles: GeomHandle[];
}

export function createRulesState(port: GeometryPort, plans: readonly PlanDocument[]): RulesState {
  const features: PreparedFeature[] = [];
  const slotById = new Map<string, number>();
  const planAt: number[] = [];
  const indexAt: number[] = [];
  const handles = new Map<number, GeomHandle>();
  plans.forEach((doc, p) => {
    doc.features.forEach((f, i) => {
      const slot = features.length;
      const prepared = prepareFeature(port, slot, doc.plan, f, { keepHandle: true });
      if (prepared.handle !== null) {
        keepHeld(port, handles, slot, prepared.handle);
        prepared.handle = null;
      }
      features.push(prepared);
      slotById.set(f.id, slot);
      planAt.push(p);
      indexAt.push(i);
    });
  });
  const byLayer = new Map<LayerCode, { slot: number; box: BBox }[]>();
  for (const f of features) {
    if (!f.box) continue;
    let list = byLayer.get(f.layer);
    if (!list) byLayer.set(f.layer, (list = []));
    list.push({ slot: f.slot, box: f.box });
  }
  const indexes = new Map<LayerCode, LayerIndex>();
  for (const [layer, entries] of byLayer) indexes.set(layer, new LayerIndex(entries));
  return {
    port,
    groupOf: ydyhGroup,
    features,
    alive: features.map(() => true),
    slotById,
    plans: plans.map((p) => p.plan),
    planAt,
    indexAt,
    indexes,
    handles,
    preparedHandles: new Map(),
    areas: new Map(),
    cache: new Map(),
    cacheHandles: [],
  };
}

export function isAlive(state: RulesState, slot: number): boolean {
  return state.alive[slot] === true || state.alive[slot] === 1;
}

/** Live features in slot order. */
export function liveFeatures(state: RulesState): PreparedFeature[] {
  return state.features.filter((f) => isAlive(state, f.slot));
}

/** Whether a feature has a footprint, without reading it (a stored feature's footprint is rebuilt on each read):
 *  only a line without a corridor width has none; a repaired polygon keeps its source when nothing is left. */
export function hasFootprint(f: PreparedFeature): boolean {
  return f.geometryClass !== 'line' || f.footprint !== null;
}

/** The footprint held in the port (prepared when asked: for the first argument of intersects/covers). */
export function footprintHandle(state: RulesState, f: PreparedFeature, prepared = false): GeomHandle | null {
  if (!hasFootprint(f)) return null;
  if (!prepared) {
    const p = state.preparedHandles.get(f.slot);
    if (p !== undefined) return p;
  }
  if (prepared) {
    let h = state.preparedHandles.get(f.slot);
    if (h === undefined) {
      h = state.port.hold(footprintToHold(f), { prepared: true });
      state.preparedHandles.set(f.slot, h);
    }
    return h;
  }
  let h = state.handles.get(f.slot);
  if (h === undefined) {
    h = state.port.hold(footprintToHold(f));
    keepHeld(state.port, state.handles, f.slot, h);
  }
  return h;
}

/**
 * Plain footprints held at once. Past this the one held longest is released, and held again if met again: GEOS's
 * WebAssembly memory grows to its high-water mark and is never returned, and a 300k-parcel city's parcels held
 * together made it 209 MiB for the rest of an export. A rule visits every parcel, so a larger bound, or releasing the
 * least recently used instead (a reordering on every use), would not be met again before its handle went; the
 * prepared ones (mostly control lines, met by many parcels) are all kept. A relation asks for at most four handles,
 * and uses them at once.
 */
export const HELD_FOOTPRINTS = 2_048;

/** Adds `slot`'s new handle, releasing the one held longest past the bound. */
function keepHeld(port: GeometryPort, handles: Map<number, GeomHandle>, slot: number, h: GeomHandle): void {
  handles.set(slot, h);
  if (handles.size <= HELD_FOOTPRINTS) return;
  const [oldest, handle] = handles.entries().next().value!;
  handles.delete(oldest);
  port.release(handle);
}

export function footprintAreaM2(state: RulesState, f: PreparedFeature): number {
  let a = state.areas.get(f.slot);
  if (a === undefined) {
    // A stored polygon is measured in its store: the same bits, without rebuilding its footprint.
    const stored = storedFootprintSlot(f);
    a = stored ? storeAreaM2(stored.store, stored.index) : ellipsoidalAreaM2(f.footprint);
    state.areas.set(f.slot, a);
  }
  return a;
}

export function holdCached(state: RulesState, geometry: Geometry): GeomHandle {
  const h = state.port.hold(geometry, { prepared: true });
  state.cacheHandles.push(h);
  return h;
}

/** Frees every handle the run held; caches keep their GeoJSON, so a later re-check re-holds lazily. */
export function releaseHandles(state: RulesState): void {
  for (const h of state.handles.values()) state.port.release(h);
  for (const h of state.preparedHandles.values()) state.port.release(h);
  for (const h of state.cacheHandles) state.port.release(h);
  state.handles.clear();
  state.preparedHandles.clear();
  state.cacheHandles = [];
  for (const k of [...state.cache.keys()]) if (k.endsWith('#handle')) state.cache.delete(k);
}
