// Preload entry (bundled to out/preload/index.cjs, runs sandboxed): exposes the bridge as `window.lantu`.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './createPreloadBridge.ts';

contextBridge.exposeInMainWorld('lantu', createPreloadBridge(ipcRenderer));
