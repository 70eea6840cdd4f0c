// The `withinDistance` relation in SQL (engine evaluateWithinDistancePair.ts): the zone around one side (the engine's
// buffer, loaded into the zones table) meeting the other side's footprint; the region is that footprint when the
// zone covers it (same shortcut, same region), else its part inside the zone; reported from minAreaM2 (default 1 m²)
// or, for a point, when it lies in the zone. distanceM is the engine's own (q.distanceM on the rows read back):
// ST_Distance(geography) finds the nearest points on the sphere and came out 0.03 m long on one pair at 3M parcels
// (docs/postgis-executor.md).
import { ruleTestsOverlaps, type RelationRecord, type Rule } from '../../../../engine/rules/index.ts';
import { townAtColumns, townAtOfRow } from '../featuresTable.ts';
import { overlapLateralSql, overlapsFlagSql } from '../overlapSql.ts';
import {
  FIRST_RULE_PARAM,
  pairRows,
  pairWhereSql,
  partiesOf,
  PARTY_COLUMNS,
  regionOf,
  tileSubjectsCte,
  TILE_SUBJECTS,
  type PartyRow,
} from '../pairSql.ts';
import type { RelationQuery } from '../relationQuery.ts';

type WithinDistance = Extract<Rule['relation'], { type: 'withinDistance' }>;

/** The engine's noise floor when the rule gives no minAreaM2 (evaluateWithinDistancePair NOISE_M2). */
const NOISE_M2 = 1;

interface Row extends PartyRow {
  region: Buffer | null;
  area_m2: number;
  other_m2: number;
  s_slot: number;
  o_slot: number;
  zone_m: number;
  is_point: boolean;
  overlaps: boolean | null;
  town_x: number | null;
  town_y: number | null;
}

export async function withinDistanceRecords(q: RelationQuery): Promise<RelationRecord[]> {
  const rel = q.rule.relation as WithinDistance;
  if (!q.zones) throw new Error('withinDistance needs the zones table');
  const distanceM = q.distanceM;
  if (!distanceM) throw new Error("withinDistance needs the engine's distanceM");
  const withOverlaps = ruleTestsOverlaps(q.rule);
  const p = FIRST_RULE_PARAM;
  // The zone feature is `zf`, the other `x`; s and o are the pair's subject and object rows.
  const [sAlias, oAlias] = rel.zoneAround === 'subject' ? ['zf', 'x'] : ['x', 'zf'];
  // From the tile's subjects: around the subject, its own zones (the zones' key is rule_id, slot) and the features
  // they meet by GiST; around the object, the zones meeting the subject by GiST, then their features by slot. OFFSET 0
  // keeps that zone lookup a probe per subject: flattened, the planner joined the tile's subjects to every zone feature
  // (a scan of the features table per tile) and matched the zones by hash afterwards.
  const from =
    rel.zoneAround === 'subject'
      ? `${TILE_SUBJECTS} zf JOIN ${q.zones} z ON z.rule_id = $${p}::text AND z.slot = zf.slot
    JOIN ${q.features} x ON ST_Intersects(z.zone, x.footprint)`
      : `${TILE_SUBJECTS} x CROSS JOIN LATERAL (SELECT z.slot, z.distance_m, z.zone FROM ${q.zones} z
        WHERE z.rule_id = $${p}::text AND ST_Intersects(z.zone, x.footprint) OFFSET 0) z
    JOIN ${q.features} zf ON zf.slot = z.slot`;
  const sql = `${tileSubjectsCte(q.features)}
    SELECT ${PARTY_COLUMNS}, ST_AsBinary(r.region) AS region, r.area_m2, x.footprint_m2 AS other_m2, z.distance_m AS zone_m,
      s.slot AS s_slot, o.slot AS o_slot,
      x.geometry_class = 'point' AS is_point, ${withOverlaps ? overlapsFlagSql('s', 'o', 'ov') : 'NULL'} AS overlaps,
      ${townAtColumns('r.region', 's', q.hasTownLayer)}
    FROM ${from}
    CROSS JOIN LATERAL (SELECT ${sAlias}.*) s
    CROSS JOIN LATERAL (SELECT ${oAlias}.*) o
    CROSS JOIN LATERAL (SELECT x.geometry_class <> 'point' AND ST_Covers(z.zone, x.footprint) AS covered) k
    CROSS JOIN LATERAL (SELECT CASE WHEN k.covered THEN x.footprint
      ELSE ST_CollectionExtract(ST_Intersection(x.footprint, z.zone), CASE WHEN x.geometry_class = 'point' THEN 1 ELSE 3 END) END AS g) g
    CROSS JOIN LATERAL (SELECT CASE WHEN g.g IS NULL OR ST_IsEmpty(g.g) THEN NULL ELSE g.g END AS region,
      CASE WHEN k.covered THEN x.footprint_m2 WHEN ST_IsEmpty(g.g) THEN 0 ELSE COALESCE(ST_Area(g.g::geography), 0) END AS area_m2) r
    ${withOverlaps ? overlapLateralSql('s', 'o', 'ov') : ''}
    WHERE ${pairWhereSql()}
      AND r.region IS NOT NULL AND (x.geometry_class = 'point' OR r.area_m2 >= $${p + 1}::float8)`;
  const rows = await pairRows<Row>(q, sql, [q.rule.id, rel.minAreaM2 ?? NOISE_M2]);
  return rows.map((row) => {
    const areaM2 = Number(row.area_m2);
    const otherM2 = Number(row.other_m2);
    const share = otherM2 > 0 ? areaM2 / otherM2 : 0;
    const record: RelationRecord = {
      ruleId: q.rule.id,
      ...partiesOf(row),
      region: regionOf(row.region, row.is_point ? 0 : 2),
      measure: { areaM2, distanceM: distanceM(row.s_slot, row.o_slot) },
      shares: rel.zoneAround === 'subject' ? { object: share } : { subject: share },
      zoneM: Number(row.zone_m),
      townAt: townAtOfRow(row),
    };
    if (withOverlaps) record.overlaps = row.overlaps === true;
    return record;
  });
}
