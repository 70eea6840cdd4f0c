// Pure. zipFiles(files, created) → zip bytes with entries sorted by path and every timestamp set from the
// creation time, so the same files give the same bytes (zipWriter.ts, entry by entry). unzipFiles(bytes) →
// path → bytes (throws on a damaged zip). Names are ASCII (no zip UTF-8 flag, so Chinese names would garble).
import { unzipSync } from 'fflate';
import { concatBytes } from './concatBytes.ts';
import { createZipWriter } from './zipWriter.ts';

export function zipFiles(files: ReadonlyMap<string, Uint8Array>, created: string): Uint8Array {
  const writer = createZipWriter(created);
  const parts: Uint8Array[] = [];
  for (const path of [...files.keys()].sort()) parts.push(...writer.entry(path, files.get(path)!));
  parts.push(writer.finish());
  return concatBytes(parts);
}

export function unzipFiles(bytes: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const entries = unzipSync(bytes);
  for (const path of Object.keys(entries).sort()) if (!path.endsWith('/')) out.set(path, entries[path]!);
  return out;
}
