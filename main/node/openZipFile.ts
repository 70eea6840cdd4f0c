// Node. openZipFile(path) → a ZipSource over the file (engine/zip reads it piece by piece through one file handle,
// so an archive past 4 GiB, which no Uint8Array holds, is read too, and a package is never held whole), and close().
// The size is taken once when opened: a read that comes back short (the file shrank meanwhile) throws.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ZipSource } from '../../engine/zip/index.ts';

export interface OpenZipFile {
  source: ZipSource;
  close(): void;
}

export function openZipFile(path: string): OpenZipFile {
  const fd = openSync(path, 'r');
  let sizeBytes: number;
  try {
    const stat = fstatSync(fd);
    // A folder opens for reading on Linux; refused here as readFile would, so it reads as an I/O error, not a bad zip.
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
    sizeBytes = stat.size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const read = (at: number, length: number): Uint8Array => {
    const out = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, out, done, length - done, at + done);
      if (n === 0) throw new Error(`${path}: ended at ${at + done} bytes, expected ${sizeBytes}`);
      done += n;
    }
    return out;
  };
  return {
    source: { sizeBytes, read },
    close: () => closeSync(fd),
  };
}
