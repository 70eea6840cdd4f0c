import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanFeature, Properties } from '../../../../engine/model/types.ts';
import { rowOrder, queryFields, type RowQuery } from '../../../../renderer/components/table/rowOrder.ts';
import { tableColumn, tableColumnInSlices } from '../../../../renderer/components/table/tableColumn.ts';

const feature = (n: number, properties: Properties): PlanFeature => ({
  type: 'Feature',
  id: `f${n}` as FeatureId,
  layer: 'GHYDYH',
  geometry: { type: 'Point', coordinates: [112, 35] },
  properties,
});

/** The table's query as it was written before the worker (row objects, a comparator sort): the reference. */
function reference(rows: readonly PlanFeature[], query: RowQuery): string[] {
  const comparison = /^\s*(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?)\s*$/;
  const matches = (row: PlanFeature, field: string, text: string) => {
    const wanted = text.trim();
    if (wanted === '') return true;
    const v = row.properties[field];
    const cmp = comparison.exec(wanted);
    if (cmp) {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) return false;
      const limit = Number(cmp[2]);
      return cmp[1] === '>'
        ? n > limit
        : cmp[1] === '<'
          ? n < limit
          : cmp[1] === '>='
            ? n >= limit
            : cmp[1] === '<='
              ? n <= limit
              : n === limit;
    }
    return v !== null && v !== undefined && String(v).toLowerCase().includes(wanted.toLowerCase());
  };
  const kept = rows.map((r, i) => ({ r, i })).filter(({ r }) => query.filters.every((f) => matches(r, f.field, f.text)));
  if (query.sort) {
    const { field, direction } = query.sort;
    const sign = direction === 'asc' ? 1 : -1;
    const empty = (v: unknown) => v === null || v === undefined || v === '';
    const allNumeric = kept.every(({ r }) => empty(r.properties[field]) || typeof r.properties[field] === 'number');
    kept.sort((a, b) => {
      const va = a.r.properties[field];
      const vb = b.r.properties[field];
      if (empty(va) || empty(vb)) return empty(va) && empty(vb) ? a.i - b.i : empty(va) ? 1 : -1;
      const c = allNumeric ? (va as number) - (vb as number) : String(va) < String(vb) ? -1 : String(va) > String(vb) ? 1 : 0;
      return c !== 0 ? c * sign : a.i - b.i;
    });
  }
  return kept.map(({ r }) => r.id);
}

/** A small deterministic generator (no Math.random: a failure must be reproducible). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function randomRows(seed: number, n: number): PlanFeature[] {
  const r = lcg(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) =>
    feature(i, {
      BSM: `B${Math.floor(r() * 50)}`,
      MJ: pick([null, 0, 7, 12.5, 100, -3, 9000, 7]),
      MIX: pick([null, '', 5, 40, '5', 'abc', 'ABD', ' ', '12']),
      MC: pick([undefined, '克井镇', '五龙口镇', '克井', 'Zhen', 'zhen']),
    }),
  );
}

const queries: RowQuery[] = [
  { filters: [], sort: { field: 'MJ', direction: 'asc' } },
  { filters: [], sort: { field: 'MJ', direction: 'desc' } },
  { filters: [], sort: { field: 'BSM', direction: 'asc' } },
  { filters: [], sort: { field: 'MIX', direction: 'desc' } },
  { filters: [{ field: 'MC', text: '克井' }], sort: { field: 'MC', direction: 'desc' } },
  { filters: [{ field: 'MJ', text: '>=7' }], sort: null },
  { filters: [{ field: 'MIX', text: '<= 12' }], sort: { field: 'BSM', direction: 'desc' } },
  {
    filters: [
      { field: 'MC', text: 'ZHEN' },
      { field: 'MJ', text: '=7' },
    ],
    sort: { field: 'MIX', direction: 'asc' },
  },
  { filters: [{ field: 'MIX', text: 'ab' }], sort: null },
  { filters: [{ field: 'BSM', text: '  ' }], sort: null },
];

describe('rowOrder over compact columns', () => {
  it('gives the same rows in the same order as the row-object query, on random tables', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rows = randomRows(seed, 1 + ((seed * 37) % 400));
      for (const query of queries) {
        const columns = new Map(queryFields(query).map((f) => [f, tableColumn(rows, f)]));
        const order = rowOrder(rows.length, columns, query);
        const got = order === null ? rows.map((r) => r.id) : Array.from(order, (i) => rows[i]!.id);
        expect(got, `seed ${seed}, ${JSON.stringify(query)}`).toEqual(reference(rows, query));
      }
    }
  });

  it('answers null when there is nothing to filter or sort', () => {
    const rows = randomRows(3, 10);
    expect(rowOrder(rows.length, new Map(), { filters: [{ field: 'MJ', text: ' ' }], sort: null })).toBeNull();
  });

  it('builds the same column in slices as in one go, and stops when aborted', async () => {
    const rows = randomRows(7, 1000);
    const whole = tableColumn(rows, 'MIX');
    let turns = 0;
    const sliced = await tableColumnInSlices(rows, 'MIX', async () => void turns++, undefined, 64);
    expect(turns).toBe(15);
    expect(sliced).toEqual(whole);
    const abort = new AbortController();
    const run = tableColumnInSlices(rows, 'MIX', async () => abort.abort(new Error('stop')), abort.signal, 64);
    await expect(run).rejects.toThrow('stop');
  });
});
