import { describe, expect, it } from 'vitest';
import { authalicLatitude, rememberedAuthalicLatitude } from '../../../engine/geometry/equalAreaRingAreaM2.ts';

describe('rememberedAuthalicLatitude', () => {
  it('gives the bits authalicLatitude gives, for latitudes met again, new ones and ones that share a slot', () => {
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

  it('keeps the sign of zero and gives NaN for NaN whatever was asked before', () => {
    expect(Object.is(rememberedAuthalicLatitude(0), 0)).toBe(true);
    expect(Object.is(rememberedAuthalicLatitude(-0), -0)).toBe(true);
    expect(Object.is(rememberedAuthalicLatitude(0), 0)).toBe(true);
    expect(rememberedAuthalicLatitude(Number.NaN)).toBeNaN();
    expect(rememberedAuthalicLatitude(90)).toBe(authalicLatitude(90));
    expect(rememberedAuthalicLatitude(-90)).toBe(authalicLatitude(-90));
  });
});
