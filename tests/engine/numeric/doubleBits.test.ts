import { describe, expect, it } from 'vitest';
import { fromWords, highWord, lowWord, withHighWord, withLowWord } from '../../../engine/numeric/doubleBits.ts';

describe('doubleBits', () => {
  it('reads the high word as signed and the low word as unsigned', () => {
    expect(highWord(1)).toBe(0x3ff00000);
    expect(lowWord(1)).toBe(0);
    expect(highWord(-2)).toBe(0xc0000000 | 0);
    expect(highWord(-2)).toBeLessThan(0);
    expect(lowWord(1 + 2 ** -52)).toBe(1);
    expect(lowWord(Math.PI)).toBe(0x54442d18);
    expect(highWord(Math.PI)).toBe(0x400921fb);
    expect(lowWord(-5e-324)).toBe(1);
    expect(highWord(-0)).toBe(0x80000000 | 0);
  });

  it('builds doubles from words and replaces one word', () => {
    expect(fromWords(0x400921fb, 0x54442d18)).toBe(Math.PI);
    expect(fromWords(0x7ff00000, 0)).toBe(Infinity);
    expect(Object.is(fromWords(0x80000000, 0), -0)).toBe(true);
    expect(fromWords(0xfff00000 | 0, 0)).toBe(-Infinity);
    expect(withLowWord(Math.PI, 0)).toBe(fromWords(0x400921fb, 0));
    expect(withHighWord(Math.PI, 0x3ff921fb)).toBe(Math.PI / 2);
  });
});
