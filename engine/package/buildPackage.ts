// Pure (SQLite through the sql.js port). buildPackage(input, options) → the blueprint package's files and zip
// bytes, or the reasons a final package is refused: packageFiles' files zipped one by one (zipWriter.ts), each
// uncompressed file released after its entry unless `keepFiles` (the default; `false` gives an empty map, for
// callers that only need the zip). Never writes: the shell does.
import { packageFiles } from './packageFiles.ts';
import { concatBytes } from './concatBytes.ts';
import { createZipWriter } from './zipWriter.ts';
import type { PackageInput, PackageResult } from './types.ts';

export function buildPackage(input: PackageInput, options: { keepFiles?: boolean } = {}): PackageResult {
  const keepFiles = options.keepFiles ?? true;
  const files = new Map<string, Uint8Array>();
  const zip = createZipWriter(input.created);
  const parts: Uint8Array[] = [];
  const run = packageFiles(input);
  for (let next = run.next(); ; next = run.next()) {
    if (next.done) {
      if (!next.value.ok) return next.value;
      parts.push(zip.finish());
      return { ok: true, files, zip: concatBytes(parts), manifest: next.value.manifest };
    }
    const { path, bytes } = next.value;
    if (keepFiles) files.set(path, bytes);
    parts.push(...zip.entry(path, bytes));
  }
}
