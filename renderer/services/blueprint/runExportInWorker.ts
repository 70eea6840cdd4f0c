// Runs one package build in a fresh Web Worker (renderer/workers/exportWorker.ts); `cancel()` terminates it at once.
import * as Comlink from 'comlink';
import type { AppPackageInput, AppPackageOutcome, AppPackagePhase } from './buildAppPackage.ts';
import type { ExportWorkerApi } from '../../workers/exportWorker.ts';

export interface ExportRun {
  result: Promise<AppPackageOutcome>;
  cancel(): void;
}

export function runExportInWorker(input: AppPackageInput, onPhase: (phase: AppPackagePhase) => void): ExportRun {
  const worker = new Worker(new URL('../../workers/exportWorker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ExportWorkerApi>(worker);
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new Error('export cancelled'));
    };
  });
  const result = Promise.race([api.build(input, Comlink.proxy(onPhase)), cancelled]).finally(() => worker.terminate());
  result.catch(() => undefined);
  return { result, cancel: () => cancel() };
}
