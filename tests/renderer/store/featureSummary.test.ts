import { describe, expect, it } from 'vitest';
import { featureSummary } from '../../../renderer/store/featureSummary.ts';
import { applyCommand, planEntryOf } from '../../../renderer/store/applyCommand.ts';
import { fixturePlan, fixtureWorkspace } from '../fixtures.ts';

describe('featureSummary', () => {
  it('counts features per layer and lists the land-use codes, and follows edits', () => {
    const land = fixturePlan('land');
    const summary = featureSummary(planEntryOf(land).features);
    expect(Object.fromEntries(summary.layerCounts)).toEqual({ GHYDYH: 5, YJJBNT: 1, CZKFBJ: 1, XZQ: 1 });
    expect([...summary.landUseCodes].sort()).toEqual(['0101', '0901', '1001', '1401', '1701']);
    const parcel = land.features[0]!;
    const ws = applyCommand(fixtureWorkspace(), {
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: parcel.id,
      before: parcel.properties,
      after: { ...parcel.properties, YDYHFLDM: '0701' },
    });
    const after = featureSummary(ws.plans.get(land.plan.id)!.features);
    expect([...after.landUseCodes].sort()).toEqual(['0101', '0701', '0901', '1401', '1701']);
    expect(featureSummary(planEntryOf(fixturePlan('transport')).features).grades).toEqual(new Set(['县道']));
  });
});
