import { describe, expect, it } from 'vitest';
import { expm1 } from '../../../engine/numeric/expm1.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';

const ARGS = seededArguments(0x5eed06, 100_000, [
  uniform(-1, 1),
  uniform(-40, 709.78),
  logUniform(-80, 6),
  near(709.782712893384, 40),
  near(56 * Math.LN2, 30),
  near(-56 * Math.LN2, 30),
  near(Math.LN2 / 2, 40),
  near(20 * Math.LN2, 30),
]);

describe('expm1', () => {
  it('agrees with Math.expm1 within 1 ulp on 100,000 seeded arguments, tiny ones included', () => {
    const a = agreement(ARGS, expm1, Math.expm1);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('keeps the sign of zero, returns tiny arguments unchanged, and saturates at −1 and +Infinity', () => {
    expect(Object.is(expm1(-0), -0)).toBe(true);
    expect(Object.is(expm1(0), 0)).toBe(true);
    expect(expm1(5e-324)).toBe(5e-324);
    expect(expm1(-1e-300)).toBe(-1e-300);
    expect(expm1(-Infinity)).toBe(-1);
    expect(expm1(-50)).toBe(-1);
    expect(expm1(Infinity)).toBe(Infinity);
    expect(expm1(710)).toBe(Infinity);
    expect(expm1(NaN)).toBeNaN();
  });
});
