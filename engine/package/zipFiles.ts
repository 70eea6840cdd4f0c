// Pure. zipFiles(files, created) → zip bytes with entries sorted by path and every timestamp set from the
// creation time, so the same files give the same bytes (zipWriter.ts, entry by entry). unzipFiles(bytes) →
// path → bytes, inflated within the package limits (engine/zip; throws ZipRefusal on a damaged zip or a bomb).
// Names are ASCII (no zip UTF-8 flag, so Chinese names would garble).
import { inflateZipEntry, listZipEntries, PACKAGE_ZIP_LIMITS, type ZipLimits } from '../zip/readZipSafely.ts';
import { concatBytes } from './concatBytes.ts';
import { createZipWriter } from './zipWriter.ts';

export function zipFiles(files: ReadonlyMap<string, Uint8Array>, created: string): Uint8Array {
  const writer = createZipWriter(created);
  const parts: Uint8Array[] = [];
  for (const path of [...files.keys()].sort()) parts.push(...writer.entry(path, files.get(path)!));
  parts.push(writer.finish());
  return concatBytes(parts);
}

export function unzipFiles(bytes: Uint8Array, file = 'zip', limits: ZipLimits = PACKAGE_ZIP_LIMITS): Map<string, Uint8Array> {
  const entries = new Map(listZipEntries(bytes, file, limits).map((e) => [e.name, e]));
  const out = new Map<string, Uint8Array>();
  for (const path of [...entries.keys()].sort()) out.set(path, inflateZipEntry(bytes, file, entries.get(path)!));
  return out;
}
