// Pure. √(x² + y²) as fdlibm 5.3's e_hypot.c (with FreeBSD's re-ordering after subnormal scaling): order by
// magnitude, scale by powers of two so nothing overflows or underflows, and form x² + y² from 26-bit splits
// so the sum is nearly exact before the one correctly rounded Math.sqrt; < 1 ulp, hypot(x, y) = hypot(y, x).
import { fromWords, highWord, lowWord, withHighWord } from './doubleBits.ts';

/** √(x² + y²); ±∞ in either argument gives +∞ (even with NaN in the other), otherwise NaN → NaN. */
export function hypot(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (b > a || b !== b) {
    // Order by magnitude (NaN first) so the result does not depend on argument order.
    const swap = a;
    a = b;
    b = swap;
  }
  let ha = highWord(a);
  let hb = highWord(b);
  if (a === Infinity || b === Infinity) return Infinity;
  if (a !== a) return NaN;
  if (ha - hb > 0x3c00000) return a + b; // a/b > 2^60
  let k = 0;
  if (ha > 0x5f300000) {
    // a > 2^500: scale both by 2^-600
    ha -= 0x25800000;
    hb -= 0x25800000;
    k += 600;
    a = withHighWord(a, ha);
    b = withHighWord(b, hb);
  }
  if (hb < 0x20b00000) {
    // b < 2^-500
    if (hb <= 0x000fffff) {
      // b subnormal or 0
      if ((hb | lowWord(b)) === 0) return a;
      const t1 = 4.49423283715579e307; // 2^1022
      b *= t1;
      a *= t1;
      k -= 1022;
      ha = highWord(a);
      hb = highWord(b);
      if (hb > ha) {
        const swap = a;
        a = b;
        b = swap;
        const swapH = ha;
        ha = hb;
        hb = swapH;
      }
    } else {
      // scale both by 2^600
      ha += 0x25800000;
      hb += 0x25800000;
      k -= 600;
      a = withHighWord(a, ha);
      b = withHighWord(b, hb);
    }
  }
  let w = a - b;
  if (w > b) {
    const t1 = fromWords(ha, 0);
    const t2 = a - t1;
    w = Math.sqrt(t1 * t1 - (b * -b - t2 * (a + t1)));
  } else {
    a = a + a;
    const y1 = fromWords(hb, 0);
    const y2 = b - y1;
    const t1 = fromWords(ha + 0x00100000, 0);
    const t2 = a - t1;
    w = Math.sqrt(t1 * y1 - (w * -w - (t1 * y2 + t2 * b)));
  }
  if (k !== 0) return fromWords(0x3ff00000 + (k << 20), 0) * w;
  return w;
}
