// Renderer. Runs one import preparation in a fresh Web Worker (renderer/workers/importWorker.ts) with a
// progress callback; `cancel()` terminates the worker at once and the promise rejects with ImportCancelled.
// A GeoPackage still reading past the deadline (sql.js cannot be interrupted: an endless recursive view) is
// stopped the same way and answered with a refused report naming the table being read.
import * as Comlink from 'comlink';
import { readStoppedIssue } from '../../../engine/import/index.ts';
import { refusedImportReport, type ImportProgress, type ImportReport } from '../../../engine/import/index.ts';
import type { ImportSource } from '../../../engine/import/index.ts';
import type { ImportWorkerApi, WorkerImportOptions } from '../../workers/importWorker.ts';
import { readLimits, type ReadLimits } from './readLimits.ts';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export interface ImportRun {
  result: Promise<ImportReport>;
  cancel(): void;
}

export function runImportInWorker(source: ImportSource, options: WorkerImportOptions, onProgress: (progress: ImportProgress) => void, limits: ReadLimits = readLimits): ImportRun {
  const worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ImportWorkerApi>(worker);
  let cancel: () => void = () => undefined;
  let stopReading: (report: ImportReport) => void = () => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new ImportCancelled());
    };
  });
  const stopped = new Promise<ImportReport>((resolve) => {
    stopReading = (report) => {
      worker.terminate();
      resolve(report);
    };
  });
  // The deadline runs from the first 'read' progress (the worker has loaded sql.js) until another phase begins.
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let table: string | undefined;
  const progress = (p: ImportProgress) => {
    if (source.format === 'geopackage' && p.phase === 'read') {
      if (p.table !== undefined) table = p.table;
      deadline ??= setTimeout(() => stopReading(refusedImportReport(source.file, readStoppedIssue(source.file, table, { why: 'deadline', deadlineMs: limits.gpkgDeadlineMs }))), limits.gpkgDeadlineMs);
    } else if (deadline !== undefined) {
      clearTimeout(deadline);
    }
    onProgress(p);
  };
  const withLimits: WorkerImportOptions = { ...options, maxRows: options.maxRows ?? limits.gpkgMaxRows };
  const result = Promise.race([api.prepare(source, withLimits, Comlink.proxy(progress)), cancelled, stopped]).finally(() => {
    clearTimeout(deadline);
    worker.terminate();
  });
  result.catch(() => undefined);
  return { result, cancel: () => cancel() };
}
