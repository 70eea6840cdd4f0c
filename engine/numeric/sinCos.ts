// Pure. sin, cos and tan of a double in radians, as fdlibm 5.3's s_sin.c, s_cos.c and s_tan.c: reduce by
// π/2 (reduceRadians), then the kernel for the quadrant. < 1 ulp, identical bits in every engine.
import { highWord } from './doubleBits.ts';
import { reduced, reduceRadians } from './reduceRadians.ts';
import { kernelCos, kernelSin, kernelTan } from './trigKernels.ts';

/** sin x; sin(±0) = ±0, sin(±∞) = sin(NaN) = NaN. */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, true);
  if (ix >= 0x7ff00000) return NaN;
  const n = reduceRadians(x);
  switch (n & 3) {
    case 0:
      return kernelSin(reduced.hi, reduced.lo, false);
    case 1:
      return kernelCos(reduced.hi, reduced.lo);
    case 2:
      return -kernelSin(reduced.hi, reduced.lo, false);
    default:
      return -kernelCos(reduced.hi, reduced.lo);
  }
}

/** cos x; cos(±∞) = cos(NaN) = NaN. */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0);
  if (ix >= 0x7ff00000) return NaN;
  const n = reduceRadians(x);
  switch (n & 3) {
    case 0:
      return kernelCos(reduced.hi, reduced.lo);
    case 1:
      return -kernelSin(reduced.hi, reduced.lo, false);
    case 2:
      return -kernelCos(reduced.hi, reduced.lo);
    default:
      return kernelSin(reduced.hi, reduced.lo, false);
  }
}

/** tan x; tan(±0) = ±0, tan(±∞) = tan(NaN) = NaN. */
export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0, false);
  if (ix >= 0x7ff00000) return NaN;
  const n = reduceRadians(x);
  return kernelTan(reduced.hi, reduced.lo, (n & 1) !== 0);
}
