// Preload entry (bundled to out/preload/index.cjs, runs sandboxed): exposes the bridge as `window.lantu`.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './createPreloadBridge.ts';
import { FILE_DRAG_CHANNEL } from '../../engine/ipc/index.ts';
import { reportFileDrags, type DragTargetLike } from './reportFileDrags.ts';

contextBridge.exposeInMainWorld('lantu', createPreloadBridge(ipcRenderer));
// Main opens a dropped file (a file:// navigation) only right after a trusted file drag reported from here.
const pageWindow = (globalThis as { window?: DragTargetLike }).window;
if (pageWindow) reportFileDrags(pageWindow, () => ipcRenderer.send(FILE_DRAG_CHANNEL));
