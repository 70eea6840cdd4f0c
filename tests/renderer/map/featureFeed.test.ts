import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanFeature } from '../../../engine/model/types.ts';
import { FeatureFeed } from '../../../renderer/map/featureFeed.ts';

const square = (id: string, x: number, y: number, size = 1): PlanFeature => ({
  type: 'Feature',
  id: id as FeatureId,
  layer: 'GHYDYH',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  },
});

describe('FeatureFeed', () => {
  const base = [square('a', 0, 0), square('b', 5, 5), square('c', 10, 10, 0.1)];

  it('returns the features whose boxes meet the extent, in document order', () => {
    const feed = new FeatureFeed(base);
    expect(feed.query([0, 0, 6, 6]).map((f) => f.id)).toEqual(['a', 'b']);
    expect(feed.query([-1, -1, 20, 20], 0.5).map((f) => f.id)).toEqual(['a', 'b']);
    expect(feed.bounds()).toEqual([0, 0, 10.1, 10.1]);
  });

  it('patches edits, deletions and additions without a rebuild', () => {
    const feed = new FeatureFeed(base);
    const moved = square('a', 20, 20);
    const added = square('d', 0.5, 0.5);
    const now = new Map<string, PlanFeature>([
      ['a', moved],
      ['b', base[1]!],
      ['d', added],
    ]);
    expect(feed.patch(['a', 'c', 'd'], (id) => now.get(id))).toBe(true);
    expect(feed.query([0, 0, 6, 6]).map((f) => f.id)).toEqual(['b', 'd']);
    expect(feed.query([19, 19, 22, 22])).toEqual([moved]);
    expect(feed.size).toBe(3);
    expect(
      feed
        .query([-100, -100, 100, 100])
        .map((f) => f.id)
        .sort(),
    ).toEqual(['a', 'b', 'd']);
    // Undo of the move: the original object is current again.
    now.set('a', base[0]!);
    feed.patch(['a'], (id) => now.get(id));
    expect(feed.query([0, 0, 1, 1]).map((f) => f.id)).toEqual(['a', 'd']);
    expect(feed.size).toBe(3);
  });

  it('gives the slots in view (null for all when the view holds the unpatched layer) and the patched features apart', () => {
    const feed = new FeatureFeed(base);
    expect(feed.rows).toBe(base);
    expect([...feed.slotsIn([0, 0, 6, 6])!].sort()).toEqual([0, 1]);
    expect(feed.slotsIn([-1, -1, 20, 20])).toBeNull();
    const moved = square('a', 20, 20);
    const added = square('d', 0.5, 0.5);
    const now = new Map<string, PlanFeature>([
      ['a', moved],
      ['b', base[1]!],
      ['d', added],
    ]);
    feed.patch(['a', 'c', 'd'], (id) => now.get(id));
    // a (moved) and c (deleted) leave their slots; the patched a and the new d are visited with their row, or -1.
    expect([...feed.slotsIn([-1, -1, 30, 30])!]).toEqual([1]);
    expect([...feed.slotsIn([0, 0, 6, 6])!]).toEqual([1]);
    const patched: [string, number][] = [];
    feed.forEachPatchIn([-1, -1, 30, 30], (f, slot) => patched.push([f.id, slot]));
    expect(patched).toEqual([
      ['a', 0],
      ['d', -1],
    ]);
    patched.length = 0;
    feed.forEachPatchIn([0, 0, 6, 6], (f, slot) => patched.push([f.id, slot]));
    expect(patched).toEqual([['d', -1]]);
  });
});
