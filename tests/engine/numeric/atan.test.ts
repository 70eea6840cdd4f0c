import { describe, expect, it } from 'vitest';
import { atan } from '../../../engine/numeric/atan.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';

const ARGS = seededArguments(0x5eed02, 100_000, [
  uniform(-3, 3),
  logUniform(-60, 80),
  near(0.4375, 40),
  near(1, 50),
  near(-1, 50),
  near(2.4375, 40),
  logUniform(-1074, -1000),
]);

describe('atan', () => {
  it('agrees with Math.atan within 1 ulp on 100,000 seeded arguments', () => {
    const a = agreement(ARGS, atan, Math.atan);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('gives ±0 for ±0, ±π/2 for ±Infinity and huge arguments, NaN for NaN', () => {
    expect(Object.is(atan(-0), -0)).toBe(true);
    expect(Object.is(atan(0), 0)).toBe(true);
    expect(atan(Infinity)).toBe(Math.PI / 2);
    expect(atan(-Infinity)).toBe(-Math.PI / 2);
    expect(atan(1e300)).toBe(Math.PI / 2);
    expect(atan(1)).toBe(Math.PI / 4);
    expect(atan(NaN)).toBeNaN();
    expect(atan(5e-324)).toBe(5e-324);
  });

  it('is odd bit for bit', () => {
    for (let i = 0; i < ARGS.length; i += 5) expect(Object.is(atan(-ARGS[i]!), -atan(ARGS[i]!))).toBe(true);
  });
});
