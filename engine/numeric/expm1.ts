// Pure. e^x − 1 as fdlibm 5.3's s_expm1.c (with FreeBSD's 2^1024 guard that V8 also carries): the same
// reduction as exp, a rational form with a degree-5 polynomial in x²/2 and a correction term c for the
// rounding of the reduced argument, so results near 0 keep full relative accuracy; < 1 ulp.
import { fromWords, highWord } from './doubleBits.ts';
import { reduceByLn2, reducedByLn2 } from './reduceByLn2.ts';

const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const Q1 = -3.33333333333331316428e-2; // 0xBFA11111 111110F4
const Q2 = 1.58730158725481460165e-3; // 0x3F5A01A0 19FE5585
const Q3 = -7.93650757867487942473e-5; // 0xBF14CE19 9EAADBB7
const Q4 = 4.00821782732936239552e-6; // 0x3ED0CFCA 86E65239
const Q5 = -2.01099218183624371326e-7; // 0xBE8AFDB7 6E09C32D

/** e^x − 1; expm1(±0) = ±0, expm1(−∞) = −1, expm1(+∞) = +∞, NaN → NaN. */
export function expm1(x: number): number {
  const hxRaw = highWord(x);
  const negative = hxRaw < 0;
  const hx = hxRaw & 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| ≥ 56·ln2
    if (hx >= 0x40862e42) {
      // |x| ≥ 709.78
      if (x !== x) return x;
      if (hx >= 0x7ff00000) return negative ? -1 : x;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1; // x < −56·ln2: e^x is below half an ulp of 1
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    reduceByLn2(x, hx, negative);
    const { hi, lo } = reducedByLn2;
    k = reducedByLn2.k;
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^-54: e^x − 1 = x
  }
  // x is now in the primary range |x| ≤ ln2/2.
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    // e^x dominates: compute it and subtract 1
    const y = 1 - (e - x);
    if (k === 1024) return y * 2 * 8.98846567431158e307 - 1;
    return y * fromWords(0x3ff00000 + (k << 20), 0) - 1;
  }
  const twoPk = fromWords(0x3ff00000 + (k << 20), 0);
  if (k < 20) {
    const oneMinus = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 − 2^-k
    return (oneMinus - (e - x)) * twoPk;
  }
  const twoMk = fromWords((0x3ff - k) << 20, 0); // 2^-k
  return (x - (e + twoMk) + 1) * twoPk;
}
