// Pure. The attribute table's model: a layer's rows (features in document order, cached per feature map), its
// columns (schema fields first, then other attributes present), and the one-go query (rowOrder over compact
// columns; no localeCompare: code-unit order is stable and language-free).
import { DERIVED_MEASURE_DECIMALS, derivedMeasureUnit, fieldsOfLayer } from '../../../engine/model/index.ts';
import type { LayerCode, PlanFeature } from '../../../engine/model/index.ts';
import { compileFilter, queryFields, rowOrder, type RowQuery, type SortDirection } from './rowOrder.ts';
import { tableColumn } from './tableColumn.ts';

export interface AttributeColumn {
  key: string;
  /** The schema's Chinese title, or the key for an attribute the schema does not define. */
  title: string;
  /** English field title (the schema's x-titleEn; the key for extra columns). */
  titleEn: string;
  numeric: boolean;
  /** The unit of a measure the geometry gives (MJ m², CD m): shown in the title, its cells with fixed decimals. */
  unit?: string;
}

export type { RowQuery, SortDirection };

export { layerRows } from '../../store/layerRows.ts';

/** Schema fields of the layer in schema order, then any other attribute the rows carry (sorted by key). */
export function attributeColumns(layer: LayerCode, rows: readonly PlanFeature[]): AttributeColumn[] {
  const columns: AttributeColumn[] = fieldsOfLayer(layer).map((f) => {
    const unit = derivedMeasureUnit(f.key);
    return {
      key: f.key,
      title: f.title,
      titleEn: f.titleEn ?? f.title,
      numeric: f.type === 'number' || f.type === 'integer',
      ...(unit ? { unit } : {}),
    };
  });
  const known = new Set(columns.map((c) => c.key));
  const extra = new Map<string, boolean>();
  // Extra keys are found from every row: a department's file may add a column on a few features only.
  for (const row of rows) {
    for (const key in row.properties) {
      if (known.has(key)) continue;
      const v = row.properties[key];
      const numeric = extra.get(key);
      if (numeric === undefined) extra.set(key, typeof v === 'number' || v === null || v === undefined);
      else if (numeric && typeof v !== 'number' && v !== null && v !== undefined) extra.set(key, false);
    }
  }
  for (const key of [...extra.keys()].sort()) columns.push({ key, title: key, titleEn: key, numeric: extra.get(key)! });
  return columns;
}

/** A column's title in the UI's language, with its unit: 面积（m²）, Area (m²). */
export function columnTitle(column: AttributeColumn, language: 'zh' | 'en'): string {
  const title = language === 'zh' ? column.title : column.titleEn;
  if (!column.unit) return title;
  return language === 'zh' ? `${title}（${column.unit}）` : `${title} (${column.unit})`;
}

/** The text a cell shows: numbers as given (a measure with its fixed decimals, so they line up), null/absent as empty. */
export function cellText(row: PlanFeature, column: Pick<AttributeColumn, 'key' | 'unit'>): string {
  const v = row.properties[column.key];
  if (v === null || v === undefined) return '';
  return column.unit && typeof v === 'number' ? v.toFixed(DERIVED_MEASURE_DECIMALS) : String(v);
}

/** Whether a row passes one field filter (the table's own rule, compileFilter): `>100` compares numbers, other text is contained. */
export function rowMatches(row: PlanFeature, field: string, text: string): boolean {
  const test = compileFilter(tableColumn([row], field), text);
  return test === null || test(0);
}

/**
 * The rows the table shows: filtered, then sorted (stable: equal keys keep document order; empty cells last in
 * both directions). Returns the input array when there is nothing to do. The editor runs the same rowOrder in the
 * table worker; this is the one-go form.
 */
export function queryRows(rows: readonly PlanFeature[], query: RowQuery): readonly PlanFeature[] {
  const columns = new Map(queryFields(query).map((field) => [field, tableColumn(rows, field)]));
  const order = rowOrder(rows.length, columns, query);
  return order === null ? rows : Array.from(order, (i) => rows[i]!);
}
