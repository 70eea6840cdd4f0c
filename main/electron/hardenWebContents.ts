// Electron. Denies everything the window never needs: navigation away from the app, new windows,
// <webview>, permission requests (all but clipboard writes from the app itself). A file dropped outside any
// drop zone makes Chromium navigate to its file:// URL: that is caught and handed to `onDroppedPath`.
import { app, session, type WebContents } from 'electron';
import { isAppUrl } from '../node/appOrigin.ts';
import { isPermissionAllowed } from '../node/isPermissionAllowed.ts';
import { pathFromFileUrl } from '../node/acceptOpenPaths.ts';
import type { RotatingLog } from '../node/rotatingLog.ts';

export function hardenWebContents(log: RotatingLog, onDroppedPath: (path: string) => void): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl || contents.getURL());
    if (!allowed) log.write('warn', `Permission request denied: ${permission} from ${details.requestingUrl}`);
    callback(allowed);
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));

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
