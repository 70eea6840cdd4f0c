// Web Worker: prepares an import off the UI thread (reading, CRS, reprojection, mapping, validation of up to
// hundreds of thousands of features) and reports progress through a proxied callback. Stopping an import
// terminates the worker, so a cancelled run leaves nothing behind.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { prepareImport, type ImportOptions, type ImportProgress, type ImportReport } from '../../engine/import/index.ts';
import type { SqlJsPort } from '../../engine/import/index.ts';
import type { ImportSource } from '../../engine/import/index.ts';

export type WorkerImportOptions = Omit<ImportOptions, 'sqlJs' | 'onProgress' | 'onTable' | 'sourceRead'>;

const api = {
  async prepare(source: ImportSource, options: WorkerImportOptions, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport> {
    const sqlJs = source.format === 'geopackage' ? ((await initSqlJs({ locateFile: () => wasmUrl })) as unknown as SqlJsPort) : undefined;
    return prepareImport(source, { ...options, ...(sqlJs ? { sqlJs } : {}), ...(onProgress ? { onProgress } : {}) });
  },
};

export type ImportWorkerApi = typeof api;

Comlink.expose(api);
