// Pure. Takes plan documents, returns each plan's quality-level validation findings (unknown codes, MJ
// mismatches, CRS doubts, self-intersections …) in the form the `quality` relation carries. Used where
// plans were not validated by an import step (inline rule tests, fixtures).
import type { PlanDocument } from '../model/types.ts';
import { validatePlanDocument } from '../validate/validatePlanDocument.ts';
import type { PlanQualityFindings } from './types.ts';

export function qualityFindingsOf(plans: readonly PlanDocument[]): PlanQualityFindings[] {
  return plans.map((p) => ({ planId: p.plan.id, findings: validatePlanDocument(p).findings.filter((f) => f.level === 'quality') }));
}
