// Pure (types only). The slice of sql.js the GeoPackage writer uses: the reader's port (engine/import/
// geopackage/sqlJsPort.ts) plus `run` and `export`. Declared here because engine/package and engine/import
// are siblings that do not import each other; main/node/createSqlJs.ts returns a module that satisfies both.
export type SqlValue = number | string | Uint8Array | null;

export interface SqlJsWriterDatabase {
  exec(sql: string, params?: SqlValue[]): { columns: string[]; values: SqlValue[][] }[];
  run(sql: string, params?: SqlValue[]): unknown;
  prepare(sql: string): { run(params?: SqlValue[]): unknown; free(): unknown };
  export(): Uint8Array;
  close(): void;
}

export interface SqlJsWriterPort {
  Database: new (data?: Uint8Array) => SqlJsWriterDatabase;
}
