// Electron. Detects a crashed or hung page and offers to reload it (edits are already in IndexedDB), and
// logs both. A hang that recovers on its own closes nothing: the dialog simply stays answered "wait".
import { dialog, type BrowserWindow } from 'electron';
import type { UiLanguage } from '../../engine/ipc/index.ts';
import { describeRendererFailure, type RendererFailure } from '../node/describeRendererFailure.ts';
import type { RotatingLog } from '../node/rotatingLog.ts';

export function watchRenderer(window: BrowserWindow, log: RotatingLog, language: () => UiLanguage, quit: () => void): void {
  let asking = false;
  async function offerReload(failure: RendererFailure): Promise<void> {
    if (asking || window.isDestroyed()) return;
    asking = true;
    try {
      const { type, title, message, detail, buttons, defaultId, cancelId, reloadButton } = describeRendererFailure(failure, language());
      const { response } = await dialog.showMessageBox(window, {
        type,
        title,
        message,
        detail,
        buttons,
        defaultId,
        cancelId,
        noLink: true,
      });
      if (window.isDestroyed()) return;
      if (response === reloadButton) window.webContents.reload();
      else if (failure.kind === 'gone') quit();
    } finally {
      asking = false;
    }
  }
  window.webContents.on('render-process-gone', (_event, details) => {
    log.write('error', `Renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason !== 'clean-exit') void offerReload({ kind: 'gone', reason: details.reason, exitCode: details.exitCode });
  });
  window.on('unresponsive', () => {
    log.write('warn', 'Renderer unresponsive');
    void offerReload({ kind: 'unresponsive' });
  });
  window.on('responsive', () => log.write('info', 'Renderer responsive again'));
  window.webContents.on('preload-error', (_event, preloadPath, error) =>
    log.write('error', `Preload ${preloadPath} failed: ${error.message}`, error.stack),
  );
}
