// The PostGIS executor's features table built from the plans' own tables (lantu check --source-layer): the geometry of
// every slot whose prepared geometry is bit for bit its table row's (compared by the md5 of the EWKB, 16 bytes a row
// back) is taken from the table by INSERT … SELECT, and so is its footprint when that is the geometry; only what the
// engine's prepare changed or made (a repaired geometry, a line's corridor) and the per-slot columns (ids, properties,
// boxes, id ranks) are sent by COPY. Read in one REPEATABLE READ snapshot, so the hashes and the rows taken agree.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { WkbWriter } from '../../../engine/geometry/index.ts';
import type { PreparedFeature } from '../../../engine/rules/index.ts';
import { copyRows, copyText } from '../db/copyRows.ts';
import { ewkbHex, SRID_CGCS2000 } from '../db/ewkbHex.ts';
import type { SourceTable } from '../db/readPlanTables.ts';
import { createFeaturesTable, FEATURE_COLUMNS, featureValues, idRanks, indexFeaturesTable } from './featuresTable.ts';

/** Where a slot's row is: the index of its table in `tables` and its 1-based position in ctid order. */
export interface SlotSource {
  table: number;
  row: number;
}

export interface TablesLoad {
  /** Escaped name of the features table. */
  table: string;
  /** Slots whose geometry came from their table / was sent (a repair, or the row no longer as read). */
  geometryFromTables: number;
  geometrySent: number;
  /** Footprints sent (line corridors, repaired polygons); the others are the geometry itself. */
  footprintsSent: number;
}

const STAGE = 'lantu_stage';

function md5Hex(hex: string): string {
  return createHash('md5').update(Buffer.from(hex, 'hex')).digest('hex');
}

export async function loadFeaturesFromTables(
  client: pg.Client,
  schema: string,
  features: readonly PreparedFeature[],
  tables: readonly SourceTable[],
  sourceOf: readonly (SlotSource | null)[],
  selsBySlot: readonly (readonly number[])[] = [],
): Promise<TablesLoad> {
  const qualified = tables.map((t) => `${client.escapeIdentifier(t.schema)}.${client.escapeIdentifier(t.table)}`);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  try {
    // The md5 of each row's EWKB, rows in ctid order as the reader numbered them.
    const hashes: string[][] = [];
    for (const [k, t] of tables.entries()) {
      const g = client.escapeIdentifier(t.geometryColumn);
      const r = await client.query<{ h: string | null }>(`SELECT md5(ST_AsEWKB(${g})) AS h FROM ${qualified[k]} ORDER BY ctid LIMIT $1`, [
        t.rows,
      ]);
      hashes.push(r.rows.map((row) => row.h ?? ''));
    }
    const writer = new WkbWriter();
    const ranks = idRanks(features);
    let geometryFromTables = 0;
    let footprintsSent = 0;
    const rows: string[] = [];
    for (const f of features) {
      const hex = ewkbHex(writer, f.geometry);
      const source = sourceOf[f.slot] ?? null;
      const fromTable = source !== null && hashes[source.table]?.[source.row - 1] === md5Hex(hex);
      if (fromTable) geometryFromTables++;
      const footprintHex = f.footprint === null ? null : f.footprint === f.geometry ? hex : ewkbHex(writer, f.footprint);
      const footprintIsGeometry = footprintHex === hex;
      if (footprintHex !== null && !footprintIsGeometry) footprintsSent++;
      const { head, tail } = featureValues(f, ranks[f.slot]!, selsBySlot[f.slot]);
      const values = [
        ...head,
        fromTable ? null : hex,
        footprintIsGeometry ? null : footprintHex,
        ...tail,
        footprintIsGeometry ? 't' : 'f',
        fromTable ? String(source!.table) : null,
        fromTable ? String(source!.row) : null,
      ];
      rows.push(`${values.map(copyText).join('\t')}\n`);
    }
    const stage = client.escapeIdentifier(STAGE);
    await client.query(
      `CREATE TEMP TABLE ${stage} (
        slot int, plan_id text, feature_id text, layer text, geometry_class text, props jsonb,
        geom geometry(Geometry, ${SRID_CGCS2000}), footprint geometry(Geometry, ${SRID_CGCS2000}),
        box_xmin float8, box_ymin float8, box_xmax float8, box_ymax float8, id_rank int, sels int[],
        footprint_is_geom boolean, src int, src_row int
      ) ON COMMIT DROP`,
    );
    await copyRows(client, `COPY ${stage} (${FEATURE_COLUMNS}, footprint_is_geom, src, src_row) FROM STDIN`, rows);
    const table = await createFeaturesTable(client, schema);
    const insert = (from: string, geom: string, where: string) =>
      `INSERT INTO ${table} (${FEATURE_COLUMNS})
        SELECT st.slot, st.plan_id, st.feature_id, st.layer, st.geometry_class, st.props, ${geom},
          CASE WHEN st.footprint_is_geom THEN ${geom} ELSE st.footprint END,
          st.box_xmin, st.box_ymin, st.box_xmax, st.box_ymax, st.id_rank, st.sels
        FROM ${stage} st ${from} WHERE ${where} ORDER BY st.slot`;
    for (const [k, t] of tables.entries()) {
      const g = client.escapeIdentifier(t.geometryColumn);
      // The same numbering as the hashes above (same snapshot, same order); the geometry as stored, SRID 4490 checked by the column.
      await client.query(
        insert(
          `JOIN (SELECT row_number() OVER (ORDER BY ctid) AS n, ${g} AS g FROM ${qualified[k]}) src ON src.n = st.src_row`,
          'src.g',
          `st.src = $1`,
        ),
        [k],
      );
    }
    await client.query(insert('', 'st.geom', 'st.src IS NULL'));
    await client.query('COMMIT');
    await indexFeaturesTable(client, table);
    return { table, geometryFromTables, geometrySent: features.length - geometryFromTables, footprintsSent };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
