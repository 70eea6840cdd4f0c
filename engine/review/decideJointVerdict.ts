// Pure. decideJointVerdict(verdicts) → the joint result of the departments' opinions: any 不符合 → fail, else any
// 有条件符合 → conditional, else pass; null when there is no opinion at all (nothing to decide on).
import type { Verdict } from './types.ts';

export function decideJointVerdict(verdicts: readonly Verdict[]): Verdict | null {
  if (verdicts.length === 0) return null;
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('conditional')) return 'conditional';
  return 'pass';
}
