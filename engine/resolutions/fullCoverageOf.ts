// Pure. fullCoverageOf(policy) → the policy's full-coverage layers and the use a yielding parcel's split-off
// part takes per rule; a policy written before the field existed gets the bundled default's entry
// (seeds/rules/policy-default.json, kept equal by a test), so older files still load and never punch holes.
import type { FullCoverageLayer, Policy } from './types.ts';

export const DEFAULT_FULL_COVERAGE: readonly FullCoverageLayer[] = [
  {
    layer: 'GHYDYH',
    classField: 'YDYHFLDM',
    nameField: 'YDYHFLMC',
    splitUses: [
      { ruleId: 'R08', code: '01', nameZh: '耕地' },
      { ruleId: 'R09', code: '01', nameZh: '耕地' },
    ],
  },
];

export function fullCoverageOf(policy: Pick<Policy, 'fullCoverage'>): readonly FullCoverageLayer[] {
  return policy.fullCoverage ?? DEFAULT_FULL_COVERAGE;
}
