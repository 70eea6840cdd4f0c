// Electron. Denies everything the window never needs: navigation away from the app, new windows,
// <webview>, permission requests (camera, geolocation, notifications, …). A file dropped outside any
// drop zone makes Chromium navigate to its file:// URL: that is caught and handed to `onDroppedPath`.
import { app, session, type WebContents } from 'electron';
import { isAppUrl } from '../node/appOrigin.ts';
import { pathFromFileUrl } from '../node/acceptOpenPaths.ts';
import type { RotatingLog } from '../node/rotatingLog.ts';

export function hardenWebContents(log: RotatingLog, onDroppedPath: (path: string) => void): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log.write('warn', `Permission request denied: ${permission}`);
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url) && url === contents.getURL()) return;
      event.preventDefault();
      const dropped = pathFromFileUrl(url);
      if (dropped !== undefined) onDroppedPath(dropped);
      else log.write('warn', `Navigation denied: ${url}`);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) {
        event.preventDefault();
        log.write('warn', `Redirect denied: ${url}`);
      }
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.write('warn', 'Webview creation denied');
    });
    contents.setWindowOpenHandler(({ url }) => {
      log.write('warn', `window.open denied: ${url}`);
      return { action: 'deny' };
    });
  });
}
