// Pure. The custom protocol that serves the renderer (`app://lantu/`) and the check that a URL is ours.

export const APP_SCHEME = 'app';
export const APP_HOST = 'lantu';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs on the app's own origin (the only content the window may show). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export interface SenderInfo {
  /** URL of the frame that sent the request ('' when the frame is gone). */
  frameUrl: string;
  /** Whether that frame is the window's top-level frame. */
  isMainFrame: boolean;
}

/** Pure. An IPC request is served only from the app's own top-level frame (never an iframe or another origin). */
export function isTrustedSender(sender: SenderInfo): boolean {
  return sender.isMainFrame && isAppUrl(sender.frameUrl);
}
