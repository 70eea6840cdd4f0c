import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FeatureId, PlanFeature } from '../../../engine/model/types.ts';
import { FeatureMap } from '../../../engine/edit/index.ts';

const feature = (n: number, tag = 0): PlanFeature => ({
  type: 'Feature',
  id: `f${n}` as FeatureId,
  layer: 'GHYDYH',
  properties: { n, tag },
  geometry: { type: 'Point', coordinates: [n, n] },
});

describe('FeatureMap', () => {
  const list = Array.from({ length: 10_000 }, (_, n) => feature(n));
  const map = FeatureMap.from(list);

  it('behaves as a read-only Map in document order', () => {
    expect(map.size).toBe(10_000);
    expect(map.get('f4097' as FeatureId)).toBe(list[4097]);
    expect(map.has('nope' as FeatureId)).toBe(false);
    expect(map.get('nope' as FeatureId)).toBeUndefined();
    expect([...map.values()]).toEqual(list);
    expect([...map.keys()].slice(0, 3)).toEqual(['f0', 'f1', 'f2']);
    expect(new Map(map).size).toBe(10_000);
    expect(map.indexOf('f7777' as FeatureId)).toBe(7777);
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

  it('inserts and removes one feature by copying one chunk, keeping every other chunk and the original map', () => {
    const added = map.insert(feature(50_000), 3000);
    expect(added.size).toBe(10_001);
    expect(added.indexOf('f50000' as FeatureId)).toBe(3000);
    expect([...added.values()][3001]).toBe(list[3000]);
    expect(added.chunkList().filter((c, i) => c !== map.chunkList()[i])).toHaveLength(1);
    const removed = added.remove('f20' as FeatureId);
    expect(removed.has('f20' as FeatureId)).toBe(false);
    expect(removed.size).toBe(10_000);
    expect(removed.indexOf('f50000' as FeatureId)).toBe(2999);
    expect(map.size).toBe(10_000);
    expect(map.has('f50000' as FeatureId)).toBe(false);
    expect(() => map.insert(list[1]!, 0)).toThrow();
    expect(() => map.remove('nope' as FeatureId)).toThrow();
  });

  it('stays correct through the rebuild that thousands of edits trigger', () => {
    let m = map;
    for (let n = 0; n < 6000; n++) m = m.remove(`f${n}` as FeatureId);
    for (let n = 0; n < 3000; n++) m = m.insert(feature(20_000 + n), n);
    const expected = [...Array.from({ length: 3000 }, (_, n) => feature(20_000 + n)), ...list.slice(6000)];
    expect([...m.values()]).toEqual(expected);
    expect(m.get('f5999' as FeatureId)).toBeUndefined();
    expect(m.indexOf('f6000' as FeatureId)).toBe(3000);
    expect(m.chunkList().length).toBeLessThan(20);
  });

  it('keeps the last of repeated ids in the place of the first', () => {
    const m = FeatureMap.from([feature(1), feature(2), feature(1, 9)]);
    expect(m.size).toBe(2);
    expect([...m.values()]).toEqual([feature(1, 9), feature(2)]);
  });

  it('agrees with an array model over any sequence of inserts, removes and replaces (rebuilds included)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), n: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), tag: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.array(op, { maxLength: 60 }), (size, ops) => {
        let model = Array.from({ length: size }, (_, n) => feature(n));
        let store = FeatureMap.from(model);
        let fresh = size;
        for (const o of ops) {
          if (o.kind === 'insert') {
            const f = feature(100_000 + fresh++);
            const at = o.at % (model.length + 1);
            model = [...model.slice(0, at), f, ...model.slice(at)];
            store = store.insert(f, at);
          } else if (model.length > 0) {
            const victim = model[o.at % model.length]!;
            if (o.kind === 'remove') {
              model = model.filter((f) => f !== victim);
              store = store.remove(victim.id);
            } else {
              const edited = { ...victim, properties: { ...victim.properties, tag: o.tag } };
              model = model.map((f) => (f === victim ? edited : f));
              store = store.replace(edited);
            }
          }
        }
        expect(store.size).toBe(model.length);
        expect([...store.values()]).toEqual(model);
        for (const [i, f] of model.entries()) if (i % 97 === 0) expect([store.get(f.id), store.indexOf(f.id)]).toEqual([f, i]);
      }),
      { numRuns: 60 },
    );
  });
});
