import { describe, expect, it } from 'vitest';
import { log } from '../../../engine/numeric/log.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

const ARGS = seededArguments(0x5eed07, 100_000, [
  uniform(0, 10),
  logUniform(-1074, 1024, false),
  near(1, 52),
  near(1, 20),
  near(Math.SQRT2, 40),
  near(Math.SQRT1_2, 40),
  uniform(1e5, 1e7),
]);

describe('log', () => {
  it('agrees with Math.log within 1 ulp on 100,000 seeded arguments from subnormal to MAX_VALUE, many next to 1', () => {
    const a = agreement(ARGS, log, Math.log);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('gives −Infinity at ±0, NaN below 0, +0 at 1 and +Infinity at +Infinity', () => {
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(-Infinity)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(Object.is(log(1), 0)).toBe(true);
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Math.E)).toBe(1);
    expect(log(5e-324)).toBe(Math.log(5e-324));
    expect(log(Number.MAX_VALUE)).toBe(Math.log(Number.MAX_VALUE));
  });

  it('turns products into sums: log(2^k·x) = k·ln2 + log(x) within 2 ulp', () => {
    const xs = seededArguments(0x5eed17, 10_000, [uniform(1, 2)]);
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, ulpDistance(log(x * 1024), 10 * Math.LN2 + log(x)));
    expect(worst).toBeLessThanOrEqual(2);
  });
});
