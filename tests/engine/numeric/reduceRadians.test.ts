import { describe, expect, it } from 'vitest';
import { reduced, reduceRadians } from '../../../engine/numeric/reduceRadians.ts';
import { TWO_OVER_PI_1200 } from '../../../engine/numeric/reduceLargeRadians.ts';
import { logUniform, near, seededArguments, uniform } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

// π to 1400 bits with exact integer arithmetic (Machin), independent of the committed 2/π constant.
const N = 1400n;
function arctanInverse(k: bigint, scale: bigint): bigint {
  let total = 0n;
  let term = scale / k;
  const k2 = k * k;
  for (let n = 0n; term !== 0n; n++) {
    total += n % 2n === 0n ? term / (2n * n + 1n) : -(term / (2n * n + 1n));
    term /= k2;
  }
  return total;
}
const GUARD = 64n;
const PI_SCALED = (4n * (4n * arctanInverse(5n, 1n << (N + GUARD)) - arctanInverse(239n, 1n << (N + GUARD)))) >> GUARD; // π·2^1400

/** n = round(x·2/π) and x − n·π/2 rounded to a double, computed exactly in integers. */
function exactReduction(x: number): [bigint, number] {
  const [m, e] = mantissaExponent(x);
  const scaled = m << (BigInt(e) + N);
  const halfPi = PI_SCALED / 2n;
  let n = scaled / halfPi; // truncates towards zero
  let r = scaled - n * halfPi;
  if (2n * r > halfPi) {
    n += 1n;
    r -= halfPi;
  } else if (2n * r < -halfPi) {
    n -= 1n;
    r += halfPi;
  }
  const negative = r < 0n;
  const abs = negative ? -r : r;
  const shift = BigInt(Math.max(0, abs.toString(2).length - 120));
  let value = Number(abs >> shift); // 120 significant bits, then one rounding to a double below
  let scaleExp = Number(shift - N);
  while (scaleExp < -500) {
    value *= 2 ** -500;
    scaleExp += 500;
  }
  value *= 2 ** scaleExp;
  return [n, negative ? -value : value];
}

function mantissaExponent(x: number): [bigint, number] {
  const f = new Float64Array([x]);
  const bits = new BigUint64Array(f.buffer)[0]!;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const sign = bits >> 63n ? -1n : 1n;
  return [sign * ((bits & ((1n << 52n) - 1n)) | (1n << 52n)), biased - 1075];
}

describe('reduceRadians', () => {
  it('holds floor(2/π·2^1200) exactly (recomputed here from Machin’s formula)', () => {
    const twoOverPi = ((2n << (1200n + N)) / PI_SCALED) >> 0n;
    // PI_SCALED is truncated, so the quotient may exceed the true floor by at most one unit.
    expect(twoOverPi - TWO_OVER_PI_1200 >= 0n && twoOverPi - TWO_OVER_PI_1200 <= 1n).toBe(true);
    expect(TWO_OVER_PI_1200.toString(2).length).toBe(1200); // 2/π < 1: 1200 fraction bits, top bit set
  });

  it('returns the correctly rounded remainder within 1 ulp, medium and huge arguments alike', () => {
    const xs = seededArguments(0x5eed0d, 3000, [
      uniform(-100, 100),
      near(Math.PI / 2, 50),
      uniform(-2e6, 2e6),
      logUniform(20, 1024),
      near(1e22, 50),
    ]);
    for (const x of [...xs, 1e22, Number.MAX_VALUE, 2 ** 20 * (Math.PI / 2), 6381956970095103 * 2 ** 797]) {
      const n = reduceRadians(x);
      const { hi, lo } = reduced;
      expect(Math.abs(hi)).toBeLessThanOrEqual(Math.PI / 4 + 1e-9);
      expect(Math.abs(lo)).toBeLessThanOrEqual(Math.abs(hi) * 2 ** -52);
      const [nExact, remainder] = exactReduction(x);
      expect(BigInt.asUintN(2, BigInt(n) - nExact), `quadrant of ${x}`).toBe(0n); // only n mod 4 is meaningful
      expect(ulpDistance(hi, remainder), `x = ${x}, n = ${n}`).toBeLessThanOrEqual(1);
    }
  });

  it('leaves arguments within π/4 alone and gives NaN for non-finite ones', () => {
    expect(reduceRadians(0.5)).toBe(0);
    expect(reduced).toEqual({ hi: 0.5, lo: 0 });
    reduceRadians(Infinity);
    expect(reduced.hi).toBeNaN();
  });
});
