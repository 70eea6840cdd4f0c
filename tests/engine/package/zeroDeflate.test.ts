// The test helper behind the past-4 GiB entries: its deflate stream inflates (node:zlib) to exactly the zeros
// it declares, and their CRC-32 is the one computed over the bytes.
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32OfZeros, zeroDeflate } from './zeroDeflate.ts';

describe('zeroDeflate', () => {
  it('inflates to exactly the number of zeros it declares, at least the number asked for', () => {
    for (const asked of [0, 1, 1549, 1550, 5_000_000]) {
      const { sizeBytes, data } = zeroDeflate(asked);
      const out = inflateRawSync(data);
      expect(sizeBytes).toBeGreaterThanOrEqual(asked);
      expect(out.length).toBe(sizeBytes);
      expect(out.every((b) => b === 0)).toBe(true);
      expect(crc32OfZeros(sizeBytes)).toBe(crc32(out));
    }
  });

  it('declares past 4 GiB with about 27 MB of data', () => {
    const { sizeBytes, data } = zeroDeflate(2 ** 32 + 1);
    expect(sizeBytes).toBeGreaterThan(2 ** 32);
    expect(data.length).toBeLessThan(28_000_000);
  });
});
