// Node. The recent-files list: `addRecentFile` (pure) puts a path first without duplicates (paths compare
// case-insensitively on Windows and macOS) and keeps at most `limit`; load/save persist it as JSON.
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileKindOf, type FileKind } from '../../engine/ipc/index.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';

export interface RecentEntry {
  path: string;
  kind: FileKind;
  openedAt: string;
}

export const RECENT_FILES_LIMIT = 10;

/** Whether two paths name the same file: case-insensitive on Windows and macOS, whose default file systems are. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Pure. Returns a new list with `entry` first. */
export function addRecentFile(
  list: readonly RecentEntry[],
  entry: RecentEntry,
  options: { limit?: number; platform?: NodeJS.Platform } = {},
): RecentEntry[] {
  const rest = list.filter((item) => !samePath(item.path, entry.path, options.platform));
  return [entry, ...rest].slice(0, options.limit ?? RECENT_FILES_LIMIT);
}

/** Pure. Returns a new list without `path`. */
export function removeRecentFile(list: readonly RecentEntry[], path: string, platform?: NodeJS.Platform): RecentEntry[] {
  return list.filter((item) => !samePath(item.path, path, platform));
}

export function recentFileName(entry: RecentEntry): string {
  return basename(entry.path);
}

/** Reads the list, dropping entries that are malformed or of a kind Lantu no longer opens. */
export async function loadRecentFiles(path: string): Promise<RecentEntry[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((item): item is RecentEntry => {
        if (typeof item !== 'object' || item === null) return false;
        const v = item as Record<string, unknown>;
        return (
          typeof v.path === 'string' && typeof v.openedAt === 'string' && fileKindOf(v.path) !== undefined && v.kind === fileKindOf(v.path)
        );
      })
      .map((item) => ({ path: item.path, kind: item.kind, openedAt: item.openedAt }))
      .slice(0, RECENT_FILES_LIMIT);
  } catch {
    return [];
  }
}

export async function saveRecentFiles(path: string, list: readonly RecentEntry[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await atomicWriteFile(path, new TextEncoder().encode(`${JSON.stringify(list, null, 2)}\n`));
}
