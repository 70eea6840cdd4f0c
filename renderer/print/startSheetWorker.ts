// Starts a print worker (renderer/workers/printWorker.ts) for one 专题图 and hands it the layers in chunks, each a
// short structured clone with a turn for the page in between. `call` runs a step of the worker's work so that an
// abort of `signal` terminates the worker at once and the step rejects with an AbortError; `stop` ends the worker.
import * as Comlink from 'comlink';
import type { PrintWorkerApi } from '../workers/printWorker.ts';
import type { SheetMapLayer } from './drawSheetMap.ts';

/** Features per message to the worker: a clone of this many parcels takes the page some milliseconds. */
const FEATURES_PER_CHUNK = 2000;

export interface SheetWorker {
  api: Comlink.Remote<PrintWorkerApi>;
  /** Awaits a step of the worker's work, or rejects with an AbortError the moment the signal aborts. */
  call<T>(step: Promise<T>): Promise<T>;
  stop(): void;
}

export function abortError(): DOMException {
  return new DOMException('cancelled', 'AbortError');
}

export async function startSheetWorker(layers: readonly SheetMapLayer[], signal?: AbortSignal): Promise<SheetWorker> {
  if (signal?.aborted) throw abortError();
  const worker = new Worker(new URL('../workers/printWorker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<PrintWorkerApi>(worker);
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      worker.terminate();
      reject(abortError());
    };
  });
  aborted.catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  const sheetWorker: SheetWorker = {
    api,
    call: (step) => Promise.race([step, aborted]),
    stop: () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    },
  };
  try {
    for (const [index, { layer, opacity, features }] of layers.entries()) {
      for (let at = 0; at < features.length; at += FEATURES_PER_CHUNK) {
        await sheetWorker.call(api.addFeatures(index, layer, opacity, features.slice(at, at + FEATURES_PER_CHUNK)));
      }
    }
  } catch (error) {
    sheetWorker.stop();
    throw error;
  }
  return sheetWorker;
}
