// What the pairwise relations' SQL shares: the tile's own subjects as the query's start (tileSubjectsCte: subject
// selection $1, tile $3–$6), the engine's candidate-pair rules (candidatePairs.ts) as a WHERE clause over rows `s` and
// `o` (object selection $2, never a feature with itself, of the two orders of a same-selection pair only the one with
// the smaller subject id), running it per tile over every connection, and turning result columns back into the
// seam's record parts.
import type pg from 'pg';
import { decodeWkb } from '../../../engine/geometry/index.ts';
import type { Geometry, LayerCode } from '../../../engine/model/index.ts';
import type { RecordParty } from '../../../engine/rules/index.ts';
import type { RelationQuery } from './relationQuery.ts';
import { eachTile, tileGrid, tileParams, tileSql, type Tile } from './tiles.ts';

/** An error PostGIS raises when GEOS cannot compute on a geometry (SQLSTATE XX000, GEOS's words). */
export function isGeometryError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e.code === 'XX000' && /GEOS|TopologyException|IllegalArgumentException/i.test(String(e.message));
}

/** Parameters after the fixed ones ($1 subjects, $2 objects, $3–$6 tile) start here. */
export const FIRST_RULE_PARAM = 7;

/** The name of the CTE that holds the tile's subjects (tileSubjectsCte). */
export const TILE_SUBJECTS = 'tile_subjects';

/**
 * `WITH tile_subjects AS MATERIALIZED (…)`: the rows of the subject selection ($1) whose box's lower-left corner lies
 * in the tile ($3–$6), found by the corner B-tree. A pair query starts from it (`FROM tile_subjects s`, or the zone
 * side for zones around the subject) and reaches the other side through its GiST index, so a tile's query costs its
 * own subjects and their pairs. Without the fence the planner started from the smaller side (240 farmland polygons
 * against 98,904 parcels at 100k), read it whole in every tile and applied the tile to the subject afterwards: a
 * rule's SQL grew as tiles × pairs.
 */
export function tileSubjectsCte(features: string): string {
  return `WITH ${TILE_SUBJECTS} AS MATERIALIZED (SELECT * FROM ${features} t WHERE $1::int = ANY(t.sels) AND ${tileSql('t', 3)})`;
}

/** The candidate-pair conditions on `s` (a row of tileSubjectsCte, which holds the subject selection and the tile) and `o`. */
export function pairWhereSql(): string {
  return `$2::int = ANY(o.sels) AND s.slot <> o.slot
    AND NOT ($1::int = ANY(o.sels) AND $2::int = ANY(s.sels) AND o.id_rank < s.id_rank)`;
}

/** Columns naming both parties (read back by partiesOf). */
export const PARTY_COLUMNS =
  's.plan_id AS s_plan, s.feature_id AS s_id, s.layer AS s_layer, o.plan_id AS o_plan, o.feature_id AS o_id, o.layer AS o_layer';

export interface PartyRow {
  s_plan: string;
  s_id: string;
  s_layer: string;
  o_plan: string;
  o_id: string;
  o_layer: string;
}

export function partiesOf(row: PartyRow): { subject: RecordParty; object: RecordParty } {
  return {
    subject: { planId: row.s_plan, featureId: row.s_id, layer: row.s_layer as LayerCode },
    object: { planId: row.o_plan, featureId: row.o_id, layer: row.o_layer as LayerCode },
  };
}

/** A region read back as WKB (ST_AsBinary), flattened to one dimension as the geometry port returns it. */
export function regionOf(wkb: Buffer | null, keep: 0 | 1 | 2): Geometry | null {
  return wkb === null ? null : decodeWkb(new Uint8Array(wkb.buffer, wkb.byteOffset, wkb.byteLength), keep);
}

/** Runs the pair query tile by tile over every connection with the fixed parameters, then `ruleParams`. */
export async function pairRows<R extends pg.QueryResultRow>(
  q: RelationQuery,
  sql: string,
  ruleParams: readonly unknown[] = [],
): Promise<R[]> {
  if (q.subjectSlots.length === 0 || q.objectSlots.length === 0) return [];
  // pairWhereSql holds neither the subject selection nor the tile: without the CTE every tile would see every pair.
  if (!sql.includes(TILE_SUBJECTS)) throw new Error(`pairRows: the query does not start from ${TILE_SUBJECTS}`);
  const tiles = await tileGrid(q.clients[0]!, q.features, q.subjectSel, q.subjectSlots.length, q.clients.length);
  return eachTile(q.clients, tiles, (client, tile) =>
    tileRowsOrFailed(
      q,
      tile,
      async () => (await client.query<R>(sql, [q.subjectSel, q.objectSel, ...tileParams(tile), ...ruleParams])).rows,
    ),
  );
}

/** One tile's rows; when PostGIS's GEOS fails on it and the executor listens (onFailedTile), no rows and the tile told. */
export async function tileRowsOrFailed<R>(q: RelationQuery, tile: Tile, run: () => Promise<R[]>): Promise<R[]> {
  try {
    return await run();
  } catch (error) {
    if (!q.onFailedTile || !isGeometryError(error)) throw error;
    q.onFailedTile(tile, error);
    return [];
  }
}
