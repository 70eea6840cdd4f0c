// Web Worker: builds the blueprint package off the UI thread (rules, merge, indicators, GeoPackage in
// SQLite), reporting each phase through a proxied callback. Closing the dialog terminates the worker. The
// package is zipped file by file without keeping the uncompressed files, so the worker holds one uncompressed file at a time;
// the zip's buffer is transferred to the page, not copied.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { SqlJsWriterPort } from '../../engine/package/index.ts';
import { createGeometryPort } from '../services/createGeometryPort.ts';
import {
  buildAppPackage,
  type AppPackageInput,
  type AppPackageOutcome,
  type AppPackagePhase,
} from '../services/blueprint/buildAppPackage.ts';

const api = {
  async build(input: AppPackageInput, onPhase?: (phase: AppPackagePhase) => void): Promise<AppPackageOutcome> {
    const port = await createGeometryPort();
    try {
      const sqlJs = (await initSqlJs({ locateFile: () => wasmUrl })) as unknown as SqlJsWriterPort;
      // Each uncompressed file is dropped once zipped: only the zip and the manifest cross back (or the reasons).
      const outcome = await buildAppPackage(input, port, sqlJs, onPhase, { keepFiles: false });
      if (!outcome.ok) return outcome;
      return Comlink.transfer({ ok: true, files: new Map(), zip: outcome.zip, manifest: outcome.manifest }, [outcome.zip.buffer]);
    } finally {
      port.dispose();
    }
  },
};

export type ExportWorkerApi = typeof api;

Comlink.expose(api);
