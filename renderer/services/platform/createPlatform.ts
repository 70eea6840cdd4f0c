// Picks the platform adapter: the Electron bridge when the preload exposed `window.lantu`, else the browser one.
import { createBrowserPlatform } from './createBrowserPlatform.ts';
import { createElectronPlatform } from './createElectronPlatform.ts';
import type { PlatformAdapter } from './types.ts';

export function createPlatform(win: Window = window): PlatformAdapter {
  return win.lantu ? createElectronPlatform({ api: win.lantu, dropTarget: win }) : createBrowserPlatform({ window: win });
}
