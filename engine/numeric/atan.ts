// Pure. Arc tangent as fdlibm 5.3's s_atan.c: reduce |x| against atan(0.5), atan(1), atan(1.5), atan(∞)
// (hi + lo pairs) and a degree-22 odd minimax polynomial, same coefficients; < 1 ulp in every engine.
import { highWord, lowWord } from './doubleBits.ts';

const ATAN_HI = [4.63647609000806093515e-1, 7.85398163397448278999e-1, 9.82793723247329054082e-1, 1.570796326794896558];
const ATAN_LO = [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17];
const AT0 = 3.33333333333329318027e-1; // 0x3FD55555 5555550D
const AT1 = -1.99999999998764832476e-1; // 0xBFC99999 9998EBC4
const AT2 = 1.42857142725034663711e-1; // 0x3FC24924 920083FF
const AT3 = -1.1111110405462355788e-1; // 0xBFBC71C6 FE231671
const AT4 = 9.09088713343650656196e-2; // 0x3FB745CD C54C206E
const AT5 = -7.69187620504482999495e-2; // 0xBFB3B0F2 AF749A6D
const AT6 = 6.66107313738753120669e-2; // 0x3FB10D66 A0D03D51
const AT7 = -5.83357013379057348645e-2; // 0xBFADDE2D 52DEFD9A
const AT8 = 4.97687799461593236017e-2; // 0x3FA97B4B 24760DEB
const AT9 = -3.6531572744216915527e-2; // 0xBFA2B444 2C6A6C2F
const AT10 = 1.62858201153657823623e-2; // 0x3F90AD3A E322DA11

/** atan x in [−π/2, π/2]; atan(±0) = ±0, atan(±∞) = ±π/2, atan(NaN) = NaN. */
export function atan(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x44100000) {
    // |x| ≥ 2^66: ±π/2 (or NaN).
    if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lowWord(x) !== 0)) return x + x;
    return hx > 0 ? ATAN_HI[3]! + ATAN_LO[3]! : -ATAN_HI[3]! - ATAN_LO[3]!;
  }
  if (ix < 0x3fdc0000) {
    // |x| < 0.4375
    if (ix < 0x3e400000) return x; // |x| < 2^-27: atan x = x
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      // |x| < 1.1875
      if (ix < 0x3fe60000) {
        id = 0; // 7/16 ≤ |x| < 11/16
        x = (2 * x - 1) / (2 + x);
      } else {
        id = 1; // 11/16 ≤ |x| < 19/16
        x = (x - 1) / (x + 1);
      }
    } else if (ix < 0x40038000) {
      id = 2; // |x| < 39/16
      x = (x - 1.5) / (1 + 1.5 * x);
    } else {
      id = 3; // 39/16 ≤ |x| < 2^66
      x = -1 / x;
    }
  }
  const z = x * x;
  const w = z * z;
  // Odd and even halves of the polynomial evaluated separately, as fdlibm does.
  const s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
  const s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
  if (id < 0) return x - x * (s1 + s2);
  const r = ATAN_HI[id]! - (x * (s1 + s2) - ATAN_LO[id]! - x);
  return hx < 0 ? -r : r;
}
