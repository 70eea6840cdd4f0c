import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { paddedLength, sha1Words, sha1WordsInto } from '../../../engine/model/sha1Words.ts';

const hex = (words: Int32Array) => Array.from(words, (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
const nobleHex = (bytes: Uint8Array) => Array.from(sha1(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

describe('sha1Words', () => {
  it('gives the FIPS 180-4 digests of the standard test messages', () => {
    expect(hex(sha1Words(utf8ToBytes('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1Words(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1Words(utf8ToBytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  it('agrees with @noble/hashes at every length across the padding boundaries of three blocks', () => {
    let seed = 7;
    for (let length = 0; length <= 200; length++) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
      expect(hex(sha1Words(bytes)), `length ${length}`).toBe(nobleHex(bytes));
    }
  });

  it('sha1WordsInto gives the same digest in a reused buffer whatever bytes a longer message left past the end', () => {
    const buffer = new Uint8Array(paddedLength(200)).fill(0xa5);
    const out = new Int32Array(5);
    for (const length of [200, 119, 64, 56, 55, 3, 0]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      buffer.set(bytes);
      sha1WordsInto(buffer, length, out);
      expect(hex(out), `length ${length}`).toBe(nobleHex(bytes));
    }
  });
});
