// Pure. e^x as fdlibm 5.3's e_exp.c: x = k·ln2 + r with ln2 as hi + lo, a degree-5 Remez polynomial for
// the rational form of e^r, then 2^k by exponent arithmetic (two steps below 2^-1021 so subnormals round
// once); same constants; < 1 ulp in every engine.
import { fromWords, highWord } from './doubleBits.ts';
import { reduceByLn2, reducedByLn2 } from './reduceByLn2.ts';

const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF: above, e^x overflows
const U_THRESHOLD = -7.4513321910194110842e2; // 0xC0874910 D52D3051: below, e^x underflows to 0
const TWO_M1000 = 9.3326361850321887899e-302; // 2^-1000
const P1 = 1.66666666666666019037e-1; // 0x3FC55555 5555553E
const P2 = -2.77777777770155933842e-3; // 0xBF66C16C 16BEBD93
const P3 = 6.61375632143793436117e-5; // 0x3F11566A AF25DE2C
const P4 = -1.6533902205465251539e-6; // 0xBEBBBD41 C5D26BF1
const P5 = 4.13813679705723846039e-8; // 0x3E663769 72BEA4D0

/** e^x; exp(−∞) = +0, exp(+∞) = +∞, exp(NaN) = NaN, overflow to +∞ and underflow through subnormals to +0. */
export function exp(x: number): number {
  const hxRaw = highWord(x);
  const negative = hxRaw < 0;
  const hx = hxRaw & 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78 or not finite
    if (x !== x) return x;
    if (hx >= 0x7ff00000) return negative ? 0 : x;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2: reduce
    reduceByLn2(x, hx, negative);
    ({ k, hi, lo } = reducedByLn2);
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2 * 8.98846567431158e307; // 2^1023: 2^1024 is not a double
    return y * fromWords(0x3ff00000 + (k << 20), 0);
  }
  return y * fromWords(0x3ff00000 + ((k + 1000) << 20), 0) * TWO_M1000;
}
