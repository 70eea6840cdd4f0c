// Node shell. Takes work items and the executor's open connections, runs `task(client, item)` for every item with
// each client busy on one item at a time (idle clients take the next), returns the results in item order.
import type pg from 'pg';

export async function runOnClients<T, R>(
  clients: readonly pg.ClientBase[],
  items: readonly T[],
  task: (client: pg.ClientBase, item: T) => Promise<R>,
): Promise<R[]> {
  if (clients.length === 0) throw new Error('runOnClients: no open connection');
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(client, items[i]!);
      }
    }),
  );
  return out;
}

/** Splits slots into runs of at most `size` (the unit of work a client takes). */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
