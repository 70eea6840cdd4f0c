// The `crosses` relation in SQL (engine evaluateCrossesPair.ts): a line and a polygon (either side) whose boxes meet
// and which intersect; the line's centreline inside the polygon's interior (the intersection minus the polygon's
// boundary, as the port's lineInside), its geodesic length from minLengthM; the region is the corridor ∩ polygon
// (area on the ellipsoid) or, without a corridor, the centreline inside. Shares: the line's by length, the polygon's by area.
import { ruleTestsOverlaps, type RelationRecord, type Rule } from '../../../../engine/rules/index.ts';
import { boxesMeetSql, shapeSql, townAtColumns, townAtOfRow } from '../featuresTable.ts';
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

type Crosses = Extract<Rule['relation'], { type: 'crosses' }>;

interface Row extends PartyRow {
  corridor: Buffer | null;
  inside: Buffer | null;
  length_m: number;
  area_m2: number;
  line_m: number;
  poly_m2: number;
  subject_is_line: boolean;
  overlaps: boolean | null;
  town_x: number | null;
  town_y: number | null;
}

export async function crossesRecords(q: RelationQuery): Promise<RelationRecord[]> {
  const rel = q.rule.relation as Crosses;
  const withOverlaps = ruleTestsOverlaps(q.rule);
  const p = FIRST_RULE_PARAM;
  const line = (c: string) => `CASE WHEN s.geometry_class = 'line' THEN s.${c} ELSE o.${c} END`;
  const poly = (c: string) => `CASE WHEN s.geometry_class = 'line' THEN o.${c} ELSE s.${c} END`;
  const sql = `${tileSubjectsCte(q.features)}
    SELECT ${PARTY_COLUMNS}, ST_AsBinary(r.corridor) AS corridor, ST_AsBinary(x.inside) AS inside, x.length_m,
      COALESCE(ST_Area(r.corridor::geography), 0) AS area_m2, ST_Length(lp.lgeom::geography) AS line_m, lp.p_m2 AS poly_m2,
      s.geometry_class = 'line' AS subject_is_line, ${withOverlaps ? overlapsFlagSql('s', 'o', 'ov') : 'NULL'} AS overlaps,
      ${townAtColumns('COALESCE(r.corridor, x.inside)', 's', q.hasTownLayer)}
    FROM ${TILE_SUBJECTS} s JOIN ${q.features} o ON ${shapeSql('o')} && ${shapeSql('s')} AND ${boxesMeetSql('s', 'o')}
    CROSS JOIN LATERAL (SELECT ${line('geom')} AS lgeom, ${line('footprint')} AS lfp, ${poly('footprint')} AS pfp, ${poly('footprint_m2')} AS p_m2) lp
    CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Difference(ST_Intersection(lp.lgeom, lp.pfp), ST_Boundary(lp.pfp)), 2) AS g) i
    CROSS JOIN LATERAL (SELECT CASE WHEN ST_IsEmpty(i.g) THEN NULL ELSE i.g END AS inside,
      COALESCE(ST_Length(i.g::geography), 0) AS length_m) x
    CROSS JOIN LATERAL (SELECT CASE WHEN lp.lfp IS NULL THEN NULL ELSE ST_CollectionExtract(ST_Intersection(lp.lfp, lp.pfp), 3) END AS g) c
    CROSS JOIN LATERAL (SELECT CASE WHEN c.g IS NULL OR ST_IsEmpty(c.g) THEN NULL ELSE c.g END AS corridor) r
    ${withOverlaps ? overlapLateralSql('s', 'o', 'ov') : ''}
    WHERE ${pairWhereSql()}
      AND ((s.geometry_class = 'line' AND o.geometry_class = 'polygon') OR (s.geometry_class = 'polygon' AND o.geometry_class = 'line'))
      AND lp.pfp IS NOT NULL AND ST_Intersects(lp.pfp, lp.lgeom)
      AND x.inside IS NOT NULL AND x.length_m >= $${p}::float8`;
  const rows = await pairRows<Row>(q, sql, [rel.minLengthM]);
  return rows.map((row) => {
    const lengthM = Number(row.length_m);
    const areaM2 = Number(row.area_m2);
    const lineM = Number(row.line_m);
    const polyM2 = Number(row.poly_m2);
    const lineShare = lineM > 0 ? lengthM / lineM : 0;
    const polyShare = polyM2 > 0 ? areaM2 / polyM2 : 0;
    const record: RelationRecord = {
      ruleId: q.rule.id,
      ...partiesOf(row),
      region: regionOf(row.corridor, 2) ?? regionOf(row.inside, 1),
      measure: { lengthM, areaM2 },
      shares: row.subject_is_line ? { subject: lineShare, object: polyShare } : { subject: polyShare, object: lineShare },
      townAt: townAtOfRow(row),
    };
    if (withOverlaps) record.overlaps = row.overlaps === true;
    return record;
  });
}
