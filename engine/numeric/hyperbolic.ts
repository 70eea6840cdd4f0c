// Pure. sinh, cosh and atanh as fdlibm 5.3's e_sinh.c, e_cosh.c and e_atanh.c: built on the portable expm1,
// exp and log1p (expm1 near 0 so small arguments keep relative accuracy; exp(|x|/2)² near overflow).
// Not quite < 1 ulp, exactly like fdlibm and Node's Math: measured against 80-digit decimals
// (scripts/numeric/measure_accuracy.py), sinh and cosh err by up to 1.5 ulp below |x| = 709.78 and 2.1 ulp in
// [709.78, 710.48] (where exp(|x|/2) is squared), atanh by up to 1.4 ulp.
import { highWord, lowWord } from './doubleBits.ts';
import { exp } from './exp.ts';
import { expm1 } from './expm1.ts';
import { log1p } from './log1p.ts';

/** sinh x; sinh(±0) = ±0, sinh(±∞) = ±∞, overflow to ±∞ beyond ~710.4758600739439. */
export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x; // ±∞ or NaN
  const h = jx < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax); // |x| in [22, log(MAX_VALUE)]
  if (belowOverflow(ix, x)) {
    // e^|x| alone would overflow: multiply two halves
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307; // overflow: ±∞
}

/** cosh x; cosh(±0) = 1, cosh(±∞) = +∞, overflow to +∞ beyond ~710.4758600739439. */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < 0x3fd62e43) {
    // |x| < ln2/2
    const t = expm1(ax);
    const w = 1 + t;
    if (ix < 0x3c800000) return w; // cosh(tiny) = 1
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    // |x| < 22
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (belowOverflow(ix, x)) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

/** |x| ≤ 0x408633CE_8FB9F87D ≈ 710.4758600739439, where sinh and cosh overflow. */
function belowOverflow(ix: number, x: number): boolean {
  return ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d);
}

/** atanh x; atanh(±0) = ±0, atanh(±1) = ±∞, NaN outside [−1, 1]. */
export function atanh(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN; // |x| > 1 or NaN
  if (ax === 1) return x / 0;
  if (ix < 0x3e300000) return x; // |x| < 2^-28
  let t: number;
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    const twice = ax + ax;
    t = 0.5 * log1p(twice + (twice * ax) / (1 - ax));
  } else {
    t = 0.5 * log1p((ax + ax) / (1 - ax));
  }
  return hx >= 0 ? t : -t;
}
