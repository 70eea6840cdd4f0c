// Pure. The sin, cos and tan kernels on [−π/4, π/4] of fdlibm 5.3 (k_sin.c, k_cos.c, k_tan.c with the
// 2004 k_tan fix), same minimax coefficients: x + y is the reduced argument as a double-double.
import { fromWords, highWord, lowWord, withLowWord } from './doubleBits.ts';

const S1 = -1.66666666666666324348e-1; // 0xBFC55555 55555549
const S2 = 8.33333333332248946124e-3; // 0x3F811111 1110F8A6
const S3 = -1.98412698298579493134e-4; // 0xBF2A01A0 19C161D5
const S4 = 2.75573137070700676789e-6; // 0x3EC71DE3 57B1FE7D
const S5 = -2.50507602534068634195e-8; // 0xBE5AE5E6 8A2B9CEB
const S6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C

const C1 = 4.16666666666666019037e-2; // 0x3FA55555 5555554C
const C2 = -1.38888888888741095749e-3; // 0xBF56C16C 16C15177
const C3 = 2.48015872894767294178e-5; // 0x3EFA01A0 19CB1590
const C4 = -2.75573143513906633035e-7; // 0xBE927E4F 809C52AD
const C5 = 2.0875723212981748279e-9; // 0x3E21EE9E BDB4B1C4
const C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

const T0 = 3.33333333333334091986e-1; // 0x3FD55555 55555563
const T1 = 1.33333333333201242699e-1; // 0x3FC11111 1110FE7A
const T2 = 5.39682539762260521377e-2; // 0x3FABA1BA 1BB341FE
const T3 = 2.18694882948595424599e-2; // 0x3F9664F4 8406D637
const T4 = 8.86323982359930005737e-3; // 0x3F8226E3 E96E8493
const T5 = 3.59207910759131235356e-3; // 0x3F6D6D22 C9560328
const T6 = 1.45620945432529025516e-3; // 0x3F57DBC8 FEE08315
const T7 = 5.88041240820264096874e-4; // 0x3F4344D8 F2F26501
const T8 = 2.46463134818469906812e-4; // 0x3F3026F7 1A8D1068
const T9 = 7.817944429395570923e-5; // 0x3F147E88 A03792A6
const T10 = 7.14072491382608190305e-5; // 0x3F12B80F 32F0A7E9
const T11 = -1.85586374855275456654e-5; // 0xBEF375CB DB605373
const T12 = 2.59073051863633712884e-5; // 0x3EFB2A70 74BF7AD4
const PIO4 = 7.85398163397448278999e-1; // 0x3FE921FB 54442D18
const PIO4_LO = 3.06161699786838301793e-17; // 0x3C81A626 33145C07

/** sin(x + y) for |x + y| ≤ ~π/4; `yIsZero` skips the tail term when the argument was not reduced. */
export function kernelSin(x: number, y: number, yIsZero: boolean): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return x; // |x| < 2^-27: sin x = x (keeps the sign of zero)
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (yIsZero) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(x + y) for |x + y| ≤ ~π/4. */
export function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return 1; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // Subtract a quarter of x² exactly first so 1 − x²/2 loses no bits.
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - (z * r - x * y));
}

/** tan(x + y) when `odd` is false, −1/tan(x + y) when true, for |x + y| ≤ ~π/4. */
export function kernelTan(x: number, y: number, odd: boolean): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000 && (x | 0) === 0) {
    // |x| < 2^-28
    if ((ix | lowWord(x)) === 0 && odd) return 1 / Math.abs(x);
    if (!odd) return x;
    return minusReciprocal(x + y, x, y);
  }
  let big = false;
  if (ix >= 0x3fe59428) {
    // |x| ≥ 0.6744: use tan(π/4 − x) = (1 − tan x)/(1 + tan x) for accuracy near π/4.
    big = true;
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    const z = PIO4 - x;
    const w = PIO4_LO - y;
    x = z + w;
    y = 0;
  }
  const z = x * x;
  let w = z * z;
  let r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
  const v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
  const s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T0 * s;
  w = x + r;
  if (big) {
    const iy = odd ? -1 : 1;
    return (1 - ((hx >> 30) & 2)) * (iy - 2 * (x - ((w * w) / (w + iy) - r)));
  }
  if (!odd) return w;
  // −1/(x + r) without losing the low bits of r: split w and the quotient at 32 bits.
  const zh = withLowWord(w, 0);
  const vv = r - (zh - x);
  const a = -1 / w;
  const t = withLowWord(a, 0);
  const sv = 1 + t * zh;
  return t + a * (sv + t * vv);
}

/** −1/w with w = x + y computed carefully, as in k_tan.c's tiny-argument branch. */
function minusReciprocal(w: number, x: number, y: number): number {
  const z = withLowWord(w, 0);
  const v = y - (z - x);
  const a = -1 / w;
  const t = withLowWord(a, 0);
  const s = 1 + t * z;
  return t + a * (s + t * v);
}
