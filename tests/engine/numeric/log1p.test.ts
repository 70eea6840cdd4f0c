import { describe, expect, it } from 'vitest';
import { log1p } from '../../../engine/numeric/log1p.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';

const ARGS = seededArguments(0x5eed08, 100_000, [
  uniform(-1, 1),
  logUniform(-80, 1024),
  near(-1, 52),
  near(0.41421356237309503, 40),
  near(-0.2928932188134524, 40),
  uniform(1, 1e6),
  near(2 ** 53, 10),
]);

describe('log1p', () => {
  it('agrees with Math.log1p within 1 ulp on 100,000 seeded arguments, next to −1 and tiny ones included', () => {
    const a = agreement(ARGS, log1p, Math.log1p);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('keeps the sign of zero, gives −Infinity at −1 and NaN below it', () => {
    expect(Object.is(log1p(-0), -0)).toBe(true);
    expect(Object.is(log1p(0), 0)).toBe(true);
    expect(log1p(-1)).toBe(-Infinity);
    expect(log1p(-1 - 2 ** -52)).toBeNaN();
    expect(log1p(-Infinity)).toBeNaN();
    expect(log1p(NaN)).toBeNaN();
    expect(log1p(Infinity)).toBe(Infinity);
    expect(log1p(5e-324)).toBe(5e-324);
    expect(log1p(1e-20)).toBe(1e-20);
    expect(log1p(Number.MAX_VALUE)).toBe(Math.log1p(Number.MAX_VALUE));
  });
});
