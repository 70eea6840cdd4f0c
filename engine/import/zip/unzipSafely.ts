// Pure. unzipSafely(bytes, file, limits) → entries by path, refusing zip bombs (declared total, entry count and
// compression ratio are checked against the limits BEFORE anything is inflated, and no entry inflates past its
// declared size: engine/zip), `../` or absolute paths, and broken zips. Throws ImportFailure; never partial.
import { say } from '../../i18n/index.ts';
import { describeZipError } from '../describeLibraryError.ts';
import { fail, ImportFailure } from '../importFailure.ts';
import { inflateZipEntry, listZipEntries, MAX_ZIP_RATIO, RATIO_FLOOR_BYTES, ZipRefusal, type ZipLimits } from '../../zip/readZipSafely.ts';

export type { ZipLimits };

/** 1 GiB uncompressed covers a 300k-parcel Shapefile several times over and stays far from the 2 GB peak. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: MAX_ZIP_RATIO,
  ratioFloorBytes: RATIO_FLOOR_BYTES,
};

function isUnsafePath(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  return n.startsWith('/') || /^[a-zA-Z]:/.test(n) || n.split('/').some((part) => part === '..');
}

export function unzipSafely(bytes: Uint8Array, file: string, limits: Partial<ZipLimits> = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  const full: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  try {
    const entries = listZipEntries(bytes, file, full);
    for (const entry of entries) {
      if (isUnsafePath(entry.name)) {
        fail('zip-path-traversal', say('import.unzipSafely.zip-path-traversal', { file, entry: entry.name }), { file });
      }
    }
    const out = new Map<string, Uint8Array>();
    // A repeated name keeps its last entry, as fflate's unzipSync did.
    const kept = new Map(entries.filter((e) => !e.name.startsWith('__MACOSX/')).map((e) => [e.name, e]));
    for (const name of [...kept.keys()].sort()) out.set(name, inflateZipEntry(bytes, file, kept.get(name)!));
    return out;
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    if (e instanceof ZipRefusal) fail(e.code, e.zh, e.en, { file });
    const why = describeZipError(e);
    fail('zip-corrupt', say('import.unzipSafely.zip-corrupt', { file, why }), { file });
  }
}
