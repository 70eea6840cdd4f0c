// Node. The write journal's folder, shared by the app and the `lantu` CLI: `<userData>/pending-writes`,
// where userData is what Electron's app.getPath('userData') gives for the product name (no electron import).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = '蓝图 Lantu';

/** Pure over its inputs. Electron's appData folder per platform, joined with the product name and `pending-writes`. */
export function appJournalDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const appData =
    platform === 'win32'
      ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env['XDG_CONFIG_HOME'] ?? join(home, '.config'));
  return join(appData, PRODUCT_NAME, 'pending-writes');
}
