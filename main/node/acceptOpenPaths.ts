// Node. Decides which offered paths open (dropped on the window, given on the command line or to a second
// launch): existing regular files of a kind Lantu reads. Returns accepted files (in the order given,
// duplicates removed) and rejected ones with the reason in the UI language. Never throws.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileKindOf, type FileKind, type UiLanguage } from '../../engine/ipc/index.ts';
import { say } from '../i18n/index.ts';

export interface AcceptedPath {
  path: string;
  name: string;
  kind: FileKind;
  sizeBytes: number;
}

export interface AcceptOpenPathsResult {
  accepted: AcceptedPath[];
  rejected: Array<{ name: string; reason: string }>;
}

export async function acceptOpenPaths(paths: readonly string[], lang: UiLanguage = 'zh'): Promise<AcceptOpenPathsResult> {
  const result: AcceptOpenPathsResult = { accepted: [], rejected: [] };
  const seen = new Set<string>();
  for (const raw of paths) {
    const path = resolve(raw);
    if (seen.has(path)) continue;
    seen.add(path);
    const name = basename(path);
    const kind = fileKindOf(name);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      result.rejected.push({ name, reason: say('node.acceptOpenPaths.acceptOpenPaths_reason', { path })[lang] });
    } else if (info.isDirectory()) {
      result.rejected.push({
        name,
        reason: say('node.acceptOpenPaths.acceptOpenPaths_reason-2', { path })[lang],
      });
    } else if (!info.isFile()) {
      result.rejected.push({ name, reason: say('node.acceptOpenPaths.acceptOpenPaths_reason-3', { path })[lang] });
    } else if (!kind) {
      result.rejected.push({
        name,
        reason: say('node.acceptOpenPaths.acceptOpenPaths_reason-4', { name })[lang],
      });
    } else {
      result.accepted.push({ path, name, kind, sizeBytes: info.size });
    }
  }
  return result;
}

/** Pure. The local path of a `file://` URL (what Chromium navigates to when a file is dropped on a page), or undefined. */
export function pathFromFileUrl(url: string, platform: NodeJS.Platform = process.platform): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'file:') return undefined;
  const decoded = decodeURIComponent(parsed.pathname);
  if (platform === 'win32') {
    if (parsed.host) return `\\\\${parsed.host}${decoded.replace(/\//g, '\\')}`;
    return decoded.replace(/^\/([A-Za-z]:)/, '$1').replace(/\//g, '\\');
  }
  return decoded;
}
