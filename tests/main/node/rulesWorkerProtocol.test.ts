// A rules worker that read the plan files itself uses them only if they are the parent's: the same plan ids in the same
// order and the same count in every layer (a file changed between the two reads fails the run).
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { checkReadPlans, type ReadLayer, type WorkerData } from '../../../main/node/rulesWorkerProtocol.ts';
import { gridFeaturesOf } from '../../engine/rules/gridLayouts.ts';

// Two plans: the farmland in a plan of its own.
const plans = testPlansOf(
  gridFeaturesOf([
    { layer: 'GHYDYH', x: 0, y: 0, w: 2, h: 2 },
    { layer: 'GHYDYH', x: 2, y: 0, w: 2, h: 2 },
    { layer: 'YJJBNT', x: 4, y: 4, w: 2, h: 2 },
  ]).map((f) => (f.layer === 'YJJBNT' ? { ...f, plan: 'farmland' } : f)),
);
const metas = plans.map(({ features: _features, ...meta }) => meta);
const countsOf = (docs: readonly PlanDocument[]): ReadLayer[] => {
  const counts = new Map<string, ReadLayer>();
  docs.forEach((doc, plan) => {
    for (const f of doc.features) {
      const key = `${plan}/${f.layer}`;
      const c = counts.get(key) ?? { plan, layer: f.layer, count: 0 };
      c.count++;
      counts.set(key, c);
    }
  });
  return [...counts.values()];
};
const data = (counts: ReadLayer[]): WorkerData => ({
  plans: metas,
  pack: { id: 'p', version: '1', rules: [] } as never,
  units: [],
  counts,
});

describe('checkReadPlans', () => {
  it('accepts the parent’s plans', () => {
    expect(plans.length).toBe(2);
    expect(() => checkReadPlans(plans, data(countsOf(plans)))).not.toThrow();
  });

  it('refuses a layer with another count, a layer the parent did not count, and plans in another order', () => {
    const counts = countsOf(plans);
    const more = counts.map((c) => (c.layer === 'GHYDYH' ? { ...c, count: c.count + 1 } : c));
    expect(() => checkReadPlans(plans, data(more))).toThrow(/changed/);
    expect(() => checkReadPlans(plans, data(counts.filter((c) => c.layer !== 'YJJBNT')))).toThrow(/changed/);
    expect(() => checkReadPlans([...plans].reverse(), data(counts))).toThrow(/changed/);
  });
});
