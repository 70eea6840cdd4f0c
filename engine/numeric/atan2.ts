// Pure. atan2(y, x) as fdlibm's e_atan2.c (with FreeBSD's fix for |y/x| > 2^60 that V8 also carries):
// special cases by the signs of ±0 and ±∞, otherwise atan(|y/x|) moved to the quadrant with π as hi + lo.
// The rounding of y/x costs up to 1.3 ulp in the result (measured, scripts/numeric/measure_accuracy.py), as in
// fdlibm and Node's Math.atan2.
import { highWord, lowWord } from './doubleBits.ts';
import { atan } from './atan.ts';

const TINY = 1.0e-300;
const PI_O_4 = 7.85398163397448279e-1; // 0x3FE921FB 54442D18
const PI_O_2 = 1.570796326794896558; // 0x3FF921FB 54442D18
const PI = 3.141592653589793116; // 0x400921FB 54442D18
const PI_LO = 1.2246467991473531772e-16; // 0x3CA1A626 33145C07

/** The angle of the point (x, y) in (−π, π], with Math.atan2's handling of ±0, ±∞ and NaN. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  const lx = lowWord(x);
  const hy = highWord(y);
  const iy = hy & 0x7fffffff;
  const ly = lowWord(y);
  if (hx === 0x3ff00000 && lx === 0) return atan(y); // x = 1
  let m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2); // 2·sign(x) + sign(y)
  if ((iy | ly) === 0) {
    // y = ±0
    if (m < 2) return y;
    return m === 2 ? PI + TINY : -PI - TINY;
  }
  if ((ix | lx) === 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY; // x = ±0
  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) {
      if (m === 0) return PI_O_4 + TINY;
      if (m === 1) return -PI_O_4 - TINY;
      if (m === 2) return 3 * PI_O_4 + TINY;
      return -3 * PI_O_4 - TINY;
    }
    if (m === 0) return 0;
    if (m === 1) return -0;
    if (m === 2) return PI + TINY;
    return -PI - TINY;
  }
  if (iy === 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
  const k = (iy - ix) >> 20;
  let z: number;
  if (k > 60) {
    // |y/x| > 2^60: ±π/2 whatever the sign of x.
    z = PI_O_2 + 0.5 * PI_LO;
    m &= 1;
  } else if (hx < 0 && k < -60) {
    z = 0; // 0 > |y|/x > −2^-60
  } else {
    z = atan(Math.abs(y / x));
  }
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return PI - (z - PI_LO);
    default:
      return z - PI_LO - PI;
  }
}
