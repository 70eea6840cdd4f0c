import { describe, expect, it } from 'vitest';
import { decodeRulesInput, encodePlanEntry } from '../../../../renderer/services/checks/chunkedRulesInput.ts';
import { planEntryOf } from '../../../../renderer/store/applyCommand.ts';
import type { RulePack } from '../../../../engine/rules/types.ts';
import { fixturePlan } from '../../fixtures.ts';

describe('chunked rules input', () => {
  it('decodes to the same plans it encoded, for chunked and plain feature maps', async () => {
    const pack = { id: 'p', version: '1', title: 't', rules: [] } as RulePack;
    const land = fixturePlan('land');
    const eco = fixturePlan('ecology');
    const plain = { meta: eco.plan, features: new Map(eco.features.map((f) => [f.id, f])) };
    const encoded = { plans: [await encodePlanEntry(planEntryOf(land)), await encodePlanEntry(plain)], pack };
    const decoded = decodeRulesInput(structuredClone(encoded));
    expect(decoded.plans).toEqual([land, eco]);
    expect(decoded.pack).toEqual(pack);
  });
});
