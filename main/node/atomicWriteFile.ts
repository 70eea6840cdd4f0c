// Node. Writes a file atomically: a temporary file in the target folder, flushed (fsync), then renamed
// over the target, so readers see the old bytes or the new bytes, never a mix. On failure the temporary
// file is removed and the old file is untouched. A journal (optional) records the temporary path while
// the write is in flight, so `cleanStaleTempFiles` can remove it after a killed process. A failure names
// the target, not the temporary file (the user never chose that name).
import { open, rename, unlink, mkdir, writeFile } from 'node:fs/promises';
import { randomBytes, createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Marker in temporary file names: `.<name>.lantu-tmp-<random>`. */
export const TEMP_MARKER = '.lantu-tmp-';

export function tempPathFor(targetPath: string): string {
  return join(dirname(targetPath), `.${basename(targetPath)}${TEMP_MARKER}${randomBytes(6).toString('hex')}`);
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARKER);
}

export type WriteSource = Uint8Array | AsyncIterable<Uint8Array>;

export interface AtomicWriteOptions {
  /** Folder where in-flight temporary paths are recorded (e.g. `<userData>/pending-writes`). */
  journalDir?: string;
  /** Permission bits of the new file (default 0o644; a private key file is 0o600). */
  mode?: number;
}

async function recordInJournal(journalDir: string, tempPath: string): Promise<string> {
  await mkdir(journalDir, { recursive: true });
  const marker = join(journalDir, `${createHash('sha256').update(tempPath).digest('hex').slice(0, 32)}.json`);
  // The writer's pid lets a cleaner in another process (the app, a parallel `lantu`) leave a live write alone.
  await writeFile(marker, JSON.stringify({ tempPath, pid: process.pid }));
  return marker;
}

/**
 * The same file-system failure, told about the target: `path` is `targetPath` (a failed write() on the
 * temporary file's descriptor has no path at all) and the message names the target, not the temporary file.
 * A failure of the source (no `code`) is returned as it is.
 */
function aboutTarget(error: unknown, tempPath: string, targetPath: string): unknown {
  if (typeof error !== 'object' || error === null || typeof (error as NodeJS.ErrnoException).code !== 'string') return error;
  const e = error as NodeJS.ErrnoException;
  const retold = new Error(String(e.message).split(tempPath).join(targetPath), { cause: error }) as NodeJS.ErrnoException;
  retold.code = e.code;
  if (e.errno !== undefined) retold.errno = e.errno;
  if (e.syscall !== undefined) retold.syscall = e.syscall;
  retold.path = targetPath;
  // Lets a message say "cannot write" (e.g. the folder is missing) rather than "no such file".
  (retold as NodeJS.ErrnoException & { writing?: boolean }).writing = true;
  return retold;
}

export async function atomicWriteFile(
  targetPath: string,
  data: WriteSource,
  options: AtomicWriteOptions = {},
): Promise<{ sizeBytes: number }> {
  const tempPath = tempPathFor(targetPath);
  const marker = options.journalDir ? await recordInJournal(options.journalDir, tempPath) : undefined;
  let sizeBytes = 0;
  try {
    const handle = await open(tempPath, 'wx', options.mode ?? 0o644);
    try {
      const chunks: AsyncIterable<Uint8Array> | Uint8Array[] = data instanceof Uint8Array ? [data] : data;
      for await (const chunk of chunks) {
        let written = 0;
        while (written < chunk.byteLength) {
          const { bytesWritten } = await handle.write(chunk, written, chunk.byteLength - written, sizeBytes + written);
          written += bytesWritten;
        }
        sizeBytes += chunk.byteLength;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, targetPath);
    await syncDirectory(dirname(targetPath));
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw aboutTarget(error, tempPath, targetPath);
  } finally {
    if (marker) await unlink(marker).catch(() => undefined);
  }
  return { sizeBytes };
}

/** Flushes the rename itself (POSIX); Windows cannot open folders and does not need it. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}
