// Pure. Cube root as fdlibm's s_cbrt.c in its FreeBSD revision (the one V8 uses): a bit-level first guess,
// a polynomial step to 23 bits, rounding away from zero to 23 bits so the last Newton step is exact to
// < 0.667 ulp; preferred to fdlibm 5.3's rational step for that tighter bound.
import { fromWords, highWord, lowWord } from './doubleBits.ts';

const B1 = 715094163; // (1023 − 1023/3 − 0.03306235651)·2^20
const B2 = 696219795; // (1023 − 1023/3 − 54/3 − 0.03306235651)·2^20
const P0 = 1.87595182427177009643; // 0x3FFE03E6 0F61E692
const P1 = -1.88497979543377169875; // 0xBFFE28E0 92F02420
const P2 = 1.62142972010535446614; // 0x3FF9F160 4A49D6C2
const P3 = -0.758397934778766047437; // 0xBFE844CB BEE751D9
const P4 = 0.145996192886612446982; // 0x3FC2B000 D4E4EDD7
const TWO54 = 1.8014398509481984e16;

/** ∛x, odd: cbrt(±0) = ±0, cbrt(±∞) = ±∞, NaN → NaN; subnormals handled. */
export function cbrt(x: number): number {
  let hx = highWord(x);
  const sign = hx & 0x80000000;
  hx &= 0x7fffffff;
  if (hx >= 0x7ff00000) return x + x;
  let t: number;
  if (hx < 0x00100000) {
    // zero or subnormal
    if ((hx | lowWord(x)) === 0) return x;
    const high = highWord(TWO54 * x) & 0x7fffffff;
    t = fromWords(sign | (((high / 3) | 0) + B2), 0);
  } else {
    t = fromWords(sign | (((hx / 3) | 0) + B1), 0);
  }
  // First guess to 23 bits.
  const r = t * t * (t / x);
  t = t * (P0 + r * (P1 + r * P2) + r * r * r * (P3 + r * P4));
  // Round t away from zero to 23 bits (add 2^31 to the 64-bit pattern, clear its low 30 bits), so t·t is exact.
  let lo = lowWord(t) + 0x80000000;
  let hi = highWord(t);
  if (lo >= 0x100000000) {
    lo -= 0x100000000;
    hi += 1;
  }
  t = fromWords(hi, lo & 0xc0000000);
  // One Newton step to 53 bits.
  const s = t * t;
  let q = x / s;
  const w = t + t;
  q = (q - t) / (w + q);
  return t + t * q;
}
