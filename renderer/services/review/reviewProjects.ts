// Pure (geometry through the port). reviewProjects(input, port) → each project's review against the workspace's
// blueprint: the merged blueprint built once (the plans before the resolutions' edits, then the resolutions, as
// the package builds it), the review context once, then per project measureProject and evaluateReview.
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import { packageSources } from '../../../engine/export/index.ts';
import { buildBlueprint } from '../../../engine/merge/index.ts';
import type { Blueprint } from '../../../engine/model/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import type { Policy, Resolution } from '../../../engine/resolutions/index.ts';
import { evaluateReview } from '../../../engine/review/index.ts';
import { measureProject } from '../../../engine/review/index.ts';
import { disposeReviewContext, prepareReviewContext } from '../../../engine/review/index.ts';
import { projectVersion } from '../../../engine/review/index.ts';
import type { Department, ProjectDocument, ProjectReview, ReviewPack } from '../../../engine/review/index.ts';
import type { Conflict } from '../../../engine/rules/index.ts';

export interface ReviewProjectsInput {
  /** The workspace's plans as they are now (resolution edits included); may be left out when the caller
   *  passes the blueprint already built from them (the review worker keeps it between runs). */
  plans?: PlanDocument[];
  /** Identifies the plans, resolutions and policy the blueprint is built from (changes when any of them does). */
  blueprintKey?: number;
  resolutions: Resolution[];
  policy: Policy;
  /** The latest check's conflicts (only open ones count). */
  conflicts: Conflict[];
  asOfDate: string;
  projects: ProjectDocument[];
  pack: ReviewPack;
  departments: Department[];
}

export interface ProjectReviewResult {
  projectId: string;
  projectVersion: string;
  review: ProjectReview;
}

/** The merged blueprint of the workspace, as the package builds it (plans before the resolutions' edits). */
export function reviewBlueprint(input: Pick<ReviewProjectsInput, 'plans' | 'resolutions' | 'policy'>, port: GeometryPort): Blueprint {
  if (!input.plans) throw new Error(BLUEPRINT_NEEDS_PLANS);
  return buildBlueprint(packageSources(input.plans, input.resolutions), input.resolutions, input.policy, port);
}

/** The error a review without plans gets when no blueprint is kept for its key: the caller sends the plans. */
export const BLUEPRINT_NEEDS_PLANS = 'review: no blueprint is kept for this key; send the plans';

export function reviewProjects(input: ReviewProjectsInput, port: GeometryPort, built?: Blueprint): ProjectReviewResult[] {
  if (input.projects.length === 0) return [];
  const blueprint = built ?? reviewBlueprint(input, port);
  const context = prepareReviewContext({ blueprint, conflicts: input.conflicts, resolutions: input.resolutions, asOfDate: input.asOfDate, port });
  try {
    return input.projects.map((project) => ({
      projectId: project.project.id,
      projectVersion: projectVersion(project),
      review: evaluateReview(measureProject(project, context), project.properties, input.pack, input.departments),
    }));
  } finally {
    disposeReviewContext(context);
  }
}
