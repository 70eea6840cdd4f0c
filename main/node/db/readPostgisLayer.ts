// Reads a department's layer from PostGIS as a GeoJSON FeatureCollection (every column a property, the geometry
// column found in geometry_columns, its SRID declared in the legacy `crs` member), so `lantu import --db` and the
// desktop's 数据源 page put it through the same import pipeline as a file. The plan title and department the table
// carries (readTableMetadata) come with it; the title is also the collection's `title`, so the import report's
// sourceTitle shows it. The table name is not written as the collection's `name`: it is never a title.
// Identifiers escaped, values as parameters.
import type pg from 'pg';
import { PgConnectionError } from './PgConnectionError.ts';
import { say } from '../../i18n/index.ts';
import { readTableMetadata, type TableMetadata } from './readTableMetadata.ts';

export interface PostgisLayer {
  schema: string;
  table: string;
  geometryColumn: string;
  geometryType: string;
  srid: number;
}

/** "schema.table" (or "table" in public) split into its parts. */
export function splitLayerName(name: string): { schema: string; table: string } {
  const dot = name.indexOf('.');
  return dot < 0 ? { schema: 'public', table: name } : { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}

/** The geometry tables the connected user can see, sorted by schema and table. */
export async function listPostgisLayers(client: pg.Client): Promise<PostgisLayer[]> {
  const r = await client.query<{ s: string; t: string; c: string; type: string; srid: number }>(
    `SELECT f_table_schema AS s, f_table_name AS t, f_geometry_column AS c, type, srid FROM geometry_columns
      WHERE has_table_privilege(quote_ident(f_table_schema) || '.' || quote_ident(f_table_name), 'SELECT')
      ORDER BY 1, 2, 3`,
  );
  return r.rows.map((row) => ({ schema: row.s, table: row.t, geometryColumn: row.c, geometryType: row.type, srid: row.srid }));
}

/** The layer as GeoJSON bytes, or a PgConnectionError naming the table (missing, unreadable, no geometry column, too many rows). */
export async function readPostgisLayer(
  client: pg.Client,
  name: string,
  maxRows: number,
): Promise<{ file: string; bytes: Uint8Array; rows: number } & TableMetadata> {
  const { schema, table } = splitLayerName(name);
  const columns = await client.query<{ c: string; srid: number }>(
    'SELECT f_geometry_column AS c, srid FROM geometry_columns WHERE f_table_schema = $1 AND f_table_name = $2 ORDER BY 1',
    [schema, table],
  );
  const geometry = columns.rows[0];
  if (!geometry) {
    // geometry_columns also hides the tables the role may not read: a table that exists is either unreadable or flat.
    const found = await client.query<{ t: string | null; readable: boolean | null; user: string }>(
      "SELECT c.oid::text AS t, has_table_privilege(c.oid, 'SELECT') AS readable, current_user AS user FROM (SELECT to_regclass($1) AS oid) c",
      [`${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table)}`],
    );
    const row = found.rows[0];
    if (!row?.t) throw new PgConnectionError('no-table', say('db.readPostgisLayer.readPostgisLayer', { schema, table }));
    if (!row.readable) {
      throw new PgConnectionError('no-permission', say('db.readPostgisLayer.noSelect', { schema, table, user: row.user }));
    }
    throw new PgConnectionError('no-table', say('db.readPostgisLayer.readPostgisLayer-2', { schema, table }));
  }
  const qualified = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table)}`;
  const result = await client.query<{ f: string }>(
    `SELECT ST_AsGeoJSON(t.*, $1::text, 15) AS f FROM ${qualified} t ORDER BY ctid LIMIT $2`,
    [geometry.c, maxRows + 1],
  );
  if (result.rows.length > maxRows) {
    throw new PgConnectionError('failed', say('db.readPostgisLayer.readPostgisLayer-3', { schema, table, maxRows }));
  }
  const crs = geometry.srid > 0 ? `,"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::${geometry.srid}"}}` : '';
  const metadata = await readTableMetadata(client, schema, table);
  const title = metadata.title === undefined ? '' : `,"title":${JSON.stringify(metadata.title)}`;
  const text = `{"type":"FeatureCollection"${title}${crs},"features":[${result.rows.map((r) => r.f).join(',\n')}]}`;
  return { file: `${schema}.${table}`, bytes: new TextEncoder().encode(text), rows: result.rows.length, ...metadata };
}
