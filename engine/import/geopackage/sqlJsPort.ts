// Pure. The slice of sql.js (SQLite compiled to WebAssembly) the GeoPackage reader uses. The shell loads
// and initialises the module (Node: main/node/createSqlJs.ts; browser: the worker) and passes it in.
export type SqlValue = number | string | Uint8Array | null;

export interface SqlJsDatabase {
  exec(sql: string, params?: SqlValue[]): { columns: string[]; values: SqlValue[][] }[];
  close(): void;
}

export interface SqlJsPort {
  Database: new (data?: Uint8Array) => SqlJsDatabase;
}
