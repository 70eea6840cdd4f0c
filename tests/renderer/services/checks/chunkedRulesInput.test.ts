import { describe, expect, it } from 'vitest';
import {
  ChunkDecoder,
  decodeRulesInput,
  encodePlanEntry,
  layerCountsOf,
  withReferences,
} from '../../../../renderer/services/checks/chunkedRulesInput.ts';
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

  it('encodes only the features of the layers a worker reads, in document order, and reuses those chunks', async () => {
    const land = fixturePlan('land');
    const entry = planEntryOf(land);
    const layers = new Set(['CZKFBJ', 'XZQ'] as const);
    const some = await encodePlanEntry(entry, layers);
    const decoded = decodeRulesInput(structuredClone({ plans: [some], pack }));
    const wanted = land.features.filter((f) => layers.has(f.layer as never));
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(land.features.length);
    expect(decoded.plans[0]!.features).toEqual(wanted);
    // Unchanged chunks give the very same encodings again (sent as references to the worker that holds them).
    const again = await encodePlanEntry(entry, new Set(['XZQ', 'CZKFBJ'] as const));
    expect(again.chunks).toHaveLength(some.chunks.length);
    again.chunks.forEach((c, i) => expect(c).toBe(some.chunks[i]));
    expect((await encodePlanEntry(entry, new Set())).chunks).toEqual([]);
    const counts = await layerCountsOf(entry);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(land.features.length);
    expect(counts.get('XZQ' as never)).toBe(land.features.filter((f) => f.layer === 'XZQ').length);
  });
});
