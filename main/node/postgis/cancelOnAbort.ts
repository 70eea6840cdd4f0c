// Node shell. Makes an abort signal stop the statements a run's connections are executing: on abort every connection
// gets a CancelRequest (cancelBackend), repeated every CANCEL_REPEAT_MS while the run still holds them, because a
// connection that was between two tile queries when the first request came ignores it and starts the next one.
// `settle()` waits until every connection's queue is empty, stops the repeats and says whether the run was aborted.
import type pg from 'pg';
import { cancelBackend } from '../db/cancelBackend.ts';

const CANCEL_REPEAT_MS = 200;

/** The seam's signal (ExecuteOptions): an AbortSignal, or anything with `aborted` (then watched every repeat). */
type RunSignal = { readonly aborted: boolean } & Partial<Pick<AbortSignal, 'addEventListener' | 'removeEventListener'>>;

export interface AbortCanceller {
  /** Resolves once no statement of the run is left on any connection and no cancel is pending; idempotent. */
  settle(): Promise<void>;
}

export function cancelOnAbort(signal: RunSignal | undefined, clients: readonly pg.ClientBase[]): AbortCanceller {
  if (!signal) return { settle: async () => undefined };
  let timer: ReturnType<typeof setInterval> | null = null;
  let watch: ReturnType<typeof setInterval> | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  const cancelAll = () => {
    inFlight = Promise.all([inFlight, ...clients.map(cancelBackend)]);
  };
  const onAbort = () => {
    if (watch !== null) clearInterval(watch);
    watch = null;
    cancelAll();
    timer = setInterval(cancelAll, CANCEL_REPEAT_MS);
  };
  if (signal.aborted) onAbort();
  else if (signal.addEventListener) signal.addEventListener('abort', onAbort, { once: true });
  else
    watch = setInterval(() => {
      if (signal.aborted) onAbort();
    }, CANCEL_REPEAT_MS);
  return {
    async settle() {
      signal.removeEventListener?.('abort', onAbort);
      if (watch !== null) clearInterval(watch);
      watch = null;
      if (timer === null) return;
      // A probe queued behind whatever each connection still runs: once all answered (or were cancelled), nothing of
      // the run is left on the server.
      await Promise.all(clients.map((c) => c.query('SELECT 1').catch(() => undefined)));
      clearInterval(timer);
      timer = null;
      await inFlight;
    },
  };
}
