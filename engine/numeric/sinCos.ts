// Pure. sin, cos and tan of a double in radians, as fdlibm 5.3's s_sin.c, s_cos.c and s_tan.c: reduce by π/2
// (reduceRadians), then the kernel for the quadrant. < 1 ulp, identical bits in every engine. sinCosInto gives sin and
// cos of one angle together; it is not a Math function, so portableMath does not list it.
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

/**
 * sin x into out[0] and cos x into out[1]: the bits sin and cos give, from one reduction, and no number allocated (a
 * double returned from a call V8 does not inline is boxed, and projections take both of one angle for every vertex).
 */
export function sinCosInto(x: number, out: Float64Array): void {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    out[0] = kernelSin(x, 0, true);
    out[1] = kernelCos(x, 0);
    return;
  }
  if (ix >= 0x7ff00000) {
    out[0] = NaN;
    out[1] = NaN;
    return;
  }
  const n = reduceRadians(x);
  const s = kernelSin(reduced.hi, reduced.lo, false);
  const c = kernelCos(reduced.hi, reduced.lo);
  switch (n & 3) {
    case 0:
      out[0] = s;
      out[1] = c;
      return;
    case 1:
      out[0] = c;
      out[1] = -s;
      return;
    case 2:
      out[0] = -s;
      out[1] = -c;
      return;
    default:
      out[0] = -c;
      out[1] = s;
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
