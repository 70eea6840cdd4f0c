// Electron. Creates the one application window. Its security settings (Electron's checklist) are written
// here, literally, at the construction site, so audits (electronegativity) and tests read them from the
// code that creates the window: isolated context, sandbox, no Node, web security, no webview, no auxclick.
import { BrowserWindow } from 'electron';
import { MIN_WINDOW_SIZE, type WindowState } from '../node/windowBounds.ts';

export function createMainWindow(state: WindowState, preloadPath: string, title: string): BrowserWindow {
  return new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
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
      // A file dropped where the page does not handle it becomes a navigation that main denies and
      // opens as a dropped file (hardenWebContents); links dropped the same way are simply refused.
      navigateOnDragDrop: true,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
