// Pure. rowOrder(count, columns, query) → the rows the attribute table shows, as row indices (a Uint32Array, or null
// for "all rows in document order"): field filters, then a stable sort with empty cells last in both directions.
// It reads only compact columns (tableColumn.ts), so it runs in the table worker at 300k rows without the features.
import type { TableColumn } from './tableColumn.ts';

export type SortDirection = 'asc' | 'desc';

export interface RowQuery {
  /** Field filters: every one must match (see compileFilter). */
  filters: readonly { field: string; text: string }[];
  sort: { field: string; direction: SortDirection } | null;
}

const COMPARISON = /^\s*(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * One field filter as a row test: `>100`, `<=5`, `=3` compare numbers; any other text matches cells that contain it
 * (case-insensitive); null for an empty filter (matches everything).
 */
export function compileFilter(column: TableColumn, text: string): ((row: number) => boolean) | null {
  const wanted = text.trim();
  if (wanted === '') return null;
  const cmp = COMPARISON.exec(wanted);
  if (cmp) {
    const { numbers } = column;
    const limit = Number(cmp[2]);
    switch (cmp[1]) {
      case '>':
        return (i) => numbers[i]! > limit;
      case '<':
        return (i) => numbers[i]! < limit;
      case '>=':
        return (i) => numbers[i]! >= limit;
      case '<=':
        return (i) => numbers[i]! <= limit;
      default:
        return (i) => numbers[i] === limit;
    }
  }
  // Contains is decided once per distinct text, then read per row through its code.
  const needle = wanted.toLowerCase();
  const hits = new Uint8Array(column.dictionary.length);
  for (let c = 0; c < hits.length; c++) hits[c] = column.dictionary[c]!.toLowerCase().includes(needle) ? 1 : 0;
  const { codes } = column;
  return (i) => {
    const code = codes[i]!;
    return code >= 0 && hits[code] === 1;
  };
}

/** Ranks of the dictionary's texts in code-unit order (ties impossible: the texts are distinct). */
function textRanks(dictionary: readonly string[]): Uint32Array {
  const byText = Array.from(dictionary.keys()).sort((a, b) => (dictionary[a]! < dictionary[b]! ? -1 : 1));
  const ranks = new Uint32Array(dictionary.length);
  for (let r = 0; r < byText.length; r++) ranks[byText[r]!] = r;
  return ranks;
}

/** Sorts `rows` (row indices in document order) by the column; stable, empty cells last. */
function sortRows(rows: Uint32Array, column: TableColumn, direction: SortDirection): Uint32Array {
  const { codes, numbers } = column;
  let present: number[] = [];
  const empty: number[] = [];
  for (const i of rows) (codes[i]! < 0 ? empty : present).push(i);
  if (column.allNumeric) {
    const sign = direction === 'asc' ? 1 : -1;
    present.sort((a, b) => (numbers[a]! - numbers[b]!) * sign || a - b);
  } else {
    // A counting sort over the texts' ranks: linear in the rows and stable, whatever the number of distinct texts.
    const ranks = textRanks(column.dictionary);
    const d = ranks.length;
    const keyOf = direction === 'asc' ? (i: number) => ranks[codes[i]!]! : (i: number) => d - 1 - ranks[codes[i]!]!;
    const starts = new Uint32Array(d + 1);
    for (const i of present) starts[keyOf(i) + 1]!++;
    for (let k = 0; k < d; k++) starts[k + 1]! += starts[k]!;
    const out = new Array<number>(present.length);
    for (const i of present) out[starts[keyOf(i)]!++] = i;
    present = out;
  }
  const order = new Uint32Array(rows.length);
  order.set(present);
  order.set(empty, present.length);
  return order;
}

/**
 * The shown rows: filtered (every filter must match), then sorted. `columns` must hold every field the query
 * names. Returns null when there is nothing to do (all rows, document order).
 */
export function rowOrder(count: number, columns: ReadonlyMap<string, TableColumn>, query: RowQuery): Uint32Array | null {
  const tests: ((row: number) => boolean)[] = [];
  for (const f of query.filters) {
    if (f.text.trim() === '') continue;
    const column = columns.get(f.field);
    if (!column) throw new Error(`no column ${f.field} for the table's filter`);
    const test = compileFilter(column, f.text);
    if (test) tests.push(test);
  }
  if (tests.length === 0 && !query.sort) return null;
  let rows: Uint32Array;
  if (tests.length === 0) {
    rows = new Uint32Array(count);
    for (let i = 0; i < count; i++) rows[i] = i;
  } else {
    const kept: number[] = [];
    for (let i = 0; i < count; i++) if (tests.every((t) => t(i))) kept.push(i);
    rows = Uint32Array.from(kept);
  }
  if (!query.sort) return rows;
  const column = columns.get(query.sort.field);
  if (!column) throw new Error(`no column ${query.sort.field} for the table's sort`);
  return sortRows(rows, column, query.sort.direction);
}

/** The fields a query reads (filters with text, and the sort). */
export function queryFields(query: RowQuery): string[] {
  const fields = new Set(query.filters.filter((f) => f.text.trim() !== '').map((f) => f.field));
  if (query.sort) fields.add(query.sort.field);
  return [...fields].sort();
}
