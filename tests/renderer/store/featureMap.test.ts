import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanFeature } from '../../../engine/model/types.ts';
import { FeatureMap } from '../../../renderer/store/featureMap.ts';

const feature = (n: number): PlanFeature => ({
  type: 'Feature', id: `f${n}` as FeatureId, layer: 'GHYDYH', properties: { n },
  geometry: { type: 'Point', coordinates: [n, n] },
});

describe('FeatureMap', () => {
  const list = Array.from({ length: 10_000 }, (_, n) => feature(n));
  const map = FeatureMap.from(list);

  it('behaves as a read-only Map in document order', () => {
    expect(map.size).toBe(10_000);
    expect(map.get('f4097' as FeatureId)).toBe(list[4097]);
    expect(map.has('nope' as FeatureId)).toBe(false);
    expect([...map.values()]).toEqual(list);
    expect([...map.keys()].slice(0, 3)).toEqual(['f0', 'f1', 'f2']);
    expect(new Map(map).size).toBe(10_000);
  });

  it('replaces one feature by copying only its chunk and leaves the original untouched', () => {
    const edited = { ...list[5000]!, properties: { n: -1 } };
    const next = map.replace(edited);
    expect(next.get(edited.id)).toBe(edited);
    expect(map.get(edited.id)).toBe(list[5000]);
    const changed = next.chunkList().filter((c, i) => c !== map.chunkList()[i]);
    expect(changed).toHaveLength(1);
    expect([...next.values()].map((f) => f.id)).toEqual(list.map((f) => f.id));
    expect(() => map.replace(feature(99_999))).toThrow();
  });
});
