// The PostGIS executor's features table: one row per prepared feature in the embedded engine's slot order (plans in
// input order, features in plan order), its repaired source geometry and its footprint as the engine's own
// prepareFeature built it (a line's corridor by the engine's buffer), so both executors measure the same shapes.
// Loaded by COPY of hex EWKB, GiST-indexed on the footprint, ANALYZEd. Every identifier escaped; no value inlined.
import type pg from 'pg';
import { WkbWriter } from '../../../engine/geometry/index.ts';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { prepareFeature, type PreparedFeature } from '../../../engine/rules/index.ts';
import { copyRows, copyText } from '../db/copyRows.ts';
import { ewkbHex, SRID_CGCS2000 } from '../db/ewkbHex.ts';

/** Name of the features table inside the run's schema. */
export const FEATURES_TABLE = 'lantu_features';

/** Prepares every feature of the plans in slot order, as createRulesState does (without holding GEOS handles). */
export function prepareAll(port: GeometryPort, plans: readonly PlanDocument[]): PreparedFeature[] {
  const out: PreparedFeature[] = [];
  for (const doc of plans) for (const f of doc.features) out.push(prepareFeature(port, out.length, doc.plan, f));
  return out;
}

/** Escaped `schema.lantu_features`. */
export function featuresTableName(client: pg.ClientBase, schema: string): string {
  return `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(FEATURES_TABLE)}`;
}

/** Rank of each slot's feature id in JavaScript string order (equal ids share a rank): the engine's tie-break for
 *  same-layer pairs (candidatePairs keeps the order with the smaller subject id) without SQL collations. */
export function idRanks(features: readonly PreparedFeature[]): Int32Array {
  const order = features
    .map((f) => f.slot)
    .sort((a, b) => (features[a]!.id < features[b]!.id ? -1 : features[a]!.id > features[b]!.id ? 1 : 0));
  const rank = new Int32Array(features.length);
  let r = 0;
  order.forEach((slot, i) => {
    if (i > 0 && features[order[i - 1]!]!.id !== features[slot]!.id) r = i;
    rank[slot] = r;
  });
  return rank;
}

const num = (x: number | undefined): string | null => (x === undefined ? null : String(x));

/** The columns of FEATURE_COLUMNS but the two geometries, for one slot (COPY text values; null is NULL). */
export function featureValues(
  f: PreparedFeature,
  idRank: number,
  sels: readonly number[] = [],
): { head: (string | null)[]; tail: (string | null)[] } {
  return {
    head: [String(f.slot), f.plan.id, f.id, f.layer, f.geometryClass, JSON.stringify(f.properties)],
    tail: [num(f.box?.[0]), num(f.box?.[1]), num(f.box?.[2]), num(f.box?.[3]), String(idRank), `{${sels.join(',')}}`],
  };
}

function* rowsOf(features: readonly PreparedFeature[], selsBySlot: readonly (readonly number[])[]): Iterable<string> {
  const writer = new WkbWriter();
  const ranks = idRanks(features);
  for (const f of features) {
    const { head, tail } = featureValues(f, ranks[f.slot]!, selsBySlot[f.slot]);
    const values = [...head, ewkbHex(writer, f.geometry), f.footprint ? ewkbHex(writer, f.footprint) : null, ...tail];
    yield `${values.map(copyText).join('\t')}\n`;
  }
}

/** The features table's columns, as COPY and INSERT name them (footprint_m2 is generated). */
export const FEATURE_COLUMNS =
  'slot, plan_id, feature_id, layer, geometry_class, props, geom, footprint, box_xmin, box_ymin, box_xmax, box_ymax, id_rank, sels';

/** Creates the schema when missing and (re)creates the empty features table in it; returns its escaped name. */
export async function createFeaturesTable(client: pg.ClientBase, schema: string): Promise<string> {
  const table = featuresTableName(client, schema);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(
    `CREATE TABLE ${table} (
      slot int PRIMARY KEY,
      plan_id text NOT NULL,
      feature_id text NOT NULL,
      layer text NOT NULL,
      geometry_class text NOT NULL CHECK (geometry_class IN ('polygon', 'line', 'point')),
      props jsonb NOT NULL,
      geom geometry(Geometry, ${SRID_CGCS2000}) NOT NULL,
      footprint geometry(Geometry, ${SRID_CGCS2000}),
      box_xmin float8,
      box_ymin float8,
      box_xmax float8,
      box_ymax float8,
      id_rank int NOT NULL,
      -- The ids of the rules' selections this feature is in (ruleSelections.ts).
      sels int[] NOT NULL,
      -- Computed while COPY writes the row (an UPDATE afterwards rewrote the whole table): every share divides by it.
      footprint_m2 float8 GENERATED ALWAYS AS (COALESCE(ST_Area(footprint::geography), 0)) STORED
    )`,
  );
  return table;
}

