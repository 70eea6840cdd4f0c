// Pure. Reduces a huge angle (|x| ≥ 2^20·π/2) to x = n·π/2 + (hi + lo) with |hi + lo| ≤ π/4, exactly like
// fdlibm's __kernel_rem_pio2 (Payne–Hanek: multiply the integer mantissa by enough bits of 2/π) but with
// BigInt for the wide product, so it is exact integer arithmetic and gives the same bits in every engine.
// Accuracy: 1200 bits of 2/π cover every finite double (exponent ≤ 1023) with > 100 bits to spare after the
// worst cancellation (doubles come no closer than 2^-61 to a multiple of π/2), and the remainder is returned
// as a double-double good to ~2^-100 relative, so sin/cos/tan stay < 1 ulp as in the medium range. Slow
// (about a microsecond) but only reached for |x| > 1.6e6 rad, which geographic inputs never are.
import { highWord, lowWord } from './doubleBits.ts';

/** floor(2/π · 2^1200), from scripts/numeric/two_over_pi.py (exact integer Machin formula). */
export const TWO_OVER_PI_1200 =
  0xa2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7bn;
const TWO_OVER_PI_BITS = 1200n;
/** Fraction bits of x·2/π kept for the remainder: 61 bits of cancellation + 106 bits of double-double + margin. */
const FRACTION_BITS = 180n;
const FRACTION_MASK = (1n << FRACTION_BITS) - 1n;
const HALF = 1n << (FRACTION_BITS - 1n);
const FULL = 1n << FRACTION_BITS;
/** 2^-180, an exact power of two. */
const TWO_M180 = 6.525304467998525e-55;
/** π/2 as a double-double. */
const PIO2_HI = 1.5707963267948966;
const PIO2_LO = 6.123233995736766e-17;
/** Veltkamp's splitter 2^27 + 1: splits a double into two 26-bit halves whose products are exact. */
const SPLITTER = 134217729;

/**
 * Writes the remainder of finite `x` (|x| ≥ 2^20·π/2) modulo π/2 into `out` as a double-double and returns
 * the quadrant n (only n mod 4 is meaningful).
 */
export function reduceLargeRadians(x: number, out: { hi: number; lo: number }): number {
  const hx = highWord(x);
  const exponent = ((hx >>> 20) & 0x7ff) - 1075; // |x| = mantissa · 2^exponent
  const mantissa = (BigInt((hx & 0xfffff) | 0x100000) << 32n) | BigInt(lowWord(x));
  const shift = TWO_OVER_PI_BITS - BigInt(exponent); // product / 2^shift = |x|·2/π
  const product = mantissa * TWO_OVER_PI_1200;
  let n = Number((product >> shift) & 7n);
  let fraction = (product >> (shift - FRACTION_BITS)) & FRACTION_MASK;
  if (fraction >= HALF) {
    fraction -= FULL;
    n += 1;
  }
  // fraction·2^-180 as a double-double (Number(BigInt) rounds to nearest, exactly).
  const fHiUnits = Number(fraction);
  const fHi = fHiUnits * TWO_M180;
  const fLo = Number(fraction - BigInt(fHiUnits)) * TWO_M180;
  // (fHi + fLo)·(PIO2_HI + PIO2_LO) with Dekker's exact product for the leading term.
  const p = fHi * PIO2_HI;
  let c = SPLITTER * fHi;
  const aHi = c - (c - fHi);
  const aLo = fHi - aHi;
  c = SPLITTER * PIO2_HI;
  const bHi = c - (c - PIO2_HI);
  const bLo = PIO2_HI - bHi;
  const e = aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo + (fHi * PIO2_LO + fLo * PIO2_HI);
  const y0 = p + e;
  const y1 = e - (y0 - p);
  if (hx < 0) {
    out.hi = -y0;
    out.lo = -y1;
    return -n;
  }
  out.hi = y0;
  out.lo = y1;
  return n;
}
