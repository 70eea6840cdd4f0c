// A rules worker that read the plan files itself keeps only its layers, in input order, and refuses plans that are not
// the parent's (another plan id, or a layer with another count: a file changed between the two reads).
import { describe, expect, it } from 'vitest';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { plansOfReadFiles, type WorkerData } from '../../../main/node/rulesWorkerProtocol.ts';
import { gridFeaturesOf } from '../../engine/rules/gridLayouts.ts';

// Two plans: the farmland in a plan of its own.
const plans = testPlansOf(
  gridFeaturesOf([
    { layer: 'GHYDYH', x: 0, y: 0, w: 2, h: 2 },
    { layer: 'GHYDYH', x: 2, y: 0, w: 2, h: 2 },
    { layer: 'YJJBNT', x: 4, y: 4, w: 2, h: 2 },
  ]).map((f) => (f.layer === 'YJJBNT' ? { ...f, plan: 'farmland' } : f)),
);
const land = plans.findIndex((p) => p.features.some((f) => f.layer === 'GHYDYH'));
const metas = plans.map(({ features: _features, ...meta }) => meta);
const data = (layers: WorkerData['layers']): WorkerData => ({
  plans: metas,
  pack: { id: 'p', version: '1', rules: [] } as never,
  units: [],
  layers,
});

describe('plansOfReadFiles', () => {
  it('keeps the features of the layers named, in input order, and drops the rest', () => {
    expect(plans.length).toBe(2);
    const kept = plansOfReadFiles(plans, data([{ plan: land, layer: 'GHYDYH', count: 2 }]));
    expect(kept.map((p) => p.plan.id)).toEqual(plans.map((p) => p.plan.id));
    expect(kept[land]!.features.map((f) => f.id)).toEqual(plans[land]!.features.filter((f) => f.layer === 'GHYDYH').map((f) => f.id));
    expect(kept.flatMap((p) => p.features).every((f) => f.layer === 'GHYDYH')).toBe(true);
  });

  it('refuses a layer whose count is not the parent’s, and plans in another order', () => {
    expect(() => plansOfReadFiles(plans, data([{ plan: land, layer: 'GHYDYH', count: 3 }]))).toThrow(/changed/);
    expect(() => plansOfReadFiles([...plans].reverse(), data([{ plan: land, layer: 'GHYDYH', count: 2 }]))).toThrow(/changed/);
  });
});
