// The review worker's client (renderer/workers/reviewWorker.ts): one worker for the page's life, started on
// the first review, so GEOS is initialised once.
import * as Comlink from 'comlink';
import type { ReviewWorkerApi } from '../../workers/reviewWorker.ts';
import type { ReviewBackend } from './createReviewService.ts';

export function createReviewBackend(): ReviewBackend {
  let api: Comlink.Remote<ReviewWorkerApi> | null = null;
  const worker = () =>
    (api ??= Comlink.wrap<ReviewWorkerApi>(new Worker(new URL('../../workers/reviewWorker.ts', import.meta.url), { type: 'module' })));
  return {
    review: (input) => worker().review(input),
    reportHtml: (input) => worker().reportHtml(input),
  };
}
