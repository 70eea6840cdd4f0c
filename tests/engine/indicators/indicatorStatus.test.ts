import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../../../engine/indicators/indicatorStatus.ts';

describe('indicatorStatus', () => {
  it('marks a floor target violated below it, at risk within the margin above it, met beyond', () => {
    expect(indicatorStatus(38_739.9999, 38_740, '>=', 2)).toBe('violated');
    expect(indicatorStatus(38_740, 38_740, '>=', 2)).toBe('atRisk');
    expect(indicatorStatus(39_514.7, 38_740, '>=', 2)).toBe('atRisk');
    expect(indicatorStatus(39_514.8, 38_740, '>=', 2)).toBe('met');
  });

  it('marks a ceiling target violated above it, at risk within the margin below it, met further below', () => {
    expect(indicatorStatus(6.0001, 6, '<=', 2)).toBe('violated');
    expect(indicatorStatus(6, 6, '<=', 2)).toBe('atRisk');
    expect(indicatorStatus(5.881, 6, '<=', 2)).toBe('atRisk');
    expect(indicatorStatus(5.879, 6, '<=', 2)).toBe('met');
  });

  it('treats a ceiling of 0 as met at exactly 0 and violated above', () => {
    expect(indicatorStatus(0, 0, '<=', 2)).toBe('met');
    expect(indicatorStatus(0.0001, 0, '<=', 2)).toBe('violated');
  });

  it('has no at-risk band when the margin is 0', () => {
    expect(indicatorStatus(1.3, 1.3, '<=', 0)).toBe('met');
    expect(indicatorStatus(100, 100, '>=', 0)).toBe('met');
  });

  it('reports noTarget without a target', () => {
    expect(indicatorStatus(12, undefined, '>=', 2)).toBe('noTarget');
  });
});
