import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../engine/indicators/computeIndicators.ts';
import { createIndicatorCache } from '../../../engine/indicators/indicatorCache.ts';
import type { IndicatorValue } from '../../../engine/indicators/types.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { PlanDocument, PlanFeature, Position } from '../../../engine/model/types.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import land from './fixtures/mini-land.json' with { type: 'json' };
import ecology from './fixtures/mini-ecology.json' with { type: 'json' };
import industry from './fixtures/mini-industry.json' with { type: 'json' };

const base = [land, ecology, industry] as unknown as PlanDocument[];

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

/** The land plan with feature `index` replaced (unchanged features stay the same objects, as in an edit). */
function edit(plans: PlanDocument[], index: number, change: (f: PlanFeature) => PlanFeature | null): PlanDocument[] {
  const doc = plans[0]!;
  const features = doc.features.flatMap((f, i) => (i === index ? (change(f) ?? []) : [f]));
  return [{ ...doc, features }, ...plans.slice(1)];
}

const shift =
  (dLon: number, dLat: number) =>
  (f: PlanFeature): PlanFeature => {
    if (f.geometry.type !== 'Polygon') throw new Error('polygon expected');
    const move = (p: Position): Position => [p[0] + dLon, p[1] + dLat];
    return { ...f, geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => r.map(move)) } };
  };

function expectSameValues(actual: IndicatorValue[], expected: IndicatorValue[]): void {
  expect(actual.map((v) => [v.indicator, v.townCode, v.status])).toEqual(expected.map((v) => [v.indicator, v.townCode, v.status]));
  actual.forEach((v, i) => {
    const e = expected[i]!;
    expect(Math.abs(v.areaM2 - e.areaM2)).toBeLessThan(Math.max(0.01, e.areaM2 * 1e-9));
    expect(Math.abs(v.value - e.value)).toBeLessThanOrEqual(1e-4);
  });
}

const indexOf = (code: string) => base[0]!.features.findIndex((f) => f.properties.YDYHFLDM === code);

describe('computeIndicators with a cache', () => {
  it('gives the same values on a second call with the same plans', () => {
    const cache = createIndicatorCache();
    const first = computeIndicators(base, null, port, { cache });
    expectSameValues(computeIndicators(base, null, port, { cache }), first);
    expectSameValues(first, computeIndicators(base, null, port));
  });

  it.each([
    ['moves a residential parcel within its town', () => edit(base, indexOf('0701'), shift(0.0004, 0.0002))],
    ['moves a parcel across the town boundary', () => edit(base, indexOf('0701'), shift(-0.004, 0))],
    ['moves the forest onto the pond it surrounds', () => edit(base, indexOf('0301'), shift(0.002, 0.001))],
    ['deletes the industrial parcel', () => edit(base, indexOf('100101'), () => null)],
    ['moves a cultivated parcel off its overlapping neighbour', () => edit(base, indexOf('0103'), shift(0, 0.004))],
  ])('equals a fresh computation after it %s', (_what, change) => {
    const cache = createIndicatorCache();
    computeIndicators(base, null, port, { cache });
    const edited = change();
    expectSameValues(computeIndicators(edited, null, port, { cache }), computeIndicators(edited, null, port));
  });

  it('stays equal to fresh computations over a sequence of edits, including one that creates an overlap', () => {
    const cache = createIndicatorCache();
    let plans = base;
    computeIndicators(plans, null, port, { cache });
    const steps = [
      (p: PlanDocument[]) => edit(p, indexOf('0701'), shift(0.0003, 0)),
      (p: PlanDocument[]) => edit(p, indexOf('0901'), shift(-0.002, 0)), // now overlaps the residential parcel
      (p: PlanDocument[]) => edit(p, indexOf('0901'), shift(0.002, 0)),
      (p: PlanDocument[]) => edit(p, indexOf('1202'), shift(0, 0.0005)),
    ];
    for (const step of steps) {
      plans = step(plans);
      expectSameValues(computeIndicators(plans, null, port, { cache }), computeIndicators(plans, null, port));
    }
  });

  it('rebuilds the towns when an XZQ feature changes', () => {
    const cache = createIndicatorCache();
    computeIndicators(base, null, port, { cache });
    const xzq = base[0]!.features.findIndex((f) => f.layer === 'XZQ');
    const edited = edit(base, xzq, shift(0.001, 0));
    expectSameValues(computeIndicators(edited, null, port, { cache }), computeIndicators(edited, null, port));
    expect(port.heldCount()).toBe(0);
  });

  /** The ids that differ between two versions of the plans, and the current features with those ids. */
  function changesBetween(before: PlanDocument[], after: PlanDocument[]): { ids: string[]; features: PlanFeature[] } {
    const old = new Set(before.flatMap((p) => p.features));
    const now = new Set(after.flatMap((p) => p.features));
    const ids = new Set([...old].filter((f) => !now.has(f)).map((f) => f.id));
    const features = [...now].filter((f) => !old.has(f));
    for (const f of features) ids.add(f.id);
    return { ids: [...ids], features };
  }

  it.each([
    ['moves a residential parcel within its town', (p: PlanDocument[]) => edit(p, indexOf('0701'), shift(0.0004, 0.0002))],
    ['moves a parcel across the town boundary', (p: PlanDocument[]) => edit(p, indexOf('0701'), shift(-0.004, 0))],
    ['moves the forest onto the pond it surrounds', (p: PlanDocument[]) => edit(p, indexOf('0301'), shift(0.002, 0.001))],
    ['deletes the industrial parcel', (p: PlanDocument[]) => edit(p, indexOf('100101'), () => null)],
    [
      'recodes a cultivated parcel as forest',
      (p: PlanDocument[]) => edit(p, indexOf('0103'), (f) => ({ ...f, properties: { ...f.properties, YDYHFLDM: '0301' } })),
    ],
    [
      'moves a town boundary',
      (p: PlanDocument[]) =>
        edit(
          p,
          p[0]!.features.findIndex((f) => f.layer === 'XZQ'),
          shift(0.001, 0),
        ),
    ],
  ])('equals a fresh computation when told which features changed after it %s, and again after moving them back', (_what, change) => {
    const cache = createIndicatorCache();
    computeIndicators(base, null, port, { cache });
    const edited = change(base);
    expectSameValues(
      computeIndicators(edited, null, port, { cache, changes: changesBetween(base, edited) }),
      computeIndicators(edited, null, port),
    );
    const again = edit(edited, 0, (f) => f);
    const restored = again.map((p, i) => (i === 0 ? { ...p, features: [...base[0]!.features] } : p));
    expectSameValues(
      computeIndicators(restored, null, port, { cache, changes: changesBetween(edited, restored) }),
      computeIndicators(base, null, port),
    );
    expect(port.heldCount()).toBe(0);
  });
});
