// Pure. Takes a conflict region (or, without one, the subject feature) and returns the town it falls in:
// the XZQ feature with a 9-digit XZQDM (a 街道 or 镇) that covers a point inside the region; null when the
// plans have no town layer or no town covers it.
import type { Geometry } from '../model/types.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import { footprintHandle, isAlive, type RulesState } from './rulesState.ts';

const TOWN_CODE = /^\d{9}$/;

export function townOf(state: RulesState, region: Geometry | null, subject: PreparedFeature | null): { code: string; name: string } | null {
  const index = state.indexes.get('XZQ');
  if (!index) return null;
  const where = region ?? subject?.footprint ?? subject?.geometry ?? null;
  if (!where) return null;
  const p = where.type === 'Point' ? (where.coordinates as [number, number]) : state.port.pointOnSurface(where);
  if (!p) return null;
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
