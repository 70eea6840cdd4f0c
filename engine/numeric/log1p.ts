// Pure. ln(1 + x) as fdlibm 5.3's s_log1p.c: the log kernel on 1 + x with a correction c for the rounding
// of 1 + x, so tiny x keep full relative accuracy; same coefficients; < 1 ulp in every engine.
import { highWord, withHighWord } from './doubleBits.ts';
import { LN2_HI, LN2_LO } from './reduceByLn2.ts';

const LP1 = 6.66666666666673513e-1; // 0x3FE55555 55555593
const LP2 = 3.999999999940941908e-1; // 0x3FD99999 9997FA04
const LP3 = 2.857142874366239149e-1; // 0x3FD24924 94229359
const LP4 = 2.222219843214978396e-1; // 0x3FCC71C5 1D8E78AF
const LP5 = 1.818357216161805012e-1; // 0x3FC74664 96CB03DE
const LP6 = 1.531383769920937332e-1; // 0x3FC39A09 D078C69F
const LP7 = 1.479819860511658591e-1; // 0x3FC2F112 DF3E5244

/** ln(1 + x); log1p(±0) = ±0, log1p(−1) = −∞, log1p(x < −1) = NaN, log1p(+∞) = +∞. */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // 1 + x < √2
    if (ax >= 0x3ff00000) {
      // x ≤ −1 (or −NaN)
      if (x === -1) return -Infinity;
      return x !== x ? x : NaN;
    }
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      if (ax < 0x3c900000) return x; // |x| < 2^-54
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      // −0.2929 < x < 0.41422: no reduction needed
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // what rounding 1 + x lost
      c /= u;
    } else {
      u = x; // x ≥ 2^53: 1 + x = x
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // normalise u
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // normalise u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const r = hfsq * (1 - 0.66666666666666666 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}
