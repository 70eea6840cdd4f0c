// The privileges granted on tables, read from their ACLs and granted again on others: a republish drops and recreates
// its tables, and without this every role a DBA granted access (GeoServer, QGIS, the approval systems) would lose it
// at each new version. Only what GRANT gave is carried: ownership, column privileges and row-level policies are not.
import type pg from 'pg';
import { say } from '../../i18n/index.ts';
import { PgConnectionError } from './PgConnectionError.ts';

/** One entry of a table's ACL: `grantee` null is PUBLIC. */
export interface TableGrant {
  table: string;
  grantee: string | null;
  privilege: string;
  grantable: boolean;
}

/**
 * The grants on `tables` of `schema` (a table never granted on has none), leaving out those held by the current
 * user: it owns the tables it creates, so it holds every privilege on them anyway.
 */
export async function readTableGrants(client: pg.Client, schema: string, tables: readonly string[]): Promise<TableGrant[]> {
  const r = await client.query<{ table: string; grantee: string | null; privilege: string; grantable: boolean }>(
    `SELECT c.relname AS table, CASE WHEN a.grantee = 0 THEN NULL ELSE r.rolname END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN LATERAL aclexplode(c.relacl) a
       LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE n.nspname = $1 AND c.relname = ANY($2) AND r.rolname IS DISTINCT FROM current_user
      ORDER BY 1, 2 NULLS FIRST, 3`,
    [schema, [...tables]],
  );
  return r.rows;
}

/** Grants each of `grants` again on the table of the same name in `schema` (every name escaped; privileges are keywords). */
export async function grantAgain(client: pg.Client, schema: string, grants: readonly TableGrant[]): Promise<void> {
  const id = (name: string) => client.escapeIdentifier(name);
  for (const g of grants) {
    // aclexplode gives privilege keywords (SELECT, INSERT, … TRUNCATE, MAINTAIN): letters only, never a name.
    if (!/^[A-Z]+$/.test(g.privilege))
      throw new PgConnectionError('failed', say('db.tableGrants.privilege', { privilege: g.privilege, table: g.table }));
    const grantee = g.grantee === null ? 'PUBLIC' : id(g.grantee);
    await client.query(
      `GRANT ${g.privilege} ON TABLE ${id(schema)}.${id(g.table)} TO ${grantee}${g.grantable ? ' WITH GRANT OPTION' : ''}`,
    );
  }
}
