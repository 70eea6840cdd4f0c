import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeatureMap } from '../../../engine/edit/index.ts';
import type { FeatureId, LayerCode, PlanFeature } from '../../../engine/model/types.ts';
import { slotLookup } from '../../../renderer/map/slotLookup.ts';
import { layerRows } from '../../../renderer/store/layerRows.ts';
import { FeatureFeed } from '../../../renderer/map/featureFeed.ts';

const LAYERS: LayerCode[] = ['GHYDYH', 'YJJBNT', 'STBHHX'];

const feature = (n: number, layer: LayerCode): PlanFeature => ({
  type: 'Feature',
  id: `f${n}` as FeatureId,
  layer,
  properties: { n },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [n, 0],
        [n + 1, 0],
        [n + 1, 1],
        [n, 0],
      ],
    ],
  },
});

describe('slotLookup', () => {
  it("answers each id's row among its layer's rows, for the store it was built on, also after later edits", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LAYERS), { minLength: 1, maxLength: 3000 }),
        fc.array(fc.tuple(fc.constantFrom('insert', 'remove', 'replace'), fc.nat(), fc.constantFrom(...LAYERS)), { maxLength: 30 }),
        (layers, edits) => {
          let store = FeatureMap.from(layers.map((layer, n) => feature(n, layer)));
          const before = store;
          const lookups = LAYERS.map((layer) => slotLookup(before, layer)!);
          let next = layers.length;
          for (const [kind, at, layer] of edits) {
            const ids = [...store.keys()];
            if (kind === 'insert') store = store.insert(feature(next++, layer), at % (ids.length + 1));
            else if (ids.length > 0 && kind === 'remove') store = store.remove(ids[at % ids.length]!);
            else if (ids.length > 0) store = store.replace({ ...store.get(ids[at % ids.length]!)!, properties: { edited: true } });
          }
          LAYERS.forEach((layer, k) => {
            const rows = layerRows(before, layer);
            rows.forEach((f, row) => expect(lookups[k]!(f.id)).toBe(row));
            for (const f of before.values()) if (f.layer !== layer) expect(lookups[k]!(f.id)).toBeUndefined();
            expect(lookups[k]!('missing')).toBeUndefined();
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is undefined for features not in a FeatureStore, so the feed builds its own Map', () => {
    const plain = new Map([[`f1` as FeatureId, feature(1, 'GHYDYH')]]);
    expect(slotLookup(plain, 'GHYDYH')).toBeUndefined();
  });

  it('gives the feed the same patches as its own Map of ids', () => {
    const store = FeatureMap.from(Array.from({ length: 50 }, (_, n) => feature(n, LAYERS[n % 3]!)));
    const rows = layerRows(store, 'GHYDYH');
    const withLookup = new FeatureFeed(rows, slotLookup(store, 'GHYDYH'));
    const withMap = new FeatureFeed(rows);
    const moved = { ...rows[4]!, geometry: feature(100, 'GHYDYH').geometry };
    const now = (id: string) => (id === moved.id ? moved : rows.find((f) => f.id === id));
    for (const feed of [withLookup, withMap]) feed.patch([moved.id, rows[7]!.id], now);
    const seen = (feed: FeatureFeed) => {
      const out: [string, number][] = [];
      feed.forEachPatchIn([-1, -1, 200, 2], (f, slot) => out.push([f.id, slot]));
      return out;
    };
    expect(seen(withLookup)).toEqual([[moved.id, 4]]);
    expect(seen(withMap)).toEqual(seen(withLookup));
    expect(withLookup.query([99, 0, 102, 1]).map((f) => f.id)).toEqual([moved.id]);
  });
});
