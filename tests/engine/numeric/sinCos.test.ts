import { describe, expect, it } from 'vitest';
import { cos, sin, sinCosInto, tan } from '../../../engine/numeric/sinCos.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

const HALF_PI = Math.PI / 2;
const ARGS = seededArguments(0x5eed01, 120_000, [
  uniform(-Math.PI / 4, Math.PI / 4),
  uniform(-100, 100),
  logUniform(-40, 20),
  near(HALF_PI, 50),
  near(-HALF_PI, 50),
  near(Math.PI, 50),
  near(3 * HALF_PI, 50),
  near(100 * HALF_PI, 50),
  uniform(-2e6, 2e6),
  logUniform(20, 1024),
]);

describe('sin, cos, tan', () => {
  it.each([
    ['sin', sin, Math.sin],
    ['cos', cos, Math.cos],
    ['tan', tan, Math.tan],
  ] as const)('%s agrees with Math within 1 ulp on 120,000 seeded arguments from tiny to 1e308', (_name, portable, reference) => {
    const a = agreement(ARGS, portable, reference);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('keeps the sign of zero and gives NaN for ±Infinity and NaN', () => {
    expect(Object.is(sin(-0), -0)).toBe(true);
    expect(Object.is(sin(0), 0)).toBe(true);
    expect(Object.is(tan(-0), -0)).toBe(true);
    expect(cos(-0)).toBe(1);
    for (const f of [sin, cos, tan]) {
      expect(f(Infinity)).toBeNaN();
      expect(f(-Infinity)).toBeNaN();
      expect(f(NaN)).toBeNaN();
    }
  });

  it('returns subnormal arguments unchanged from sin and tan and 1 from cos', () => {
    for (const x of [5e-324, -5e-324, 2.2250738585072e-308, 1e-300]) {
      expect(Object.is(sin(x), x)).toBe(true);
      expect(Object.is(tan(x), x)).toBe(true);
      expect(cos(x)).toBe(1);
    }
  });

  it('reduces exactly at the reduction-range boundaries and for the largest double', () => {
    for (const x of [HALF_PI, Math.PI, 2 ** 20 * HALF_PI, 2 ** 20 * HALF_PI * (1 + 2 ** -52), 1e22, Number.MAX_VALUE, -Number.MAX_VALUE]) {
      expect(ulpDistance(sin(x), Math.sin(x)), `sin ${x}`).toBeLessThanOrEqual(1);
      expect(ulpDistance(cos(x), Math.cos(x)), `cos ${x}`).toBeLessThanOrEqual(1);
      expect(ulpDistance(tan(x), Math.tan(x)), `tan ${x}`).toBeLessThanOrEqual(1);
    }
    // sin(1e22) is a classic test of exact reduction (1e22 is exactly representable).
    expect(sin(1e22)).toBe(-0.8522008497671888);
  });

  it('keeps sin² + cos² within 2 ulp of 1 and tan = sin/cos within 2 ulp', () => {
    let worst = 0;
    let worstTan = 0;
    for (let i = 0; i < ARGS.length; i += 3) {
      const x = ARGS[i]!;
      const s = sin(x);
      const c = cos(x);
      worst = Math.max(worst, ulpDistance(s * s + c * c, 1));
      if (Math.abs(c) > 1e-3 && Math.abs(s) > 1e-3) worstTan = Math.max(worstTan, ulpDistance(tan(x), s / c));
    }
    expect(worst).toBeLessThanOrEqual(2);
    expect(worstTan).toBeLessThanOrEqual(3);
  });

  it('is odd (sin, tan) and even (cos) bit for bit', () => {
    for (let i = 0; i < ARGS.length; i += 7) {
      const x = ARGS[i]!;
      expect(Object.is(sin(-x), -sin(x))).toBe(true);
      expect(Object.is(tan(-x), -tan(x))).toBe(true);
      expect(Object.is(cos(-x), cos(x))).toBe(true);
    }
  });

  it('sinCosInto gives the bits of sin and cos on the same 120,000 arguments, at multiples of π/2, ±0 and non-finite ones', () => {
    const out = new Float64Array(2);
    const special = [0, -0, HALF_PI, -HALF_PI, Math.PI, 3 * HALF_PI, 1e300, -1e300, Infinity, -Infinity, NaN];
    for (const x of [...ARGS, ...special]) {
      sinCosInto(x, out);
      if (!Object.is(out[0], sin(x)) || !Object.is(out[1], cos(x))) expect([x, out[0], out[1]]).toEqual([x, sin(x), cos(x)]);
    }
  });
});
