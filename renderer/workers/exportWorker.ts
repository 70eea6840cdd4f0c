// Web Worker: builds the blueprint package off the UI thread (rules, merge, indicators, GeoPackage in
// SQLite), reporting each phase through a proxied callback. Closing the dialog terminates the worker.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { SqlJsWriterPort } from '../../engine/package/index.ts';
import { createGeometryPort } from '../services/createGeometryPort.ts';
import { buildAppPackage, type AppPackageInput, type AppPackageOutcome, type AppPackagePhase } from '../services/blueprint/buildAppPackage.ts';

const api = {
  async build(input: AppPackageInput, onPhase?: (phase: AppPackagePhase) => void): Promise<AppPackageOutcome> {
    const port = await createGeometryPort();
    try {
      const sqlJs = (await initSqlJs({ locateFile: () => wasmUrl })) as unknown as SqlJsWriterPort;
      const outcome = await buildAppPackage(input, port, sqlJs, onPhase);
      // Only what the page needs crosses back: the zip and the manifest, or the reasons.
      return outcome.ok ? { ok: true, files: new Map(), zip: outcome.zip, manifest: outcome.manifest } : outcome;
    } finally {
      port.dispose();
    }
  },
};

export type ExportWorkerApi = typeof api;

Comlink.expose(api);
