// Pure. One attribute of a table's rows as a compact column (a dictionary of the distinct texts with an Int32Array of
// codes, and the values as numbers in a Float64Array): what the table's sort and filters read, and what crosses to
// the table worker (the typed arrays are transferable, the dictionary is one string per distinct value).
import type { PlanFeature } from '../../../engine/model/index.ts';

export interface TableColumn {
  /** The distinct non-empty cell texts (String(value)), in first-seen order. */
  dictionary: string[];
  /** Per row: the index of its text in `dictionary`, or -1 when the cell is empty (null, absent or ''). */
  codes: Int32Array;
  /** Per row: the value as a number (a number as is, a non-blank string through Number()), NaN otherwise. */
  numbers: Float64Array;
  /** Whether every non-empty cell holds a number (the column sorts numerically). */
  allNumeric: boolean;
}

/** Fills rows [from, to) of a column under construction; returns the new allNumeric. */
function fill(
  rows: readonly PlanFeature[],
  field: string,
  from: number,
  to: number,
  column: TableColumn,
  index: Map<string, number>,
  allNumeric: boolean,
): boolean {
  const { dictionary, codes, numbers } = column;
  for (let i = from; i < to; i++) {
    const v = rows[i]!.properties[field];
    if (v === null || v === undefined || v === '') {
      codes[i] = -1;
      numbers[i] = NaN;
      continue;
    }
    const text = typeof v === 'string' ? v : String(v);
    let code = index.get(text);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(text);
      index.set(text, code);
    }
    codes[i] = code;
    if (typeof v === 'number') numbers[i] = v;
    else {
      allNumeric = false;
      numbers[i] = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    }
  }
  return allNumeric;
}

const emptyColumn = (n: number): TableColumn => ({
  dictionary: [],
  codes: new Int32Array(n),
  numbers: new Float64Array(n),
  allNumeric: true,
});

/** The column of `field` over `rows`, in one go (tests, small tables). */
export function tableColumn(rows: readonly PlanFeature[], field: string): TableColumn {
  const column = emptyColumn(rows.length);
  column.allNumeric = fill(rows, field, 0, rows.length, column, new Map(), true);
  return column;
}

/**
 * The same column built in slices of `sliceRows`, awaiting `yieldTurn` between them, so 300k rows never hold the
 * page for one long task. Rejects with `signal.reason` when aborted.
 */
export async function tableColumnInSlices(
  rows: readonly PlanFeature[],
  field: string,
  yieldTurn: () => Promise<void>,
  signal?: AbortSignal,
  sliceRows = 20_000,
): Promise<TableColumn> {
  const column = emptyColumn(rows.length);
  const index = new Map<string, number>();
  let allNumeric = true;
  for (let from = 0; from < rows.length; from += sliceRows) {
    if (from > 0) {
      await yieldTurn();
      if (signal?.aborted) throw signal.reason;
    }
    allNumeric = fill(rows, field, from, Math.min(rows.length, from + sliceRows), column, index, allNumeric);
  }
  column.allNumeric = allNumeric;
  return column;
}
