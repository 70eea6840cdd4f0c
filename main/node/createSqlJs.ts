// Node shell (CLI, tests, benchmarks). Loads sql.js (SQLite compiled to WebAssembly) with its .wasm file
// from node_modules and returns the initialised module as the engine's SqlJsPort; one instance per process.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import initSqlJs from 'sql.js';
import type { SqlJsPort } from '../../engine/import/geopackage/sqlJsPort.ts';

let loading: Promise<SqlJsPort> | undefined;

export function createSqlJs(): Promise<SqlJsPort> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    const distDir = dirname(require.resolve('sql.js/dist/sql-wasm.wasm'));
    loading = initSqlJs({ locateFile: (name: string) => join(distDir, name) }) as unknown as Promise<SqlJsPort>;
  }
  return loading;
}
