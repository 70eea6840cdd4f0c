// Node. Writes a file atomically: a temporary file in the target folder, flushed (fsync), then renamed
// over the target, so readers see the old bytes or the new bytes, never a mix. On failure the temporary
// file is removed and the old file is untouched. A journal (optional) records the temporary path while
// the write is in flight, so `cleanStaleTempFiles` can remove it after a killed process.
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
}

async function recordInJournal(journalDir: string, tempPath: string): Promise<string> {
  await mkdir(journalDir, { recursive: true });
  const marker = join(journalDir, `${createHash('sha256').update(tempPath).digest('hex').slice(0, 32)}.json`);
  await writeFile(marker, JSON.stringify({ tempPath }));
  return marker;
}

export async function atomicWriteFile(targetPath: string, data: WriteSource, options: AtomicWriteOptions = {}): Promise<{ sizeBytes: number }> {
  const tempPath = tempPathFor(targetPath);
  const marker = options.journalDir ? await recordInJournal(options.journalDir, tempPath) : undefined;
  let sizeBytes = 0;
  try {
    const handle = await open(tempPath, 'wx', 0o644);
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
    throw error;
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
