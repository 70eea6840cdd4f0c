// Node. The plan title and department a PostGIS table carries about itself, for `lantu import --db` and the 数据源
// page: a table `lantu publish` wrote names its source plan in the lyghid column, whose title and department
// lantu_metadata.sources holds (when every row comes from one plan); any other table's COMMENT is its title. Never the
// table name: a comment that only repeats it, and the layer descriptions publish writes as comments, are not titles.
// A role that may read the layer but not lantu_metadata imports without it (asked with has_table_privilege first: a
// caught permission error would abort the caller's transaction); --title and --department then name the plan.
import type pg from 'pg';
import { metadataTitle } from '../../../engine/import/index.ts';
import { METADATA_TABLE, type PublishedSource } from './publishBlueprint.ts';

const qualifiedName = (client: pg.Client, schema: string, table: string): string =>
  `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table)}`;

export interface TableMetadata {
  title?: string;
  department?: string;
}

/**
 * The source plan of a table of the latest publication in `schema`, null when the table was not published there, or
 * undefined when that is unknown (several plans, or a lantu_metadata the role may not read).
 */
async function publishedSource(client: pg.Client, schema: string, table: string): Promise<PublishedSource | undefined | null> {
  const meta = qualifiedName(client, schema, METADATA_TABLE);
  const layer = qualifiedName(client, schema, table);
  const found = await client.query<{ t: string | null; readable: boolean | null }>(
    "SELECT c.oid::text AS t, has_table_privilege(c.oid, 'SELECT') AS readable FROM (SELECT to_regclass($1) AS oid) c",
    [meta],
  );
  if (!found.rows[0]?.t) return null;
  // The layer may be published (its comment then describes the layer, not a plan): no title rather than a wrong one.
  if (!found.rows[0].readable) return undefined;
  const latest = await client.query<{ tables: string[]; sources: PublishedSource[] | null }>(
    `SELECT tables, to_jsonb(m) -> 'sources' AS sources FROM ${meta} m ORDER BY version DESC LIMIT 1`,
  );
  const row = latest.rows[0];
  if (!row?.tables.includes(table)) return null;
  const hasColumn = await client.query(
    `SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = 'lyghid' AND NOT attisdropped`,
    [layer],
  );
  if (hasColumn.rows.length === 0) return undefined;
  // At most two distinct plans tell "one plan" from "several" (the coverage and conflicts mix plans).
  const plans = await client.query<{ id: string }>(`SELECT DISTINCT lyghid AS id FROM ${layer} LIMIT 2`);
  if (plans.rows.length !== 1) return undefined;
  return (row.sources ?? []).find((s) => s.planId === plans.rows[0]!.id);
}

export async function readTableMetadata(client: pg.Client, schema: string, table: string): Promise<TableMetadata> {
  const published = await publishedSource(client, schema, table);
  // A published table's comment describes the layer (用地用海（GHYDYH）), not a plan.
  if (published !== null) return published ? { title: published.title, department: published.department } : {};
  const comment = await client.query<{ c: string | null }>('SELECT obj_description(to_regclass($1), $2) AS c', [
    qualifiedName(client, schema, table),
    'pg_class',
  ]);
  const title = metadataTitle([comment.rows[0]?.c], `${schema}.${table}`, table);
  return title ? { title } : {};
}
