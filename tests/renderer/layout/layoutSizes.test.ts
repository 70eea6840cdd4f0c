import { describe, expect, it } from 'vitest';
import { defaultLayoutSizes, LAYOUT_STORAGE_KEY, readLayoutSizes, writeLayoutSizes } from '../../../renderer/layout/layoutSizes.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('layoutSizes', () => {
  it('folds the layer tree by default below 1600 px and opens every panel on a wide screen', () => {
    expect(defaultLayoutSizes(1366, 768).leftPx).toBe(0);
    expect(defaultLayoutSizes(1920, 1080).leftPx).toBeGreaterThan(200);
    expect(defaultLayoutSizes(1920, 1080).bottomPx).toBeGreaterThan(defaultLayoutSizes(1366, 768).bottomPx);
  });

  it('gives the bottom dock what a narrow window can spare above a 56 % map, never less than 150 px', () => {
    for (const [w, h] of [
      [1366, 768],
      [1440, 900],
      [1536, 864],
    ] as const) {
      const sizes = defaultLayoutSizes(w, h);
      const mapWidth = w - sizes.rightPx - 2;
      const mapHeight = h - 58 - sizes.bottomPx - 4;
      expect((mapWidth * mapHeight) / (w * h), `${w}×${h}`).toBeGreaterThanOrEqual(0.555);
      expect(sizes.bottomPx).toBeGreaterThanOrEqual(150);
    }
    // A smaller window keeps a usable dock (the map then gets less than 56 %).
    expect(defaultLayoutSizes(1280, 720).bottomPx).toBe(150);
    // A 1366×768 laptop: with the narrower right column, room for 4 dense rows under the tab bar and the header.
    expect(defaultLayoutSizes(1366, 768).bottomPx).toBeGreaterThanOrEqual(160);
  });

  it('gives back what was remembered, folded panels (0) included', () => {
    const storage = memoryStorage();
    writeLayoutSizes(storage, { leftPx: 0, rightPx: 333, bottomPx: 420, inspectorPx: 200 });
    expect(JSON.parse(storage.items.get(LAYOUT_STORAGE_KEY)!)).toEqual({ leftPx: 0, rightPx: 333, bottomPx: 420, inspectorPx: 200 });
    expect(readLayoutSizes(storage, 1920, 1080)).toEqual({ leftPx: 0, rightPx: 333, bottomPx: 420, inspectorPx: 200 });
  });

  it('falls back to the defaults for a damaged entry, a missing field or a nonsense value', () => {
    const defaults = defaultLayoutSizes(1366, 768);
    expect(readLayoutSizes(memoryStorage({ [LAYOUT_STORAGE_KEY]: '{not json' }), 1366, 768)).toEqual(defaults);
    expect(
      readLayoutSizes(memoryStorage({ [LAYOUT_STORAGE_KEY]: '{"bottomPx": -5, "rightPx": "wide", "leftPx": 1e9}' }), 1366, 768),
    ).toEqual(defaults);
    expect(readLayoutSizes(memoryStorage({ [LAYOUT_STORAGE_KEY]: '{"bottomPx": 400}' }), 1366, 768)).toEqual({
      ...defaults,
      bottomPx: 400,
    });
    expect(readLayoutSizes(null, 1366, 768)).toEqual(defaults);
  });

  it('survives storage that throws (disabled or full)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readLayoutSizes(throwing, 1366, 768)).toEqual(defaultLayoutSizes(1366, 768));
    expect(() => writeLayoutSizes(throwing, defaultLayoutSizes(1366, 768))).not.toThrow();
  });
});
