// Keeps the overview images the map draws for the next start: each one a moment after it is shown, unless a newer
// image of the same layer replaced it by then. An editing session draws an image after every edit of a large layer;
// fingerprinting (60 ms at 300k parcels), encoding (a 3000-px PNG) and storing (3.6 MB) each of them would be work
// for images nobody reopens, so only the last of a burst is kept. A failure only costs a redraw at the next start.
import type { OverviewStore } from './overviewStore.ts';

/** How long an image must stay on show before it is kept. */
export const KEEP_AFTER_MS = 2000;

export interface OverviewKeeper {
  /** Keeps `canvas` under `key` after the delay, with the fingerprint `fingerprint(signal)` gives then (null: not
   *  kept); a newer call for the key, or `forget`, cancels it. */
  keep(key: string, canvas: HTMLCanvasElement, fingerprint: (signal: { aborted: boolean }) => Promise<string | null>): void;
  forget(key: string): void;
  /** Resolves when every image waiting to be kept is stored (or was cancelled). */
  idle(): Promise<void>;
}

export function createOverviewKeeper(store: OverviewStore, delayMs = KEEP_AFTER_MS): OverviewKeeper {
  const pending = new Map<
    string,
    { signal: { aborted: boolean }; timer: ReturnType<typeof setTimeout>; done: Promise<void>; settle: () => void }
  >();

  const forget = (key: string) => {
    const entry = pending.get(key);
    if (!entry) return;
    entry.signal.aborted = true;
    clearTimeout(entry.timer);
    pending.delete(key);
    entry.settle();
  };

  return {
    keep(key, canvas, fingerprint) {
      forget(key);
      const signal = { aborted: false };
      let settle = () => undefined as void;
      const done = new Promise<void>((resolve) => (settle = resolve));
      const timer = setTimeout(() => {
        void (async () => {
          const print = await fingerprint(signal);
          const png = print && !signal.aborted ? await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')) : null;
          if (png && print && !signal.aborted) await store.save(key, print, new Uint8Array(await png.arrayBuffer()));
        })()
          .catch(() => undefined)
          .finally(() => {
            if (pending.get(key)?.signal === signal) pending.delete(key);
            settle();
          });
      }, delayMs);
      pending.set(key, { signal, timer, done, settle });
    },
    forget,
    idle: async () => {
      while (pending.size > 0) await Promise.all([...pending.values()].map((e) => e.done));
    },
  };
}
