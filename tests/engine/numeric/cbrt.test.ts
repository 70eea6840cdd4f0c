import { describe, expect, it } from 'vitest';
import { cbrt } from '../../../engine/numeric/cbrt.ts';
import { agreement, logUniform, seededArguments, uniform } from './seededArguments.ts';

const ARGS = seededArguments(0x5eed0b, 100_000, [uniform(-1000, 1000), logUniform(-1074, 1024), logUniform(-1074, -1022)]);

describe('cbrt', () => {
  it('agrees with Math.cbrt within 1 ulp on 100,000 seeded arguments, subnormals included', () => {
    const a = agreement(ARGS, cbrt, Math.cbrt);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('is exact on perfect cubes and odd, and passes ±0, ±Infinity and NaN through', () => {
    for (let n = -200; n <= 200; n++) expect(cbrt(n * n * n)).toBe(n);
    expect(cbrt(0.125)).toBe(0.5);
    expect(Object.is(cbrt(-0), -0)).toBe(true);
    expect(cbrt(-Infinity)).toBe(-Infinity);
    expect(cbrt(NaN)).toBeNaN();
    expect(cbrt(-5e-324)).toBe(Math.cbrt(-5e-324));
    for (let i = 0; i < ARGS.length; i += 11) expect(Object.is(cbrt(-ARGS[i]!), -cbrt(ARGS[i]!))).toBe(true);
  });
});
