// Pure. The main window's construction options: the security settings (Electron's checklist) live here
// and nowhere else, and tests read them from this code.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowState } from '../node/windowBounds.ts';
import { MIN_WINDOW_SIZE } from '../node/windowBounds.ts';

export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

export function mainWindowOptions(state: WindowState, preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: mainWindowWebPreferences(preloadPath),
  };
}
