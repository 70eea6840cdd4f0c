// The `useMismatch` relation in SQL (engine evaluateUseMismatchPair.ts): overlapping features of two plans whose
// classification codes are both non-empty strings and neither a prefix of the other, from minAreaM2; the severity
// (first-level classes differ or not) and the detail are decided here from the codes read back, as the engine does.
import { say } from '../../../../engine/i18n/index.ts';
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

type UseMismatch = Extract<Rule['relation'], { type: 'useMismatch' }>;

/** The pair's two classification codes besides the overlap. */
interface Row extends OverlapPairRow {
  a: string;
  b: string;
}

export async function useMismatchRecords(q: RelationQuery): Promise<RelationRecord[]> {
  const rel = q.rule.relation as UseMismatch;
  const p = FIRST_RULE_PARAM;
  const a = `(s.props ->> $${p}::text)`;
  const b = `(o.props ->> $${p + 1}::text)`;
  const sql = `${tileSubjectsCte(q.features)}
    SELECT ${PARTY_COLUMNS}, ${a} AS a, ${b} AS b, ST_AsBinary(ov.ov_region) AS region, ov.ov_m2 AS area_m2,
      s.footprint_m2 AS s_m2, o.footprint_m2 AS o_m2, (s.geometry_class = 'point' OR o.geometry_class = 'point') AS is_point,
      ${overlapsFlagSql('s', 'o', 'ov')} AS overlaps, ${townAtColumns('ov.ov_region', 's', q.hasTownLayer)}
    FROM ${TILE_SUBJECTS} s JOIN ${q.features} o ON ST_Intersects(s.footprint, o.footprint)
    ${overlapLateralSql('s', 'o', 'ov')}
    WHERE ${pairWhereSql()} AND s.plan_id <> o.plan_id
      AND jsonb_typeof(s.props -> $${p}::text) = 'string' AND jsonb_typeof(o.props -> $${p + 1}::text) = 'string'
      AND ${a} <> '' AND ${b} <> '' AND NOT starts_with(${a}, ${b}) AND NOT starts_with(${b}, ${a})
      AND ov.ov_region IS NOT NULL AND ov.ov_m2 >= $${p + 2}::float8`;
  const rows = await pairRows<Row>(q, sql, [rel.field, rel.objectField ?? rel.field, rel.minAreaM2]);
  const withOverlaps = ruleTestsOverlaps(q.rule);
  return rows.map((row) => {
    const { areaM2, shares } = overlapSharesOf(row);
    const record: RelationRecord = {
      ruleId: q.rule.id,
      ...partiesOf(row),
      region: regionOf(row.region, row.is_point ? 0 : 2),
      measure: { areaM2 },
      shares,
      severity: row.a.slice(0, 2) !== row.b.slice(0, 2) ? rel.firstLevelSeverity : rel.finerSeverity,
      detail: say('rules.evaluateUseMismatchPair.codes', { a: row.a, b: row.b }),
      townAt: townAtOfRow(row),
    };
    if (withOverlaps) record.overlaps = row.overlaps;
    return record;
  });
}
