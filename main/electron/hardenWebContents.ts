// Electron. Denies everything the window never needs: navigation away from the app, new windows,
// <webview>, permission requests (all but clipboard writes from the app itself). A file dropped outside any
// drop zone makes Chromium navigate to its file:// URL: that is caught and handed to `onDroppedPath`, but only
// right after the preload reported a trusted file drag (the page itself navigating to file:// is refused).
import { app, ipcMain, session, type WebContents } from 'electron';
import { isAppUrl, isTrustedSender } from '../node/appOrigin.ts';
import { FILE_DRAG_CHANNEL } from '../../engine/ipc/index.ts';
import { createFileDragGuard, type FileDragGuard } from '../node/fileDragGuard.ts';
import { senderInfoOf } from './registerIpc.ts';
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

  const dragGuards = new WeakMap<WebContents, FileDragGuard>();
  const guardOf = (contents: WebContents): FileDragGuard => {
    let guard = dragGuards.get(contents);
    if (!guard) dragGuards.set(contents, (guard = createFileDragGuard()));
    return guard;
  };
  ipcMain.on(FILE_DRAG_CHANNEL, (event) => {
    if (isTrustedSender(senderInfoOf(event))) guardOf(event.sender).noteDrag(Date.now());
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url) && url === contents.getURL()) return;
      event.preventDefault();
      const dropped = pathFromFileUrl(url);
      if (dropped !== undefined && guardOf(contents).acceptDrop(Date.now())) onDroppedPath(dropped);
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
