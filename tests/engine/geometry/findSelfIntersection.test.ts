import { describe, expect, it } from 'vitest';
import { findSelfIntersection } from '../../../engine/geometry/findSelfIntersection.ts';

describe('findSelfIntersection', () => {
  it('finds where a bow-tie ring crosses itself', () => {
    const hit = findSelfIntersection({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
    expect(hit?.at[0]).toBeCloseTo(1);
    expect(hit?.at[1]).toBeCloseTo(1);
  });

  it('accepts simple polygons, polygons with holes and touching vertices of adjacent edges', () => {
    expect(findSelfIntersection({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] })).toBeNull();
    expect(findSelfIntersection({ type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 0]] })).toBeNull();
  });

  it('finds a hole crossing its shell and a line crossing itself', () => {
    expect(findSelfIntersection({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[3, 1], [5, 1], [5, 2], [3, 1]]] })).not.toBeNull();
    expect(findSelfIntersection({ type: 'LineString', coordinates: [[0, 0], [2, 2], [2, 0], [0, 2]] })).not.toBeNull();
  });
});
