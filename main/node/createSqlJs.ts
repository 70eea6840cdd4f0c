// Node shell (CLI, tests, benchmarks). Loads sql.js (SQLite compiled to WebAssembly) with its .wasm file
// from node_modules and returns the initialised module as the engine's SqlJsPort; one instance per process.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SqlJsPort } from '../../engine/import/index.ts';

let loading: Promise<SqlJsPort> | undefined;

export function createSqlJs(): Promise<SqlJsPort> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    const distDir = dirname(require.resolve('sql.js/dist/sql-wasm.wasm'));
    // Imported on first use, not at the top, so a `lantu` start that reads no GeoPackage does not load it (~45 ms).
    loading = import('sql.js').then(({ default: initSqlJs }) => initSqlJs({ locateFile: (name: string) => join(distDir, name) })) as unknown as Promise<SqlJsPort>;
  }
  return loading;
}
