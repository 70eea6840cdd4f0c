// Web Worker: reviews the register's projects against the workspace's blueprint off the UI thread (GEOS in
// WebAssembly, created once per worker and kept for later runs), and writes a project's 合规性审查报告 on the
// blueprint of the last run (kept here, so the report's maps need no second merge).
import * as Comlink from 'comlink';
import type { GeometryPort } from '../../engine/geometry/port.ts';
import type { Blueprint } from '../../engine/model/blueprint.ts';
import { buildReviewReportHtml } from '../../engine/review/buildReviewReportHtml.ts';
import { createGeometryPort } from '../services/createGeometryPort.ts';
import type { ReportRequest } from '../services/review/createReviewService.ts';
import { reviewBlueprint, reviewProjects, type ProjectReviewResult, type ReviewProjectsInput } from '../services/review/reviewProjects.ts';

let port: Promise<GeometryPort> | null = null;
let lastBlueprint: Pick<Blueprint, 'layers' | 'coverage'> | null = null;

const api = {
  async review(input: ReviewProjectsInput): Promise<ProjectReviewResult[]> {
    const geometry = await (port ??= createGeometryPort());
    const blueprint = reviewBlueprint(input, geometry);
    lastBlueprint = { layers: blueprint.layers, coverage: blueprint.coverage };
    return reviewProjects(input, geometry, blueprint);
  },
  async reportHtml(input: ReportRequest): Promise<string | null> {
    return lastBlueprint ? buildReviewReportHtml({ ...input, blueprint: lastBlueprint }) : null;
  },
};

export type ReviewWorkerApi = typeof api;

Comlink.expose(api);
