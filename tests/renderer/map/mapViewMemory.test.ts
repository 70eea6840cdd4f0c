import { describe, expect, it } from 'vitest';
import { parseRememberedView, viewFitsData } from '../../../renderer/map/mapViewMemory.ts';

describe('mapViewMemory', () => {
  it('reads a stored view and refuses malformed or out-of-range ones', () => {
    expect(parseRememberedView('{"centre":[112.6,35.1],"zoom":14.5,"rotation":0.3}')).toEqual({
      centre: [112.6, 35.1],
      zoom: 14.5,
      rotation: 0.3,
    });
    for (const bad of [
      null,
      '',
      'not json',
      '{"centre":[1],"zoom":1,"rotation":0}',
      '{"centre":[500,1],"zoom":1,"rotation":0}',
      '{"centre":[1,1],"zoom":"x","rotation":0}',
      '{"centre":[1,1],"zoom":99,"rotation":0}',
    ]) {
      expect(parseRememberedView(bad)).toBeNull();
    }
  });

  it('restores a view only when it looks at the data', () => {
    const bounds: [number, number, number, number] = [112.3, 34.9, 112.8, 35.3];
    expect(viewFitsData({ centre: [112.6, 35.1], zoom: 14, rotation: 0 }, bounds)).toBe(true);
    expect(viewFitsData({ centre: [116.4, 39.9], zoom: 14, rotation: 0 }, bounds)).toBe(false);
    expect(viewFitsData({ centre: [112.6, 35.1], zoom: 14, rotation: 0 }, null)).toBe(false);
  });
});
