// Pure. zipFiles(files, created) → zip bytes with entries sorted by path and every timestamp set from the
// creation time, so the same files give the same bytes. unzipFiles(bytes) → path → bytes (throws on a
// damaged zip). Names are ASCII (fflate does not set the zip UTF-8 flag, so Chinese names would garble).
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** DOS timestamps are local wall-clock fields; building the Date from the UTC fields keeps them timezone-free. */
function dosTime(created: string): Date {
  const t = new Date(created);
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

export function zipFiles(files: ReadonlyMap<string, Uint8Array>, created: string): Uint8Array {
  const mtime = dosTime(created);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[path] = [files.get(path)!, { mtime, level: 6 }];
  return zipSync(entries, { mtime });
}

export function unzipFiles(bytes: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const entries = unzipSync(bytes);
  for (const path of Object.keys(entries).sort()) if (!path.endsWith('/')) out.set(path, entries[path]!);
  return out;
}
