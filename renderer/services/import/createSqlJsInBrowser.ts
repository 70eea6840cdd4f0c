// Browser shell. Loads sql.js (SQLite compiled to WebAssembly) for reading GeoPackages, with its .wasm
// served as a same-origin asset (the CSP allows 'wasm-unsafe-eval'); one instance per page, on demand.
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { SqlJsPort } from '../../../engine/import/geopackage/sqlJsPort.ts';

let loading: Promise<SqlJsPort> | undefined;

export function createSqlJsInBrowser(): Promise<SqlJsPort> {
  loading ??= initSqlJs({ locateFile: () => wasmUrl }) as unknown as Promise<SqlJsPort>;
  return loading;
}
