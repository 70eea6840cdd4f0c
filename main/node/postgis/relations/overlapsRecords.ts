// The `overlaps` relation in SQL (engine evaluateOverlapsPair.ts): for each candidate pair whose footprints meet,
// the overlap (overlapSql.ts) reported when its area reaches minAreaM2 and/or its share reaches minRatio; a point
// overlap always. Shares of the footprints' areas; `overlaps` flag when the rule's conditions test it.
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
} from '../pairSql.ts';
import type { RelationQuery } from '../relationQuery.ts';
import { overlapSharesOf, type OverlapPairRow } from './overlapPairRow.ts';

type Overlaps = Extract<Rule['relation'], { type: 'overlaps' }>;

export async function overlapsRecords(q: RelationQuery): Promise<RelationRecord[]> {
  const rel = q.rule.relation as Overlaps;
  const p = FIRST_RULE_PARAM;
  const sql = `${tileSubjectsCte(q.features)}
    SELECT ${PARTY_COLUMNS}, ST_AsBinary(ov.ov_region) AS region, ov.ov_m2 AS area_m2, s.footprint_m2 AS s_m2, o.footprint_m2 AS o_m2,
      (s.geometry_class = 'point' OR o.geometry_class = 'point') AS is_point, ${overlapsFlagSql('s', 'o', 'ov')} AS overlaps,
      ${townAtColumns('ov.ov_region', 's', q.hasTownLayer)}
    FROM ${TILE_SUBJECTS} s JOIN ${q.features} o ON ST_Intersects(s.footprint, o.footprint)
    ${overlapLateralSql('s', 'o', 'ov')}
    WHERE ${pairWhereSql()} AND ov.ov_region IS NOT NULL
      AND ((s.geometry_class = 'point' OR o.geometry_class = 'point') OR $${p}::float8 IS NULL OR ov.ov_m2 >= $${p}::float8)`;
  const rows = await pairRows<OverlapPairRow>(q, sql, [rel.minAreaM2 ?? null]);
  const withOverlaps = ruleTestsOverlaps(q.rule);
  const out: RelationRecord[] = [];
  for (const row of rows) {
    const { areaM2, shares } = overlapSharesOf(row);
    if (!row.is_point && rel.minRatio !== undefined) {
      const side = rel.ratioOf ?? 'either';
      const ratio = side === 'subject' ? shares.subject : side === 'object' ? shares.object : Math.max(shares.subject, shares.object);
      if (ratio < rel.minRatio) continue;
    }
    const record: RelationRecord = {
      ruleId: q.rule.id,
      ...partiesOf(row),
      region: regionOf(row.region, row.is_point ? 0 : 2),
      measure: { areaM2 },
      shares,
      townAt: townAtOfRow(row),
    };
    if (withOverlaps) record.overlaps = row.overlaps;
    out.push(record);
  }
  return out;
}
