// Pure. The slice of sql.js (SQLite compiled to WebAssembly) the GeoPackage reader uses. The shell loads
// and initialises the module (Node: main/node/createSqlJs.ts; browser: the worker) and passes it in.
// Rows are stepped one at a time (`prepare`/`step`), so a reader can stop at a row cap.
export type SqlValue = number | string | Uint8Array | null;

export interface SqlJsStatement {
  bind(params?: SqlValue[]): unknown;
  step(): boolean;
  get(): SqlValue[];
  getColumnNames(): string[];
  free(): unknown;
}

export interface SqlJsDatabase {
  exec(sql: string, params?: SqlValue[]): { columns: string[]; values: SqlValue[][] }[];
  prepare(sql: string): SqlJsStatement;
  close(): void;
}

export interface SqlJsPort {
  Database: new (data?: Uint8Array) => SqlJsDatabase;
}
