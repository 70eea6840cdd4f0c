// A rules worker that read the plan files itself uses them only if they are the parent's: the same plan ids in the same
// order and the same count in every layer; otherwise it names the first plan that differs (a file changed between the
// two reads), and the check stops naming its file.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { GeometryMemoryError } from '../../../engine/geometry/port.ts';
import { changedReadPlan, workerFailureMessage, type ReadLayer, type WorkerData } from '../../../main/node/rulesWorkerProtocol.ts';
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

describe('changedReadPlan', () => {
  it('finds no change in the parent’s plans', () => {
    expect(plans.length).toBe(2);
    expect(changedReadPlan(plans, data(countsOf(plans)))).toBeNull();
  });

  it('names the first plan with a layer of another count, a layer the parent did not count, or another id', () => {
    const counts = countsOf(plans);
    const parcels = counts.find((c) => c.layer === 'GHYDYH')!.plan;
    const farmland = counts.find((c) => c.layer === 'YJJBNT')!.plan;
    const more = counts.map((c) => (c.layer === 'GHYDYH' ? { ...c, count: c.count + 1 } : c));
    expect(changedReadPlan(plans, data(more))).toBe(parcels);
    expect(changedReadPlan(plans, data(counts.filter((c) => c.layer !== 'YJJBNT')))).toBe(farmland);
    expect(changedReadPlan([...plans].reverse(), data(counts))).toBe(0);
    expect(changedReadPlan(plans.slice(0, 1), data(counts))).toBe(1);
  });
});

describe('workerFailureMessage', () => {
  it('tells a bug with its stack and GEOS out of memory by its message alone', () => {
    const bug = new TypeError('x is undefined');
    expect(workerFailureMessage(bug)).toBe(bug.stack);
    expect(workerFailureMessage('thrown text')).toBe('thrown text');
    const memory = new GeometryMemoryError('intersection', 'std::bad_alloc');
    expect(workerFailureMessage(memory)).toBe(memory.message);
    expect(memory.message).not.toContain('\n');
  });
});
