// Node shell (PostGIS). The `sliver` relation in SQL, giving the embedded engine's records (evaluateSliver.ts): a
// polygon whose ellipsoidal area (ST_Area(geography)) is below minAreaM2 or whose mean width 2A/P (P the geodesic
// perimeter, ST_Perimeter(geography), holes included) is at most minMeanWidthM; tile by tile over the clients.
import { say } from '../../../../engine/i18n/index.ts';
import type { LayerCode } from '../../../../engine/model/index.ts';
import { ruleTestsOverlaps, type RelationRecord } from '../../../../engine/rules/index.ts';
import type { RecordsOfRelation } from '../relationQuery.ts';
import { townAtColumns, townAtOfRow } from '../featuresTable.ts';
import { regionOf, tileRowsOrFailed } from '../pairSql.ts';
import { eachTile, tileGrid, tileParams, tileSql } from '../tiles.ts';

interface SliverRow {
  plan_id: string;
  feature_id: string;
  layer: LayerCode;
  region: Buffer;
  area_m2: number;
  perimeter_m: number;
  town_x: number | null;
  town_y: number | null;
}

export const sliverRecords: RecordsOfRelation = async (q) => {
  const rel = q.rule.relation;
  if (rel.type !== 'sliver') throw new Error(`sliverRecords: rule ${q.rule.id} is ${rel.type}`);
  // The width test in SQL mirrors the engine's (mean width 0 without a perimeter); JS re-derives it from the same two numbers.
  const sql = `
    SELECT plan_id, feature_id, layer, ST_AsBinary(footprint) AS region, area_m2, perimeter_m,
           ${townAtColumns('f.footprint', 'f', q.hasTownLayer)}
      FROM (SELECT s.plan_id, s.feature_id, s.layer, s.footprint, s.geom, s.footprint_m2 AS area_m2,
                   ST_Perimeter(s.footprint::geography) AS perimeter_m
              FROM ${q.features} s
             WHERE $1::int = ANY(s.sels) AND s.geometry_class = 'polygon' AND s.footprint IS NOT NULL AND ${tileSql('s', 4)}) f
     WHERE area_m2 < $2 OR (CASE WHEN perimeter_m > 0 THEN 2 * area_m2 / perimeter_m ELSE 0 END) <= $3`;
  const tiles = await tileGrid(q.clients[0]!, q.features, q.subjectSel, q.subjectSlots.length, q.clients.length);
  // Each polygon is measured alone: a tile GEOS fails on is told to the executor (onFailedTile), its subjects go to the engine.
  const rows = await eachTile(q.clients, tiles, (client, tile) =>
    tileRowsOrFailed(
      q,
      tile,
      async () => (await client.query<SliverRow>(sql, [q.subjectSel, rel.minAreaM2, rel.minMeanWidthM, ...tileParams(tile)])).rows,
    ),
  );
  const withOverlaps = ruleTestsOverlaps(q.rule);
  const out: RelationRecord[] = [];
  for (const row of rows) {
    const areaM2 = Number(row.area_m2);
    const perimeterM = Number(row.perimeter_m);
    const meanWidthM = perimeterM > 0 ? (2 * areaM2) / perimeterM : 0;
    if (!(areaM2 < rel.minAreaM2 || meanWidthM <= rel.minMeanWidthM)) continue;
    out.push({
      ruleId: q.rule.id,
      subject: { planId: row.plan_id, featureId: row.feature_id, layer: row.layer },
      object: null,
      region: regionOf(row.region, 2),
      measure: { areaM2, meanWidthM },
      shares: { subject: 1 },
      townAt: townAtOfRow(row),
      ...(withOverlaps ? { overlaps: false } : {}),
      detail: say('rules.evaluateSliver.mean-width', { width: meanWidthM.toFixed(2) }),
    });
  }
  return out;
};
