// Node. The folder that holds this installation's station (station.json, the sealed key, the trust log) for the
// CLI: $LANTU_HOME, else ~/.config/lantu (%APPDATA%\lantu on Windows). The desktop app passes its user-data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function stationHome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const explicit = env['LANTU_HOME'];
  if (explicit !== undefined && explicit !== '') return explicit;
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'lantu');
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'lantu');
}
