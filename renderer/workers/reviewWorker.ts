// Web Worker: reviews the register's projects against the workspace's blueprint off the UI thread (GEOS in
// WebAssembly, created once per worker). The merged blueprint is kept between runs under its key
// (createBlueprintKeeper), so a new project or a replaced boundary costs the review only, not a new merge
// (87 s on the 300k-parcel city); the report of a project is written on that same blueprint.
import * as Comlink from 'comlink';
import type { GeometryPort } from '../../engine/geometry/index.ts';
import { createGeometryPort } from '../services/createGeometryPort.ts';
import { createBlueprintKeeper } from '../services/review/createBlueprintKeeper.ts';
import type { ReportRequest } from '../services/review/createReviewService.ts';
import type { ProjectReviewResult, ReviewProjectsInput } from '../services/review/reviewProjects.ts';

let port: Promise<GeometryPort> | null = null;
const keeper = createBlueprintKeeper(() => (port ??= createGeometryPort()));

const api = {
  review: (input: ReviewProjectsInput): Promise<ProjectReviewResult[]> => keeper.review(input),
  reportHtml: (input: ReportRequest): Promise<string | null> => keeper.reportHtml(input),
};

export type ReviewWorkerApi = typeof api;

Comlink.expose(api);
