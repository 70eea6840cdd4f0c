// The pair queries' shared frame: the candidate conditions no longer hold the subject selection or the tile (the
// tile's subjects CTE does), so a query that does not start from that CTE would see every pair in every tile; pairRows
// refuses it before any statement is sent.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { pairRows, pairWhereSql, tileSubjectsCte, TILE_SUBJECTS } from '../../../../main/node/postgis/pairSql.ts';
import type { RelationQuery } from '../../../../main/node/postgis/relationQuery.ts';

function queryCounting(): { q: RelationQuery; sent: string[] } {
  const sent: string[] = [];
  const client = {
    query: async (sql: string) => {
      sent.push(sql);
      return { rows: [{ x0: 0, y0: 0, x1: 1, y1: 1 }] };
    },
  } as unknown as pg.ClientBase;
  const q: RelationQuery = {
    clients: [client],
    features: 'f',
    rule: { id: 'R08' } as RelationQuery['rule'],
    subjectSlots: [0],
    objectSlots: [1],
    subjectSel: 1,
    objectSel: 2,
    hasTownLayer: false,
  };
  return { q, sent };
}

describe('pairRows', () => {
  it('refuses a pair query that does not start from the tile subjects, sending nothing', async () => {
    const { q, sent } = queryCounting();
    await expect(pairRows(q, `SELECT 1 FROM f s JOIN f o ON true WHERE ${pairWhereSql()}`)).rejects.toThrow(TILE_SUBJECTS);
    expect(sent).toEqual([]);
  });

  it('runs a query built on tileSubjectsCte once per tile', async () => {
    const { q, sent } = queryCounting();
    await pairRows(q, `${tileSubjectsCte('f')} SELECT 1 FROM ${TILE_SUBJECTS} s JOIN f o ON true WHERE ${pairWhereSql()}`);
    const tileQueries = sent.filter((sql) => sql.includes(TILE_SUBJECTS));
    expect(tileQueries.length).toBeGreaterThan(0);
    expect(tileQueries[0]).toMatch(/AS MATERIALIZED/);
  });
});
