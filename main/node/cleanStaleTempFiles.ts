// Node. Run at start: removes temporary files that a killed atomic write left behind — every path in
// the write journal, plus `.<name>.lantu-tmp-*` files in the given folders (e.g. those of recent files).
// A journal entry whose writer (pid) is still running is left alone: the app and any number of `lantu`
// processes share one journal. Returns the removed paths, sorted.
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFileName } from './atomicWriteFile.ts';

export interface CleanStaleTempFilesOptions {
  journalDir?: string;
  scanDirs?: readonly string[];
  /** Only scanned files older than this are removed, so a write in flight in another process survives. */
  minAgeMs?: number;
  nowMs?: number;
  /** Whether a process is running; injectable for tests. */
  isProcessAlive?: (pid: number) => boolean;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function cleanStaleTempFiles(options: CleanStaleTempFilesOptions): Promise<string[]> {
  const removed = new Set<string>();
  // Temporary files a running writer is still filling: never removed, not even by the folder sweep below.
  const live = new Set<string>();
  if (options.journalDir) {
    const markers = await readdir(options.journalDir).catch(() => [] as string[]);
    for (const marker of markers.filter((name) => name.endsWith('.json'))) {
      const markerPath = join(options.journalDir, marker);
      try {
        const parsed = JSON.parse(await readFile(markerPath, 'utf8')) as { tempPath?: unknown; pid?: unknown };
        if (
          typeof parsed.pid === 'number' &&
          Number.isInteger(parsed.pid) &&
          parsed.pid > 0 &&
          (options.isProcessAlive ?? processIsAlive)(parsed.pid)
        ) {
          if (typeof parsed.tempPath === 'string') live.add(parsed.tempPath);
          continue;
        }
        if (typeof parsed.tempPath === 'string' && isTempFileName(parsed.tempPath.split(/[\\/]/).pop() ?? '')) {
          await unlink(parsed.tempPath).then(
            () => removed.add(parsed.tempPath as string),
            () => undefined,
          );
        }
      } catch {
        // An unreadable marker is itself stale: remove it below.
      }
      await unlink(markerPath).catch(() => undefined);
    }
  }
  const minAgeMs = options.minAgeMs ?? 60_000;
  const nowMs = options.nowMs ?? Date.now();
  for (const dir of new Set(options.scanDirs ?? [])) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter(isTempFileName)) {
      const path = join(dir, name);
      if (live.has(path)) continue;
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile() || nowMs - info.mtimeMs < minAgeMs) continue;
      await unlink(path).then(
        () => removed.add(path),
        () => undefined,
      );
    }
  }
  return [...removed].sort();
}
