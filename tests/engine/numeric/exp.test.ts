import { describe, expect, it } from 'vitest';
import { exp } from '../../../engine/numeric/exp.ts';
import { log } from '../../../engine/numeric/log.ts';
import { agreement, logUniform, near, seededArguments, uniform } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

const ARGS = seededArguments(0x5eed05, 100_000, [
  uniform(-2, 2),
  uniform(-745.2, 709.8),
  logUniform(-60, 3),
  near(709.782712893384, 40),
  near(-708.39, 30),
  near(-745.1, 30),
  near(Math.LN2 / 2, 40),
]);

describe('exp', () => {
  it('agrees with Math.exp within 1 ulp on 100,000 seeded arguments, including the subnormal and overflow ranges', () => {
    const a = agreement(ARGS, exp, Math.exp);
    expect(a.maxUlp, `worst argument ${a.worst}`).toBeLessThanOrEqual(1);
  });

  it('handles ±0, ±Infinity, NaN and the overflow and underflow thresholds', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(Infinity)).toBe(Infinity);
    expect(Object.is(exp(-Infinity), 0)).toBe(true);
    expect(exp(NaN)).toBeNaN();
    expect(exp(7.09782712893383973096e2)).toBe(Math.exp(7.09782712893383973096e2));
    expect(exp(709.7827128933841)).toBe(Infinity); // the next double above the threshold
    expect(exp(-745.1332191019411)).toBe(5e-324);
    expect(Object.is(exp(-745.2), 0)).toBe(true);
    expect(ulpDistance(exp(1), Math.E)).toBeLessThanOrEqual(1); // fdlibm (and V8) give e + 1 ulp
    expect(exp(5e-324)).toBe(1);
  });

  it('gives exp(log(x)) within 2 ulp of x for x in [1e-300, 1e300]', () => {
    const xs = seededArguments(0x5eed15, 20_000, [logUniform(-990, 990, false)]);
    let worst = 0;
    // The relative error of log(x) is amplified by |log x| in exp: allow what fdlibm's bounds give.
    for (const x of xs) worst = Math.max(worst, ulpDistance(exp(log(x)), x) / Math.max(1, Math.abs(log(x))));
    expect(worst).toBeLessThanOrEqual(2);
  });
});
