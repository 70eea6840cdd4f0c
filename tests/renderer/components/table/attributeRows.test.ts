import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import type { FeatureId, PlanFeature, Properties } from '../../../../engine/model/types.ts';
import {
  attributeColumns,
  cellText,
  columnTitle,
  layerRows,
  queryRows,
  rowMatches,
} from '../../../../renderer/components/table/attributeRows.ts';
import { attributeCsv } from '../../../../renderer/components/table/attributeCsv.ts';

const feature = (n: number, properties: Properties, layer: PlanFeature['layer'] = 'GHYDYH'): PlanFeature => ({
  type: 'Feature',
  id: `f${n}` as FeatureId,
  layer,
  geometry: { type: 'Point', coordinates: [112 + n / 1000, 35] },
  properties,
});

describe('attribute table rows', () => {
  const rows = [
    feature(1, { BSM: 'B3', MJ: 12.5, XZQMC: '克井镇' }),
    feature(2, { BSM: 'B1', MJ: null, XZQMC: '五龙口镇' }),
    feature(3, { BSM: 'B2', MJ: 100, XZQMC: '克井镇', ZDY: '=HYPERLINK("x")' }),
    feature(4, { BSM: 'B4', MJ: 7 }),
  ];

  it('groups a plan by layer in document order and keeps the same array while the map is unchanged', () => {
    const map = new Map(rows.concat([feature(5, { BSM: 'Z' }, 'XZQ')]).map((f) => [f.id as string, f]));
    const land = layerRows(map, 'GHYDYH');
    expect(land.map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(layerRows(map, 'GHYDYH')).toBe(land);
    expect(layerRows(map, 'XZQ').map((f) => f.id)).toEqual(['f5']);
    expect(layerRows(map, 'JTXL')).toEqual([]);
  });

  it('lists schema fields first with their titles, then other attributes the rows carry', () => {
    const columns = attributeColumns('GHYDYH', rows);
    expect(columns[0]).toMatchObject({ key: 'BSM', title: '标识码', titleEn: 'Identifier', numeric: false });
    expect(columns.find((c) => c.key === 'MJ')).toMatchObject({ numeric: true, unit: 'm²' });
    expect(columns.at(-1)).toEqual({ key: 'ZDY', title: 'ZDY', titleEn: 'ZDY', numeric: false });
  });

  it('titles a measure with its unit and shows its cells with two decimals, other numbers as given', () => {
    const columns = attributeColumns('GHYDYH', rows);
    const mj = columns.find((c) => c.key === 'MJ')!;
    expect(columnTitle(mj, 'zh')).toBe('面积（m²）');
    expect(columnTitle(mj, 'en')).toBe('Area (m²)');
    expect(columnTitle(columns[0]!, 'zh')).toBe('标识码');
    expect(rows.map((r) => cellText(r, mj))).toEqual(['12.50', '', '100.00', '7.00']);
    expect(cellText({ ...rows[0]!, properties: { ZDY: 12.5 } }, { key: 'ZDY' })).toBe('12.5');
  });

  it('sorts numbers numerically and text by code point, empty cells last in both directions, stable', () => {
    const byMj = queryRows(rows, { filters: [], sort: { field: 'MJ', direction: 'asc' } });
    expect(byMj.map((f) => f.id)).toEqual(['f4', 'f1', 'f3', 'f2']);
    expect(queryRows(rows, { filters: [], sort: { field: 'MJ', direction: 'desc' } }).map((f) => f.id)).toEqual(['f3', 'f1', 'f4', 'f2']);
    expect(queryRows(rows, { filters: [], sort: { field: 'XZQMC', direction: 'asc' } }).map((f) => f.id)).toEqual(['f2', 'f1', 'f3', 'f4']);
    expect(queryRows(rows, { filters: [], sort: null })).toBe(rows);
  });

  it('filters by text (contains, any case) and by comparisons on numbers, all filters at once', () => {
    expect(queryRows(rows, { filters: [{ field: 'XZQMC', text: '克井' }], sort: null }).map((f) => f.id)).toEqual(['f1', 'f3']);
    expect(queryRows(rows, { filters: [{ field: 'MJ', text: '>10' }], sort: null }).map((f) => f.id)).toEqual(['f1', 'f3']);
    expect(
      queryRows(rows, {
        filters: [
          { field: 'MJ', text: '>10' },
          { field: 'BSM', text: 'b2' },
        ],
        sort: null,
      }).map((f) => f.id),
    ).toEqual(['f3']);
    expect(rowMatches(rows[1]!, 'MJ', '<=100')).toBe(false);
    expect(rowMatches(rows[3]!, 'MJ', '= 7')).toBe(true);
    expect(rowMatches(rows[3]!, 'MJ', '  ')).toBe(true);
  });

  it('exports the visible rows as CSV with a BOM and neutralises cells a spreadsheet would run as formulas', () => {
    const columns = attributeColumns('GHYDYH', rows).filter((c) => ['BSM', 'MJ', 'ZDY'].includes(c.key));
    const bytes = attributeCsv(columns, queryRows(rows, { filters: [{ field: 'MJ', text: '>10' }], sort: null }), 'zh');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = strFromU8(bytes).split('\r\n');
    expect(lines[0]).toMatch(/^BSM 标识码,MJ \S+,ZDY$/);
    expect(lines.slice(1)).toEqual(['B3,12.5,', `B2,100,"'=HYPERLINK(""x"")"`, '']);
  });

  it('heads the CSV with the field code and its English title in English, with no Chinese', () => {
    const columns = attributeColumns('GHYDYH', rows).filter((c) => ['BSM', 'MJ', 'ZDY'].includes(c.key));
    const header = strFromU8(attributeCsv(columns, [], 'en')).split('\r\n')[0]!;
    expect(header).toMatch(/^BSM Identifier,MJ [A-Za-z][^,]*,ZDY$/);
    expect(header).not.toMatch(/[\u3400-\u9fff]/);
  });
});
