// createBlueprintKeeper(port) → the review backend's work (the review worker runs it; tests run it in Node):
// reviews projects on a merged blueprint kept between runs under its key, rebuilding it only when the plans
// come with a new key, and writes a project's 合规性审查报告 on that same blueprint.
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import type { Blueprint } from '../../../engine/model/index.ts';
import { buildReviewReportHtml } from '../../../engine/review/index.ts';
import type { ReportRequest, ReviewBackend } from './createReviewService.ts';
import { reviewBlueprint, reviewProjects } from './reviewProjects.ts';

export function createBlueprintKeeper(port: () => Promise<GeometryPort>): ReviewBackend {
  let kept: { key: number | undefined; blueprint: Blueprint } | null = null;
  return {
    async review(input) {
      const geometry = await port();
      if (!kept || kept.key !== input.blueprintKey || input.blueprintKey === undefined || input.plans) {
        // Throws BLUEPRINT_NEEDS_PLANS when the plans were left out: the service sends them again.
        kept = { key: input.blueprintKey, blueprint: reviewBlueprint(input, geometry) };
      }
      return reviewProjects(input, geometry, kept.blueprint);
    },
    async reportHtml(input: ReportRequest) {
      return kept ? buildReviewReportHtml({ ...input, blueprint: { layers: kept.blueprint.layers, coverage: kept.blueprint.coverage } }) : null;
    },
  };
}
