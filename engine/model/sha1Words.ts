// Pure. sha1Words(bytes) → the SHA-1 digest (FIPS 180-4) as five big-endian 32-bit words. Written for featureId,
// which hashes one short name per feature (300k per plan): no hasher object; sha1WordsInto pads in the caller's buffer
// and allocates nothing. tests/engine/model/sha1Words.test.ts compares it with @noble/hashes at every padding boundary.

const schedule = new Int32Array(80);

export function sha1Words(bytes: Uint8Array): Int32Array {
  const buffer = new Uint8Array(paddedLength(bytes.length));
  buffer.set(bytes);
  const out = new Int32Array(5);
  sha1WordsInto(buffer, bytes.length, out);
  return out;
}

/** Bytes the padded message of `length` bytes takes: whole 64-byte blocks with room for 0x80 and the 8-byte length. */
export function paddedLength(length: number): number {
  return (((length + 8) >>> 6) + 1) * 64;
}

/**
 * sha1Words of `padded[0, length)` into `out`, allocating nothing: `padded` holds at least paddedLength(length)
 * bytes, and its bytes from `length` on are overwritten by the padding.
 */
export function sha1WordsInto(padded: Uint8Array, length: number, out: Int32Array): void {
  const end = paddedLength(length);
  padded[length] = 0x80;
  padded.fill(0, length + 1, end - 5);
  // The bit length, big-endian in the last 8 bytes (names are far below 2^29 bytes, so 4 bytes suffice).
  const bits = length * 8;
  padded[end - 5] = (length >>> 29) & 0xff;
  padded[end - 4] = (bits >>> 24) & 0xff;
  padded[end - 3] = (bits >>> 16) & 0xff;
  padded[end - 2] = (bits >>> 8) & 0xff;
  padded[end - 1] = bits & 0xff;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  const w = schedule;
  for (let offset = 0; offset < end; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const k = offset + t * 4;
      w[t] = (padded[k]! << 24) | (padded[k + 1]! << 16) | (padded[k + 2]! << 8) | padded[k + 3]!;
    }
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  out[0] = h0;
  out[1] = h1;
  out[2] = h2;
  out[3] = h3;
  out[4] = h4;
}
