// The rules backend the checks service uses: the rules engine in its Web Worker (renderer/workers/
// rulesWorker.ts) through comlink, started on first use. Progress comes back through a proxied callback.
import * as Comlink from 'comlink';
import type { RulesWorkerApi } from '../../workers/rulesWorker.ts';
import type { RulesBackend } from './createChecksService.ts';
import { withReferences } from './chunkedRulesInput.ts';

export function createRulesBackend(): RulesBackend {
  let api: Comlink.Remote<RulesWorkerApi> | null = null;
  /** Keys of the chunks the worker holds (sent in the previous call). */
  const sent = new Set<number>();
  const remote = () =>
    (api ??= Comlink.wrap<RulesWorkerApi>(new Worker(new URL('../../workers/rulesWorker.ts', import.meta.url), { type: 'module' })));
  return {
    run: (input, onProgress) => remote().runChunked(withReferences(input, sent), Comlink.proxy(onProgress)),
    recheck: (ids, input) => remote().recheckChunked(ids, withReferences(input, sent)),
    resume: (previous, ids, input, onProgress) =>
      remote().resumeChunked(previous, ids, withReferences(input, sent), Comlink.proxy(onProgress)),
    cancel: () => {
      void api?.cancel();
    },
  };
}
