import { describe, expect, it } from 'vitest';
import { ChunkDecoder, decodeRulesInput, encodePlanEntry, withReferences } from '../../../../renderer/services/checks/chunkedRulesInput.ts';
import { applyCommand, planEntryOf } from '../../../../renderer/store/applyCommand.ts';
import type { RulePack } from '../../../../engine/rules/types.ts';
import { fixturePlan, fixtureWorkspace } from '../../fixtures.ts';

const pack = { id: 'p', version: '1', title: 't', rules: [] } as RulePack;

describe('chunked rules input', () => {
  it('decodes to the same plans it encoded, for chunked and plain feature maps', async () => {
    const land = fixturePlan('land');
    const eco = fixturePlan('ecology');
    const plain = { meta: eco.plan, features: new Map(eco.features.map((f) => [f.id, f])) };
    const encoded = { plans: [await encodePlanEntry(planEntryOf(land)), await encodePlanEntry(plain)], pack };
    const decoded = decodeRulesInput(structuredClone(encoded));
    expect(decoded.plans).toEqual([land, eco]);
    expect(decoded.pack).toEqual(pack);
  });

  it('sends unchanged chunks as references the worker resolves from the previous call', async () => {
    const ws = fixtureWorkspace();
    const land = fixturePlan('land');
    const sent = new Set<number>();
    const decoder = new ChunkDecoder();
    const encode = async (w: typeof ws) => ({ plans: await Promise.all(w.planOrder.map((id) => encodePlanEntry(w.plans.get(id)!))), pack });
    const first = withReferences(await encode(ws), sent);
    expect(first.plans.every((p) => p.chunks.every((c) => 'coords' in c))).toBe(true);
    decoder.decode(structuredClone(first));

    const parcel = land.features[0]!;
    const edited = applyCommand(ws, {
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: parcel.id,
      before: parcel.properties,
      after: { ...parcel.properties, BZ: 'x' },
    });
    const second = withReferences(await encode(edited), sent);
    const full = second.plans.flatMap((p) => p.chunks).filter((c) => 'coords' in c);
    expect(full).toHaveLength(1);
    const decoded = decoder.decode(structuredClone(second));
    expect(decoded.plans[0]!.features[0]!.properties.BZ).toBe('x');
    expect(decoded.plans.map((p) => p.features.length)).toEqual(ws.planOrder.map((id) => ws.plans.get(id)!.features.size));
    expect(() => new ChunkDecoder().decode(second)).toThrow('does not hold');
  });
});
