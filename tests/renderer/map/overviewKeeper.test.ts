import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverviewKeeper, KEEP_AFTER_MS } from '../../../renderer/map/overviewKeeper.ts';
import type { OverviewStore } from '../../../renderer/map/overviewStore.ts';

/** A canvas as far as the keeper uses one: `toBlob` with the given bytes. */
const canvasOf = (bytes: number[]) =>
  ({ toBlob: (done: (b: Blob | null) => void) => done(new Blob([new Uint8Array(bytes)])) }) as unknown as HTMLCanvasElement;

function memoryStore() {
  const saved: { key: string; fingerprint: string; png: number[] }[] = [];
  const store: OverviewStore = {
    load: () => Promise.resolve(null),
    save: (key, fingerprint, png) => {
      saved.push({ key, fingerprint, png: [...png] });
      return Promise.resolve();
    },
  };
  return { store, saved };
}

describe('createOverviewKeeper', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('keeps an image once it has been on show for the delay, with the fingerprint taken then', async () => {
    const { store, saved } = memoryStore();
    const keeper = createOverviewKeeper(store);
    const fingerprint = vi.fn(() => Promise.resolve('aaaa'));
    keeper.keep('p/GHYDYH', canvasOf([1, 2]), fingerprint);
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS - 1);
    expect(fingerprint).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await keeper.idle();
    expect(saved).toEqual([{ key: 'p/GHYDYH', fingerprint: 'aaaa', png: [1, 2] }]);
  });

  it('keeps only the last of a burst, each layer on its own, and nothing forgotten or without a fingerprint', async () => {
    const { store, saved } = memoryStore();
    const keeper = createOverviewKeeper(store);
    const first = vi.fn(() => Promise.resolve('first'));
    keeper.keep('p/GHYDYH', canvasOf([1]), first);
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS / 2);
    keeper.keep('p/GHYDYH', canvasOf([2]), () => Promise.resolve('second'));
    keeper.keep('p/STBHHX', canvasOf([3]), () => Promise.resolve('other'));
    keeper.keep('q/GHYDYH', canvasOf([4]), () => Promise.resolve('forgotten'));
    keeper.keep('r/GHYDYH', canvasOf([5]), () => Promise.resolve(null));
    keeper.forget('q/GHYDYH');
    const idle = keeper.idle();
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS);
    await idle;
    expect(first).not.toHaveBeenCalled();
    expect(saved).toEqual([
      { key: 'p/GHYDYH', fingerprint: 'second', png: [2] },
      { key: 'p/STBHHX', fingerprint: 'other', png: [3] },
    ]);
  });

  it('gives up on an image replaced while its fingerprint is taken, and survives a store that fails', async () => {
    const saved: string[] = [];
    let calls = 0;
    const store: OverviewStore = {
      load: () => Promise.resolve(null),
      save: (key, fingerprint) => (++calls === 1 ? Promise.reject(new Error('quota')) : Promise.resolve(void saved.push(fingerprint))),
    };
    const keeper = createOverviewKeeper(store);
    let release: (v: string) => void = () => undefined;
    keeper.keep('p/GHYDYH', canvasOf([1]), () => new Promise<string>((resolve) => (release = resolve)));
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS);
    keeper.keep('p/GHYDYH', canvasOf([2]), () => Promise.resolve('newer'));
    release('older');
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS);
    await keeper.idle();
    // The older image was dropped before its save; the newer one's save failed (the first call) without a throw.
    expect(saved).toEqual([]);
    keeper.keep('p/GHYDYH', canvasOf([3]), () => Promise.resolve('third'));
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS);
    await keeper.idle();
    expect(saved).toEqual(['third']);
  });
});
