// Pure. Where a conflict's town is looked up (a point inside the region or, without one, inside the subject
// feature) and which town holds that point: the XZQ feature with a 9-digit XZQDM (a 街道 or 镇) that covers it;
// null when the plans have no town layer or no town covers it. Split in two so an executor finds the point and
// the shared step (conflictsOfRecords.ts) the town.
import type { GeometryPort } from '../geometry/port.ts';
import type { Geometry } from '../model/types.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import { footprintHandle, isAlive, type RulesState } from './rulesState.ts';

const TOWN_CODE = /^\d{9}$/;

export function townPointOf(port: GeometryPort, region: Geometry | null, subject: PreparedFeature | null): [number, number] | null {
  const where = region ?? subject?.footprint ?? subject?.geometry ?? null;
  if (!where) return null;
  const p = where.type === 'Point' ? (where.coordinates as [number, number]) : port.pointOnSurface(where);
  return p ? [p[0], p[1]] : null;
}

/** The town covering a point, among the state's live XZQ features in slot order. */
export function townAt(state: RulesState, p: readonly [number, number] | null): { code: string; name: string } | null {
  const index = state.indexes.get('XZQ');
  if (!index || !p) return null;
  const point: Geometry = { type: 'Point', coordinates: [p[0], p[1]] };
  for (const slot of index.search([p[0], p[1], p[0], p[1]]).sort((a, b) => a - b)) {
    if (!isAlive(state, slot)) continue;
    const f = state.features[slot]!;
    const code = f.properties['XZQDM'];
    if (typeof code !== 'string' || !TOWN_CODE.test(code)) continue;
    const h = footprintHandle(state, f, true);
    if (h !== null && state.port.covers(h, point)) {
      const name = f.properties['XZQMC'];
      return { code, name: typeof name === 'string' ? name : code };
    }
  }
  return null;
}

export function townOf(state: RulesState, region: Geometry | null, subject: PreparedFeature | null): { code: string; name: string } | null {
  if (!state.indexes.get('XZQ')) return null;
  return townAt(state, townPointOf(state.port, region, subject));
}
