// Pure. Reduces an angle in radians to x = n·π/2 + (hi + lo), |hi + lo| ≤ ~π/4, following fdlibm 5.3's
// e_rem_pio2.c (Cody–Waite with π/2 split into 33-bit pieces, same constants) because its error analysis is
// known and V8's own Math.sin uses it; |x| beyond 2^20·π/2 goes to reduceLargeRadians (exact BigInt path).
import { highWord } from './doubleBits.ts';
import { reduceLargeRadians } from './reduceLargeRadians.ts';

const INV_PIO2 = 6.36619772367581382433e-1; // 0x3FE45F30 6DC9C883
const PIO2_1 = 1.57079632673412561417; // 0x3FF921FB 54400000, first 33 bits of π/2
const PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461 1A626331, π/2 − PIO2_1
const PIO2_2 = 6.0771005063039659766e-11; // 0x3DD0B461 1A600000, second 33 bits
const PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A 2E037073
const PIO2_3 = 2.0222662487111664558e-21; // 0x3BA3198A 2E000000, third 33 bits
const PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A 252049C1

/** The remainder of the last reduceRadians call (a double-double); read it right after the call. */
export const reduced = { hi: 0, lo: 0 };

/**
 * Reduces finite or non-finite `x`: returns the quadrant n (use n & 3) and leaves the remainder in `reduced`.
 * NaN and ±Infinity give n = 0 and a NaN remainder.
 */
export function reduceRadians(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ≤ π/4: nothing to reduce.
    reduced.hi = x;
    reduced.lo = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3π/4: n = ±1, subtracting π/2 in two or three pieces.
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        reduced.hi = z - PIO2_1T;
        reduced.lo = z - reduced.hi - PIO2_1T;
      } else {
        // x is near π/2: 33 + 53 bits are not enough, use the next piece.
        z -= PIO2_2;
        reduced.hi = z - PIO2_2T;
        reduced.lo = z - reduced.hi - PIO2_2T;
      }
      return 1;
    }
    let z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      reduced.hi = z + PIO2_1T;
      reduced.lo = z - reduced.hi + PIO2_1T;
    } else {
      z += PIO2_2;
      reduced.hi = z + PIO2_2T;
      reduced.lo = z - reduced.hi + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| ≤ 2^20·π/2: n·π/2 subtracted in up to three 33-bit pieces, stopping when no cancellation is left.
    const t = x < 0 ? -x : x;
    const n = (t * INV_PIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T;
    const j = ix >> 20;
    let y0 = r - w;
    let i = j - ((highWord(y0) >> 20) & 0x7ff);
    if (i > 16) {
      // Cancellation of more than 16 bits: second piece.
      let u = r;
      w = fn * PIO2_2;
      r = u - w;
      w = fn * PIO2_2T - (u - r - w);
      y0 = r - w;
      i = j - ((highWord(y0) >> 20) & 0x7ff);
      if (i > 49) {
        // More than 49 bits: third piece (covers every double in this range).
        u = r;
        w = fn * PIO2_3;
        r = u - w;
        w = fn * PIO2_3T - (u - r - w);
        y0 = r - w;
      }
    }
    const y1 = r - y0 - w;
    if (hx < 0) {
      reduced.hi = -y0;
      reduced.lo = -y1;
      return -n;
    }
    reduced.hi = y0;
    reduced.lo = y1;
    return n;
  }
  if (ix >= 0x7ff00000) {
    reduced.hi = NaN;
    reduced.lo = NaN;
    return 0;
  }
  return reduceLargeRadians(x, reduced);
}
