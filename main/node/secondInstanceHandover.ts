// Node. What a second launch hands to the running instance: the file paths in its command line (resolved
// against its working folder), then which of them open. The running window is focused either way.
import { isAbsolute, resolve } from 'node:path';
import type { UiLanguage } from '../../engine/ipc/index.ts';
import { acceptOpenPaths, type AcceptOpenPathsResult } from './acceptOpenPaths.ts';

/**
 * Pure. Takes a process argv (`[exe, ...]`, or `[electron, appPath, ...]` when not packaged) and the
 * launching folder, returns the absolute paths of the file arguments (flags and the app path skipped).
 */
export function filesFromArgv(argv: readonly string[], workingDirectory: string, isPackaged: boolean): string[] {
  const args = argv.slice(1);
  const files: string[] = [];
  let appPathSkipped = isPackaged;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    if (!appPathSkipped) {
      appPathSkipped = true;
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) continue;
    files.push(isAbsolute(arg) ? arg : resolve(workingDirectory, arg));
  }
  return files;
}

export interface Handover extends AcceptOpenPathsResult {
  /** Always true: a second launch brings the existing window to the front. */
  focusWindow: true;
}

export async function secondInstanceHandover(
  argv: readonly string[],
  workingDirectory: string,
  options: { isPackaged: boolean; lang?: UiLanguage },
): Promise<Handover> {
  const result = await acceptOpenPaths(filesFromArgv(argv, workingDirectory, options.isPackaged), options.lang);
  return { focusWindow: true, ...result };
}
