// Pure. Reads and writes the two 32-bit words of an IEEE-754 double (high word = sign, exponent and top 20
// mantissa bits), the bit access the fdlibm algorithms in this folder are written in.
// One shared Float64Array(1) with a Uint32Array view over the same 8 bytes: no allocation per call. The word
// order of that view follows the platform's byte order; every engine we target (x86-64, ARM64) is
// little-endian, so word 0 is the low word. Checked once below at module load, because a big-endian host
// would silently swap the words and break every function here.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

f64[0] = 1.5; // 0x3FF80000_00000000
if (u32[1] !== 0x3ff80000 || u32[0] !== 0) throw new Error('engine/numeric needs a little-endian Float64Array');

/** High word of `x` as a signed 32-bit integer (negative iff the sign bit is set), as fdlibm's GET_HIGH_WORD. */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[1]! | 0;
}

/** Low word of `x` as an unsigned 32-bit integer. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[0]!;
}

/** The double whose high word is `hi` and low word is `lo` (both taken modulo 2^32). */
export function fromWords(hi: number, lo: number): number {
  u32[1] = hi;
  u32[0] = lo;
  return f64[0]!;
}

/** `x` with its low word replaced by `lo` (fdlibm's SET_LOW_WORD). */
export function withLowWord(x: number, lo: number): number {
  f64[0] = x;
  u32[0] = lo;
  return f64[0]!;
}

/** `x` with its high word replaced by `hi` (fdlibm's SET_HIGH_WORD). */
export function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[1] = hi;
  return f64[0]!;
}
