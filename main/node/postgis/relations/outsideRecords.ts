// Node shell (PostGIS). The `outside` relation in SQL, giving the embedded engine's records (evaluateOutside.ts): the
// object footprints are dissolved once (ST_Union in slot order, as the engine's unaryUnion), then each subject's part
// outside that union (ST_Difference; skipped when ST_Covers) is reported from minAreaM2, tile by tile over the clients.
import type { LayerCode } from '../../../../engine/model/index.ts';
import { ruleTestsOverlaps, type RelationRecord } from '../../../../engine/rules/index.ts';
import type { RecordsOfRelation, RelationQuery } from '../relationQuery.ts';
import { townAtColumns, townAtOfRow } from '../featuresTable.ts';
import { regionOf, tileRowsOrFailed } from '../pairSql.ts';
import { eachTile, tileGrid, tileParams, tileSql } from '../tiles.ts';

interface OutsideRow {
  plan_id: string;
  feature_id: string;
  layer: LayerCode;
  region: Buffer;
  area_m2: number;
  total_m2: number;
  town_x: number | null;
  town_y: number | null;
}

/** The dissolved polygonal union of the footprints in selection `sel` (points left out), as WKB; null when there is none. */
export async function unionWkb(q: RelationQuery, sel: number): Promise<Buffer | null> {
  const { rows } = await q.clients[0]!.query<{ u: Buffer | null }>(
    `SELECT CASE WHEN NOT ST_IsEmpty(u) THEN ST_AsBinary(u) END AS u
       FROM (SELECT ST_CollectionExtract(ST_Union(footprint ORDER BY slot), 3) AS u
               FROM ${q.features} WHERE $1::int = ANY(sels) AND footprint IS NOT NULL AND geometry_class <> 'point') d`,
    [sel],
  );
  return rows[0]?.u ?? null;
}

export const outsideRecords: RecordsOfRelation = async (q) => {
  const rel = q.rule.relation;
  if (rel.type !== 'outside') throw new Error(`outsideRecords: rule ${q.rule.id} is ${rel.type}`);
  const union = await unionWkb(q, q.objectSel);
  const sql = `
    WITH u AS MATERIALIZED (SELECT ST_GeomFromWKB($2::bytea, 4490) AS g)
    SELECT plan_id, feature_id, layer, ST_AsBinary(region) AS region, ST_Area(region::geography) AS area_m2,
           footprint_m2 AS total_m2,
           ${townAtColumns('d.region', 'd', q.hasTownLayer)}
      FROM (SELECT s.plan_id, s.feature_id, s.layer, s.footprint, s.geom, s.footprint_m2,
                   CASE WHEN u.g IS NULL THEN s.footprint
                        WHEN ST_Covers(u.g, s.footprint) THEN NULL
                        ELSE ST_CollectionExtract(ST_Difference(s.footprint, u.g), 3) END AS region
              FROM ${q.features} s CROSS JOIN u
             WHERE $1::int = ANY(s.sels) AND s.footprint IS NOT NULL AND s.geometry_class <> 'point' AND ${tileSql('s', 3)}) d
     WHERE region IS NOT NULL AND NOT ST_IsEmpty(region)`;
  const tiles = await tileGrid(q.clients[0]!, q.features, q.subjectSel, q.subjectSlots.length, q.clients.length);
  // Each subject is measured against the one union, so a tile whose difference GEOS cannot compute is told to the
  // executor (onFailedTile) and its subjects go to the engine; a union GEOS cannot compute fails the whole rule.
  const rows = await eachTile(q.clients, tiles, (client, tile) =>
    tileRowsOrFailed(q, tile, async () => (await client.query<OutsideRow>(sql, [q.subjectSel, union, ...tileParams(tile)])).rows),
  );
  const withOverlaps = ruleTestsOverlaps(q.rule);
  const out: RelationRecord[] = [];
  for (const row of rows) {
    const areaM2 = Number(row.area_m2);
    const totalM2 = Number(row.total_m2);
    if (areaM2 < rel.minAreaM2) continue;
    out.push({
      ruleId: q.rule.id,
      subject: { planId: row.plan_id, featureId: row.feature_id, layer: row.layer },
      object: null,
      region: regionOf(row.region, 2),
      measure: { areaM2 },
      shares: { subject: totalM2 > 0 ? areaM2 / totalM2 : 0 },
      townAt: townAtOfRow(row),
      // Without an object the footprints never overlap (recordOf's footprintsOverlap).
      ...(withOverlaps ? { overlaps: false } : {}),
    });
  }
  return out;
};
