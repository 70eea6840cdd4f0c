// The rules hold at most HELD_FOOTPRINTS plain footprints in the geometry port at once (GEOS's memory never shrinks
// back), releasing the least recently used and holding it again when it is met again: a city larger than the bound,
// visited by two rules, gives every conflict, and the port's plain handles never pass the bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import { HELD_FOOTPRINTS, runRules, type Rule, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { GRID_PROPS, gridRect } from './gridLayouts.ts';

const rule = (id: string, object: 'YJJBNT' | 'CZKFBJ', relation: Rule['relation']): Rule => ({
  id,
  version: 1,
  title: id,
  severity: 'major',
  subject: [{ layer: 'GHYDYH' }],
  object: [{ layer: object }],
  relation,
  legalBasis: '测试',
  message: '{subject.name} {object.name} {areaM2}',
});

const PACK: RulePack = {
  id: 'held',
  version: '1',
  title: '句柄上限',
  rules: [rule('H1', 'YJJBNT', { type: 'overlaps', minAreaM2: 1 }), rule('H2', 'CZKFBJ', { type: 'outside', minAreaM2: 1 })],
};

/** Counts the plain (unprepared) handles the port holds at once. */
function countingPort(port: GeometryPort): { port: GeometryPort; peak: () => number; live: () => number; holds: () => number } {
  const plain = new Set<unknown>();
  let peak = 0;
  let holds = 0;
  const counted: GeometryPort = {
    ...port,
    hold(geometry, options) {
      const h = port.hold(geometry, options);
      if (options?.prepared !== true) {
        plain.add(h);
        holds++;
        peak = Math.max(peak, plain.size);
      }
      return h;
    },
    release(h) {
      plain.delete(h);
      port.release(h);
    },
  };
  return { port: counted, peak: () => peak, live: () => plain.size, holds: () => holds };
}

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port?.dispose());

describe('held footprints', () => {
  it('stay within the bound on a city larger than it, and every parcel met again is held again', async () => {
    const [columns, rows] = [52, 50];
    expect(columns * rows).toBeGreaterThan(HELD_FOOTPRINTS);
    const features: RuleTestFeature[] = [];
    for (let x = 0; x < columns; x++)
      for (let y = 0; y < rows; y++)
        features.push({
          id: `p${x}-${y}`,
          layer: 'GHYDYH',
          properties: { BSM: `4190010001${String(x * rows + y).padStart(8, '0')}`, ...GRID_PROPS.GHYDYH },
          geometry: gridRect(x, y, 1, 1),
        });
    // Farmland over the first 26 columns, the development boundary over the first 25 rows.
    features.push({
      id: 'farm',
      layer: 'YJJBNT',
      properties: { BSM: '419001000200000001', ...GRID_PROPS.YJJBNT },
      geometry: gridRect(0, 0, 26, rows),
    });
    features.push({
      id: 'town',
      layer: 'CZKFBJ',
      properties: { BSM: '419001000200000002', ...GRID_PROPS.CZKFBJ },
      geometry: gridRect(0, 0, columns, 25),
    });
    const counting = countingPort(port);
    const run = await runRules({ plans: testPlansOf(features), pack: PACK }, counting.port);
    const count = (id: string) => run.report.conflicts.filter((c) => c.ruleId === id).length;
    expect([count('H1'), count('H2')]).toEqual([26 * rows, columns * 25]);
    expect(counting.peak()).toBeLessThanOrEqual(HELD_FOOTPRINTS + 1);
    // Held once to be checked, and again when met after its release: the outside rule meets every parcel, and at most
    // the bound of them are still held by then.
    expect(counting.holds()).toBeGreaterThanOrEqual(2 * columns * rows - HELD_FOOTPRINTS);
    expect(counting.live()).toBe(0);
  });
});
