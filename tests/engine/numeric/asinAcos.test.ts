import { describe, expect, it } from 'vitest';
import { acos, asin } from '../../../engine/numeric/asinAcos.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

const ARGS = seededArguments(0x5eed04, 100_000, [
  uniform(-1, 1),
  logUniform(-70, 0),
  near(1, 52),
  near(-1, 52),
  near(0.5, 50),
  near(-0.5, 50),
  near(0.975, 40),
]);

describe('asin, acos', () => {
  it.each([
    ['asin', asin, Math.asin],
    ['acos', acos, Math.acos],
  ] as const)('%s agrees with Math within 1 ulp on 100,000 seeded arguments, many next to ±1 and ±0.5', (_name, portable, reference) => {
    const a = agreement(ARGS, portable, reference);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('gives exact endpoints, keeps the sign of zero and returns NaN outside [−1, 1]', () => {
    expect(asin(1)).toBe(Math.PI / 2);
    expect(asin(-1)).toBe(-Math.PI / 2);
    expect(Object.is(asin(-0), -0)).toBe(true);
    expect(Object.is(acos(1), 0)).toBe(true);
    expect(acos(-1)).toBe(Math.PI);
    expect(acos(0)).toBe(Math.PI / 2);
    for (const x of [1 + 2 ** -52, -1 - 2 ** -52, Infinity, -Infinity, NaN]) {
      expect(asin(x)).toBeNaN();
      expect(acos(x)).toBeNaN();
    }
    expect(asin(5e-324)).toBe(5e-324);
  });

  it('keeps asin(x) + acos(x) within 2 ulp of π/2 on [0, 1]', () => {
    let worst = 0;
    for (const x of ARGS) if (x >= 0 && x <= 1) worst = Math.max(worst, ulpDistance(asin(x) + acos(x), Math.PI / 2));
    expect(worst).toBeLessThanOrEqual(2);
  });
});
