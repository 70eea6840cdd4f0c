// Web Worker: reviews the register's projects against the workspace's blueprint off the UI thread (GEOS in
// WebAssembly, created once per worker and kept for later runs).
import * as Comlink from 'comlink';
import type { GeometryPort } from '../../engine/geometry/port.ts';
import { createGeometryPort } from '../services/createGeometryPort.ts';
import { reviewProjects, type ProjectReviewResult, type ReviewProjectsInput } from '../services/review/reviewProjects.ts';

let port: Promise<GeometryPort> | null = null;

const api = {
  async review(input: ReviewProjectsInput): Promise<ProjectReviewResult[]> {
    return reviewProjects(input, await (port ??= createGeometryPort()));
  },
};

export type ReviewWorkerApi = typeof api;

Comlink.expose(api);
