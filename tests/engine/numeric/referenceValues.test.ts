import { describe, expect, it } from 'vitest';
import * as portable from '../../../engine/numeric/portableMath.ts';
import reference from './referenceValues.json' with { type: 'json' };
import { ulpDistance } from './ulpDistance.ts';

// Reference values from glibc's libm through Debian's Python (scripts/numeric/reference_values.py): an oracle
// independent of V8, so agreement with Math.* cannot hide an error both share.
const values = reference.values as Record<string, number[][]>;
const ONE_ARG = ['sin', 'cos', 'tan', 'atan', 'asin', 'acos', 'exp', 'expm1', 'log', 'log1p', 'sinh', 'cosh', 'atanh', 'cbrt'] as const;

describe('portable functions against glibc reference values', () => {
  it('covers every exported function', () => {
    expect(Object.keys(values).sort()).toEqual([...ONE_ARG, 'atan2', 'hypot'].sort());
    expect(Object.keys(portable).sort()).toEqual([...ONE_ARG, 'atan2', 'hypot'].sort());
  });

  it.each(ONE_ARG)('%s is within 1 ulp of every reference value', (name) => {
    const f = portable[name];
    const rows = values[name]!;
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const [x, want] of rows) expect(ulpDistance(f(x!), want!), `${name}(${x}) = ${f(x!)}, glibc ${want}`).toBeLessThanOrEqual(1);
  });

  it.each(['atan2', 'hypot'] as const)('%s is within 1 ulp of every reference value', (name) => {
    const f = portable[name];
    for (const [a, b, want] of values[name]!)
      expect(ulpDistance(f(a!, b!), want!), `${name}(${a}, ${b}) = ${f(a!, b!)}, glibc ${want}`).toBeLessThanOrEqual(1);
  });
});
