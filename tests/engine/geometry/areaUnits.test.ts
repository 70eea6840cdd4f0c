import { describe, expect, it } from 'vitest';
import { m2ToHectares, m2ToMu, MU_M2, roundM2 } from '../../../engine/geometry/areaUnits.ts';

describe('area units', () => {
  it('converts m² to 公顷 with 4 decimals', () => {
    expect(m2ToHectares(12345.678)).toBe(1.2346);
    expect(m2ToHectares(387_400_000)).toBe(38740);
    expect(m2ToHectares(0.4)).toBe(0);
  });

  it('converts m² to 亩 with 2 decimals (1 亩 = 10000/15 m²)', () => {
    expect(MU_M2).toBeCloseTo(666.6667, 4);
    expect(m2ToMu(10000)).toBe(15);
    expect(m2ToMu(666.67)).toBe(1);
    expect(m2ToMu(387_400_000)).toBe(581100);
  });

  it('rounds halves away from zero without binary artefacts', () => {
    expect(roundM2(1.005)).toBe(1.01);
    expect(roundM2(-1.005)).toBe(-1.01);
    expect(m2ToHectares(5)).toBe(0.0005);
  });
});
