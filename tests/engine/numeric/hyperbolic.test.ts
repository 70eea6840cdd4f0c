import { describe, expect, it } from 'vitest';
import { atanh, cosh, sinh } from '../../../engine/numeric/hyperbolic.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

const SINH_COSH_ARGS = seededArguments(0x5eed09, 100_000, [
  uniform(-3, 3),
  uniform(-711, 711),
  logUniform(-60, 9),
  near(22, 40),
  near(-22, 40),
  near(709.78, 30),
  near(710.4758600739439, 45),
  near(Math.LN2 / 2, 40),
]);
const ATANH_ARGS = seededArguments(0x5eed0a, 100_000, [uniform(-1, 1), logUniform(-60, 0), near(1, 52), near(-1, 52), near(0.5, 40)]);

describe('sinh, cosh, atanh', () => {
  it.each([
    ['sinh', sinh, Math.sinh, SINH_COSH_ARGS],
    ['cosh', cosh, Math.cosh, SINH_COSH_ARGS],
    ['atanh', atanh, Math.atanh, ATANH_ARGS],
  ] as const)('%s agrees with Math within 1 ulp on 100,000 seeded arguments', (_name, portable, reference, args) => {
    const a = agreement(args, portable, reference);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('handles ±0, ±Infinity, NaN, ±1 and the overflow threshold', () => {
    expect(Object.is(sinh(-0), -0)).toBe(true);
    expect(cosh(-0)).toBe(1);
    expect(Object.is(atanh(-0), -0)).toBe(true);
    expect(sinh(-Infinity)).toBe(-Infinity);
    expect(cosh(-Infinity)).toBe(Infinity);
    expect(sinh(NaN)).toBeNaN();
    expect(cosh(NaN)).toBeNaN();
    expect(atanh(1)).toBe(Infinity);
    expect(atanh(-1)).toBe(-Infinity);
    expect(atanh(1 + 2 ** -52)).toBeNaN();
    expect(atanh(NaN)).toBeNaN();
    expect(sinh(710.4758600739439)).toBe(Math.sinh(710.4758600739439));
    expect(Number.isFinite(sinh(710.4758600739439))).toBe(true);
    expect(sinh(710.475860073944)).toBe(Infinity);
    expect(cosh(-710.475860073944)).toBe(Infinity);
    expect(sinh(5e-324)).toBe(5e-324);
    expect(atanh(-5e-324)).toBe(-5e-324);
  });

  it('keeps cosh² − sinh² near 1 (relative to cosh²) for |x| < 10', () => {
    let worst = 0;
    for (const x of SINH_COSH_ARGS) {
      if (Math.abs(x) >= 10) continue;
      const c = cosh(x);
      const s = sinh(x);
      worst = Math.max(worst, Math.abs(c * c - s * s - 1) / (c * c));
    }
    expect(worst).toBeLessThan(4 * 2 ** -52);
  });

  it('inverts: atanh(tanh(x)) is within 4 ulp of x for |x| ≤ 0.5', () => {
    let worst = 0;
    for (const x of ATANH_ARGS)
      if (Math.abs(x) <= 0.5 && Math.abs(x) > 1e-300) worst = Math.max(worst, ulpDistance(atanh(sinh(x) / cosh(x)), x));
    expect(worst).toBeLessThanOrEqual(4);
  });
});
