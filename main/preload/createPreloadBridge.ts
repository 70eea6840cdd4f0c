// Preload. Builds the `LantuApi` object from the channel table: one function per channel and nothing
// else. Invoke methods forward one argument; `onX` subscriptions never hand the IPC event (and its
// sender) to the page, and return an unsubscribe function.
import { API_METHODS, IPC_CHANNELS, type LantuApi } from '../../engine/ipc/index.ts';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createPreloadBridge(ipc: IpcRendererLike): LantuApi {
  const api: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    const { channel, kind } = IPC_CHANNELS[method];
    if (kind === 'invoke') {
      api[method] = (request?: unknown) => ipc.invoke(channel, request);
    } else {
      api[method] = (callback: (payload: unknown) => void) => {
        if (typeof callback !== 'function') throw new TypeError(`${method} expects a callback function`);
        const listener = (_event: unknown, payload: unknown) => callback(payload);
        ipc.on(channel, listener);
        return () => void ipc.removeListener(channel, listener);
      };
    }
  }
  return Object.freeze(api) as unknown as LantuApi;
}
