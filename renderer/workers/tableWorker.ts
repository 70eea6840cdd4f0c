// Web Worker: the attribute table's filter and sort (rowOrder) over compact columns the page sends once per table
// (typed arrays transferred, not copied), so sorting or filtering 300k rows never holds the page. It keeps the
// columns of one table at a time; the order goes back as a transferred Uint32Array of row indices.
import * as Comlink from 'comlink';
import { rowOrder, type RowQuery } from '../components/table/rowOrder.ts';
import type { TableColumn } from '../components/table/tableColumn.ts';

let tableKey = '';
const columns = new Map<string, TableColumn>();

const api = {
  /** Stores one column of table `key` (a new key drops the previous table's columns). */
  putColumn(key: string, field: string, column: TableColumn): void {
    if (key !== tableKey) {
      columns.clear();
      tableKey = key;
    }
    columns.set(field, column);
  },
  /** The shown rows of table `key` (null: all, in document order); every field the query names must have been put. */
  order(key: string, count: number, query: RowQuery): Uint32Array | null {
    if (key !== tableKey) throw new Error(`the table worker holds no columns of ${key}`);
    const order = rowOrder(count, columns, query);
    return order ? Comlink.transfer(order, [order.buffer]) : null;
  },
};

export type TableWorkerApi = typeof api;

Comlink.expose(api);
