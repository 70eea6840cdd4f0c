// The station service of this shell: over IPC in the desktop app, the station IndexedDB in a browser.
import { createBrowserStation } from './createBrowserStation.ts';
import { createDesktopStationService } from './createDesktopStationService.ts';
import type { StationService } from './types.ts';

export function createStationService(): StationService {
  return window.lantu ? createDesktopStationService(window.lantu) : createBrowserStation();
}
