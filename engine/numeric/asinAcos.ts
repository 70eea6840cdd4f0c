// Pure. Arc sine and arc cosine as fdlibm 5.3's e_asin.c and e_acos.c: a rational approximation R(x²) near 0,
// and sqrt((1 − |x|)/2) with a hi/lo split near ±1 so no bits are lost; same coefficients; < 1 ulp.
import { highWord, lowWord, withLowWord } from './doubleBits.ts';

const PI = 3.141592653589793116; // 0x400921FB 54442D18
const PIO2_HI = 1.570796326794896558; // 0x3FF921FB 54442D18
const PIO2_LO = 6.12323399573676603587e-17; // 0x3C91A626 33145C07
const PIO4_HI = 7.85398163397448278999e-1; // 0x3FE921FB 54442D18
const PS0 = 1.66666666666666657415e-1; // 0x3FC55555 55555555
const PS1 = -3.25565818622400915405e-1; // 0xBFD4D612 03EB6F7D
const PS2 = 2.01212532134862925881e-1; // 0x3FC9C155 0E884455
const PS3 = -4.00555345006794114027e-2; // 0xBFA48228 B5688F3B
const PS4 = 7.91534994289814532176e-4; // 0x3F49EFE0 7501B288
const PS5 = 3.4793310759602116757e-5; // 0x3F023DE1 0DFDF709
const QS1 = -2.40339491173441421878; // 0xC0033A27 1C8A2D4B
const QS2 = 2.02094576023350569471; // 0x40002AE5 9C598AC8
const QS3 = -6.8828397160545329303e-1; // 0xBFE6066C 1B8D0159
const QS4 = 7.70381505559019352791e-2; // 0x3FB3B8C5 B12E9282

/** R(t) = (asin(√t)/√t − 1)/t numerator over denominator, the shared rational approximation. */
function rational(t: number): number {
  const p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
  const q = 1 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
  return p / q;
}

/** asin x in [−π/2, π/2]; asin(±0) = ±0; NaN outside [−1, 1]. */
export function asin(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    // |x| ≥ 1 or NaN
    if (((ix - 0x3ff00000) | lowWord(x)) === 0) return x * PIO2_HI + x * PIO2_LO; // ±π/2
    return NaN;
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix < 0x3e400000) return x; // |x| < 2^-27
    return x + x * rational(x * x);
  }
  // 0.5 ≤ |x| < 1: asin x = π/2 − 2·asin(√((1 − |x|)/2))
  const w = 1 - Math.abs(x);
  const t = w * 0.5;
  const s = Math.sqrt(t);
  let r: number;
  if (ix >= 0x3fef3333) {
    // |x| > 0.975
    r = PIO2_HI - (2 * (s + s * rational(t)) - PIO2_LO);
  } else {
    // s split into a 32-bit head and a correction so 2·s is carried exactly.
    const head = withLowWord(s, 0);
    const c = (t - head * head) / (s + head);
    const p = 2 * s * rational(t) - (PIO2_LO - 2 * c);
    const q = PIO4_HI - 2 * head;
    r = PIO4_HI - (p - q);
  }
  return hx > 0 ? r : -r;
}

/** acos x in [0, π]; acos(1) = +0; NaN outside [−1, 1]. */
export function acos(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    if (((ix - 0x3ff00000) | lowWord(x)) === 0) return hx > 0 ? 0 : PI + 2 * PIO2_LO;
    return NaN;
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix <= 0x3c600000) return PIO2_HI + PIO2_LO; // |x| < 2^-57
    const r = rational(x * x);
    return PIO2_HI - (x - (PIO2_LO - x * r));
  }
  if (hx < 0) {
    // −1 < x ≤ −0.5: acos x = π − 2·asin(√((1 + x)/2))
    const z = (1 + x) * 0.5;
    const s = Math.sqrt(z);
    const w = rational(z) * s - PIO2_LO;
    return PI - 2 * (s + w);
  }
  // 0.5 ≤ x < 1: acos x = 2·asin(√((1 − x)/2)), with the square root split into head and correction.
  const z = (1 - x) * 0.5;
  const s = Math.sqrt(z);
  const head = withLowWord(s, 0);
  const c = (z - head * head) / (s + head);
  const w = rational(z) * s + c;
  return 2 * (head + w);
}
