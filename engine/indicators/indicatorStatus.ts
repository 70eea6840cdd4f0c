// Pure. Takes a value, its target (same unit), the direction and the at-risk margin in percent, returns
// met / atRisk / violated: a value on the permitted side within `marginPercent` of the target is at risk.
import type { IndicatorStatus, TargetDirection } from './types.ts';

export function indicatorStatus(
  value: number,
  target: number | undefined,
  direction: TargetDirection,
  marginPercent: number,
): IndicatorStatus {
  if (target === undefined) return 'noTarget';
  const margin = marginPercent / 100;
  if (direction === '>=') {
    if (value < target) return 'violated';
    return value < target * (1 + margin) ? 'atRisk' : 'met';
  }
  if (value > target) return 'violated';
  // A ceiling of 0 (red-line construction) has no at-risk band: anything above 0 is a violation.
  return value > target * (1 - margin) && target > 0 ? 'atRisk' : 'met';
}
