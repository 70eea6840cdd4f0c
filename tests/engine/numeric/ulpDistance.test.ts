import { describe, expect, it } from 'vitest';
import { bitsHex, ulpDistance } from './ulpDistance.ts';

describe('ulpDistance', () => {
  it('counts neighbouring doubles as 1 apart, across binades, zero and subnormals', () => {
    expect(ulpDistance(1, 1 + 2 ** -52)).toBe(1);
    expect(ulpDistance(1, 1 - 2 ** -53)).toBe(1);
    expect(ulpDistance(0, -0)).toBe(0);
    expect(ulpDistance(5e-324, -5e-324)).toBe(2);
    expect(ulpDistance(Number.MAX_VALUE, Infinity)).toBe(1);
    expect(ulpDistance(2, 4)).toBe(2 ** 52);
  });

  it('treats two NaNs as equal and NaN against a number as infinitely far', () => {
    expect(ulpDistance(NaN, NaN)).toBe(0);
    expect(ulpDistance(NaN, 1)).toBe(Infinity);
  });

  it('prints the bit pattern', () => {
    expect(bitsHex(1)).toBe('3ff0000000000000');
    expect(bitsHex(-0)).toBe('8000000000000000');
  });
});
