// Renderer. Runs one import preparation in a fresh Web Worker (renderer/workers/importWorker.ts) with a
// progress callback; `cancel()` terminates the worker at once and the promise rejects with ImportCancelled.
import * as Comlink from 'comlink';
import type { ImportProgress, ImportReport } from '../../../engine/import/prepareImport.ts';
import type { ImportSource } from '../../../engine/import/readSource.ts';
import type { ImportWorkerApi, WorkerImportOptions } from '../../workers/importWorker.ts';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export interface ImportRun {
  result: Promise<ImportReport>;
  cancel(): void;
}

export function runImportInWorker(source: ImportSource, options: WorkerImportOptions, onProgress: (progress: ImportProgress) => void): ImportRun {
  const worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ImportWorkerApi>(worker);
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new ImportCancelled());
    };
  });
  const result = Promise.race([api.prepare(source, options, Comlink.proxy(onProgress)), cancelled]).finally(() => worker.terminate());
  result.catch(() => undefined);
  return { result, cancel: () => cancel() };
}
