// Pure. Which web permissions the page gets: only writing to the clipboard (copy buttons), and only for
// the app's own origin. Camera, microphone, geolocation, notifications, MIDI, HID, serial… are refused.
import { isAppUrl } from './appOrigin.ts';

const ALLOWED = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED.has(permission) && isAppUrl(requestingUrl);
}
