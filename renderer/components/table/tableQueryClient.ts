// The attribute table's link to its worker (renderer/workers/tableWorker.ts): builds each column a query needs in
// short slices on the page (once per rows array and field), transfers it, and asks the worker for the row order.
// Small tables are answered on the page at once (no worker round trip). One client per table view.
import * as Comlink from 'comlink';
import type { PlanFeature } from '../../../engine/model/index.ts';
import type { TableWorkerApi } from '../../workers/tableWorker.ts';
import { queryFields, rowOrder, type RowQuery } from './rowOrder.ts';
import { tableColumn, tableColumnInSlices } from './tableColumn.ts';

/** Up to this many rows the query runs on the page in one task (well under 50 ms). */
export const SMALL_TABLE_ROWS = 20_000;

const keys = new WeakMap<readonly PlanFeature[], string>();
let nextKey = 1;
/** A stable key per rows array (a layer's rows are a new array whenever its plan changes). */
const keyOf = (rows: readonly PlanFeature[]): string => {
  let key = keys.get(rows);
  if (!key) keys.set(rows, (key = `t${nextKey++}`));
  return key;
};

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface TableQueryClient {
  /** The shown rows (null: all, document order). Rejects with the signal's reason when aborted. */
  order(rows: readonly PlanFeature[], query: RowQuery, signal: AbortSignal): Promise<Uint32Array | null>;
  dispose(): void;
}

export function createTableQueryClient(): TableQueryClient {
  let worker: Worker | null = null;
  let api: Comlink.Remote<TableWorkerApi> | null = null;
  let heldKey = '';
  const held = new Set<string>();
  const remote = () => {
    if (!api) {
      worker = new Worker(new URL('../../workers/tableWorker.ts', import.meta.url), { type: 'module' });
      api = Comlink.wrap<TableWorkerApi>(worker);
    }
    return api;
  };
  return {
    async order(rows, query, signal) {
      const fields = queryFields(query);
      if (rows.length <= SMALL_TABLE_ROWS) return rowOrder(rows.length, new Map(fields.map((f) => [f, tableColumn(rows, f)])), query);
      const key = keyOf(rows);
      if (key !== heldKey) {
        held.clear();
        heldKey = key;
      }
      const worker = remote();
      for (const field of fields) {
        if (held.has(field)) continue;
        const column = await tableColumnInSlices(rows, field, nextTurn, signal);
        if (signal.aborted) throw signal.reason;
        await worker.putColumn(key, field, Comlink.transfer(column, [column.codes.buffer, column.numbers.buffer]));
        // Another query may have moved the worker to another table meanwhile: only then is this one stale.
        if (heldKey === key) held.add(field);
      }
      if (signal.aborted) throw signal.reason;
      const order = await worker.order(key, rows.length, query);
      if (signal.aborted) throw signal.reason;
      return order;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      api = null;
      held.clear();
      heldKey = '';
    },
  };
}