/** GiST indexes on the footprint and on the candidate shape, a B-tree on the box corner tiles cut by, then ANALYZE. */
export async function indexFeaturesTable(client: pg.ClientBase, table: string): Promise<void> {
  const index = client.escapeIdentifier(`${FEATURES_TABLE}_footprint_gist`);
  const shapeIndex = client.escapeIdentifier(`${FEATURES_TABLE}_shape_gist`);
  const cornerIndex = client.escapeIdentifier(`${FEATURES_TABLE}_corner`);
  // A tile takes the rows whose box's lower-left corner it holds (tileSql): without this every tile query read the
  // whole table.
  await client.query(`CREATE INDEX ${cornerIndex} ON ${table} (box_xmin, box_ymin)`);
  await client.query(`CREATE INDEX ${index} ON ${table} USING gist (footprint)`);
  // The engine's candidate boxes are the footprint's, else (a line without KD) the geometry's: `shapeSql`.
  await client.query(`CREATE INDEX ${shapeIndex} ON ${table} USING gist ((COALESCE(footprint, geom)))`);
  await client.query(`ANALYZE ${table}`);
}

/**
 * Creates the schema when missing and (re)creates the features table in it, loads the features (with the ids of the
 * selections each is in, `selsBySlot`; none when absent), indexes and analyses them. Returns the escaped table name the relation queries read.
 */
export async function loadFeatures(
  client: pg.Client,
  schema: string,
  features: readonly PreparedFeature[],
  selsBySlot: readonly (readonly number[])[] = [],
): Promise<string> {
  const table = await createFeaturesTable(client, schema);
  await copyRows(client, `COPY ${table} (${FEATURE_COLUMNS}) FROM STDIN`, rowsOf(features, selsBySlot));
  await indexFeaturesTable(client, table);
  return table;
}

/** The shape whose box the engine searches candidates by (GiST-indexed), of the features row aliased `alias`. */
export function shapeSql(alias: string): string {
  return `COALESCE(${alias}.footprint, ${alias}.geom)`;
}

/**
 * Exact (float8) box-meet test of two features rows, as the engine's boxesMeet. Written as differences (`x - y <= 0`
 * is `x <= y` for finite doubles: the difference of two different doubles is never rounded to 0) so the planner cannot
 * make `b.box_xmin <= a.box_xmax` a range scan of the corner index beside the GiST probe: it did, reading a range of
 * the corner index per candidate (21,718 entries per probe at 100k parcels) to find a handful of pairs.
 */
export function boxesMeetSql(a: string, b: string): string {
  const le = (x: string, y: string) => `${x} - ${y} <= 0`;
  return [
    le(`${a}.box_xmin`, `${b}.box_xmax`),
    le(`${b}.box_xmin`, `${a}.box_xmax`),
    le(`${a}.box_ymin`, `${b}.box_ymax`),
    le(`${b}.box_ymin`, `${a}.box_ymax`),
  ].join(' AND ');
}

/**
 * SQL for a record's townAt point (engine townPointOf): a point region's own point, else the region's point on
 * surface; without a region the subject's footprint's (a line's corridor), else its geometry's. `region` is an SQL
 * geometry expression (may be NULL), `subject` the alias of the subject's features row. Select it through
 * `townAtColumns` and read it back with `townAtOfRow`.
 */
export function townAtSql(region: string, subject: string): string {
  const where = `COALESCE(${region}, ${subject}.footprint, ${subject}.geom)`;
  return `(CASE WHEN GeometryType(${where}) = 'POINT' THEN ${where} ELSE ST_PointOnSurface(${where}) END)`;
}

/** `town_x, town_y` columns of townAtSql, or NULLs when the plans have no town layer (no point is computed). */
export function townAtColumns(region: string, subject: string, hasTownLayer: boolean): string {
  if (!hasTownLayer) return 'NULL::float8 AS town_x, NULL::float8 AS town_y';
  const p = townAtSql(region, subject);
  return `ST_X(${p}) AS town_x, ST_Y(${p}) AS town_y`;
}

export function townAtOfRow(row: { town_x: number | null; town_y: number | null }): [number, number] | null {
  return row.town_x === null || row.town_y === null ? null : [Number(row.town_x), Number(row.town_y)];
}
