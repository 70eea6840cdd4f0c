// Electron. Registers one `ipcMain.handle` per invoke channel of the contract; each request carries its
// sender frame (URL, and whether it is the top-level frame) into the Electron-free handlers.
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, INVOKE_METHODS } from '../../engine/ipc/index.ts';
import type { SenderInfo } from '../node/appOrigin.ts';
import type { IpcHandlers } from '../node/createIpcHandlers.ts';

export function senderInfoOf(event: IpcMainInvokeEvent | IpcMainEvent): SenderInfo {
  const frame = event.senderFrame;
  if (!frame) return { frameUrl: '', isMainFrame: false };
  return { frameUrl: frame.url, isMainFrame: frame.parent === null && frame === event.sender.mainFrame };
}

export function registerIpc(handlers: IpcHandlers): void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(IPC_CHANNELS[method].channel, (event, request: unknown) => handlers.handle(method, request, senderInfoOf(event)));
  }
}
