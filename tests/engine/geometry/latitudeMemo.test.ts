import { describe, expect, it } from 'vitest';
import { authalicLatitude, rememberedAuthalicLatitude } from '../../../engine/geometry/equalAreaRingAreaM2.ts';
import { latitudeMemo } from '../../../engine/geometry/latitudeMemo.ts';

describe('latitudeMemo', () => {
  it('gives the bits the function gives, for latitudes met again, new ones and ones that share a slot', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // 20,000 distinct latitudes in a 4,096-slot table: most slots are taken over many times.
    const latitudes = Array.from({ length: 20_000 }, () => 34.8 + random() * 0.5);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < latitudes.length; i++) {
        // Each latitude asked twice in a row (the second from the table), then again a round later.
        const lat = latitudes[(i * 7919 * (round + 1)) % latitudes.length]!;
        expect(rememberedAuthalicLatitude(lat)).toBe(authalicLatitude(lat));
        expect(rememberedAuthalicLatitude(lat)).toBe(authalicLatitude(lat));
      }
    }
  });

  it('computes a latitude once while it keeps its slot, and again after another latitude took the slot', () => {
    let computed = 0;
    const remembered = latitudeMemo((lat) => {
      computed++;
      return lat * 2;
    });
    expect([remembered(35.1), remembered(35.1), remembered(35.2), remembered(35.1)]).toEqual([70.2, 70.2, 70.4, 70.2]);
    expect(computed).toBe(2);
    // 2,000 latitudes in 4,096 slots: asked again in the same order, most come from the table; those that share a slot
    // with another took turns with it, and each is computed again.
    const latitudes = Array.from({ length: 2_000 }, (_, i) => 34 + i * 1e-4);
    for (const lat of latitudes) expect(remembered(lat)).toBe(lat * 2);
    computed = 0;
    for (const lat of latitudes) expect(remembered(lat)).toBe(lat * 2);
    expect(computed).toBeGreaterThan(0);
    expect(computed).toBeLessThan(1_000);
  });

  it('keeps the sign of zero and gives NaN for NaN whatever was asked before', () => {
    expect(Object.is(rememberedAuthalicLatitude(0), 0)).toBe(true);
    expect(Object.is(rememberedAuthalicLatitude(-0), -0)).toBe(true);
    expect(Object.is(rememberedAuthalicLatitude(0), 0)).toBe(true);
    expect(rememberedAuthalicLatitude(Number.NaN)).toBeNaN();
    expect(rememberedAuthalicLatitude(90)).toBe(authalicLatitude(90));
    expect(rememberedAuthalicLatitude(-90)).toBe(authalicLatitude(-90));
  });
});
