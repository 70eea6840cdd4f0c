// Node. One plan from tables already in PostGIS (one table per layer, columns named by the national fields as
// `lantu publish` writes them): each table goes through `lantu import --db`'s reader (readPostgisLayer) and the import
// pipeline, the features joined in table order into one plan document (ids from plan id + BSM, as import gives them).
// Also returns where each feature's row is (table, position in ctid order), so the PostGIS executor takes the geometry
// from the table itself. Fatal import issues name the table and field; nothing half-read is returned.
import type pg from 'pg';
import { JIYUAN_TERRITORY, prepareImport, type ImportIssue } from '../../../engine/import/index.ts';
import { isLayerCode, KIND_DEPARTMENT_ZH, layersOfKind } from '../../../engine/model/index.ts';
import type { PlanDocument, PlanKind } from '../../../engine/model/index.ts';
import { readPostgisLayer, splitLayerName } from './readPostgisLayer.ts';
import { readTableMetadata, type TableMetadata } from './readTableMetadata.ts';

export interface PlanTables {
  kind: PlanKind;
  /** Plan id; without it `lantu import`'s default `<kind>-<department>`. */
  planId?: string;
  /** `schema.table` (or `table` in public), in the plan's feature order. */
  tables: readonly string[];
}

/** A table a plan's features were read from, and its row count (rows in ctid order are features in plan order). */
export interface SourceTable {
  schema: string;
  table: string;
  /** The geometry column the reader took (the first in geometry_columns, as readPostgisLayer). */
  geometryColumn: string;
  rows: number;
}

export interface PlanFromTables {
  /** Absent when a table had a fatal issue (then `issues` says which). */
  document?: PlanDocument;
  issues: ImportIssue[];
  /** One entry per table, in feature order; `null` when the features are not the table's rows one to one. */
  sources: SourceTable[] | null;
  /** `schema.table,…` as the messages name it. */
  label: string;
}

/** The title and department the first of the plan's tables that carries them gives (its publication or COMMENT). */
async function planMetadata(client: pg.Client, tables: readonly string[]): Promise<TableMetadata> {
  for (const name of tables) {
    const { schema, table } = splitLayerName(name);
    const found = await readTableMetadata(client, schema, table);
    if (found.title !== undefined) return found;
  }
  return {};
}

export async function readPlanTables(client: pg.Client, spec: PlanTables, maxRows: number): Promise<PlanFromTables> {
  const label = spec.tables.join(',');
  const id = spec.planId ?? `${spec.kind}-${KIND_DEPARTMENT_ZH[spec.kind]}`;
  const carried = await planMetadata(client, spec.tables);
  const department = carried.department ?? KIND_DEPARTMENT_ZH[spec.kind];
  const plan = {
    id,
    // Never the table names (as a file import never takes the file name): what the tables carry, else the plan id.
    title: carried.title ?? id,
    department,
    version: 'v1',
    period: { start: 2021, end: 2035 },
  };
  const allowed = new Set(layersOfKind(spec.kind).map((l) => l.code));
  const issues: ImportIssue[] = [];
  let document: PlanDocument | undefined;
  const sources: SourceTable[] = [];
  let oneToOne = true;
  for (const name of spec.tables) {
    const { schema, table } = splitLayerName(name);
    // readPostgisLayer throws a PgConnectionError naming a missing table or one without a geometry column.
    const read = await readPostgisLayer(client, name, maxRows);
    // A table named like one of the plan's layers (as publish names them, lower-cased) is that layer.
    const code = table.toUpperCase();
    const report = prepareImport(
      { format: 'geojson', file: read.file, bytes: read.bytes },
      { kind: spec.kind, plan, territory: JIYUAN_TERRITORY, ...(isLayerCode(code) && allowed.has(code) ? { layer: code } : {}) },
    );
    issues.push(...report.issues);
    if (!report.document) return { issues, sources: null, label };
    if (report.document.features.length !== read.rows) oneToOne = false;
    const column = await client.query<{ c: string }>(
      'SELECT f_geometry_column AS c FROM geometry_columns WHERE f_table_schema = $1 AND f_table_name = $2 ORDER BY 1 LIMIT 1',
      [schema, table],
    );
    sources.push({ schema, table, geometryColumn: column.rows[0]!.c, rows: read.rows });
    if (!document) document = report.document;
    else document = { ...document, features: [...document.features, ...report.document.features] };
  }
  return { ...(document ? { document } : {}), issues, sources: oneToOne ? sources : null, label };
}
