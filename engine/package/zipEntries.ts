// Pure. zipEntries(zip, file, limits) → a read-only map of a zip's files that inflates an entry only when it is
// asked for (and again on each ask), so `lantu verify` can check a city's package without holding every file of
// it uncompressed next to its rebuild. The central directory is checked against the limits first (engine/zip:
// declared total, ratio, entries) and no entry inflates past its declared size. Throws ZipRefusal. `zip` is the
// bytes or a ZipSource (a file read piece by piece: the compressed package need not be held either).
import {
  inflateZipEntry,
  listZipEntries,
  PACKAGE_ZIP_LIMITS,
  type ZipEntryInfo,
  type ZipLimits,
  type ZipSource,
} from '../zip/readZipSafely.ts';

class ZipEntries implements ReadonlyMap<string, Uint8Array> {
  private readonly names: readonly string[];
  private readonly byName: ReadonlyMap<string, ZipEntryInfo>;

  constructor(
    private readonly zip: Uint8Array | ZipSource,
    private readonly file: string,
    limits: ZipLimits,
  ) {
    // A repeated name keeps its last entry, as fflate's unzipSync did.
    this.byName = new Map(listZipEntries(zip, file, limits).map((e) => [e.name, e]));
    this.names = [...this.byName.keys()].sort();
  }

  get size(): number {
    return this.names.length;
  }

  get(path: string): Uint8Array | undefined {
    const entry = this.byName.get(path);
    return entry === undefined ? undefined : inflateZipEntry(this.zip, this.file, entry);
  }

  has(path: string): boolean {
    return this.byName.has(path);
  }

  keys(): MapIterator<string> {
    return this.names[Symbol.iterator]();
  }

  *values(): MapIterator<Uint8Array> {
    for (const path of this.names) yield this.get(path)!;
  }

  *entries(): MapIterator<[string, Uint8Array]> {
    for (const path of this.names) yield [path, this.get(path)!];
  }

  forEach(callback: (value: Uint8Array, key: string, map: ReadonlyMap<string, Uint8Array>) => void): void {
    for (const [path, bytes] of this.entries()) callback(bytes, path, this);
  }

  [Symbol.iterator](): MapIterator<[string, Uint8Array]> {
    return this.entries();
  }
}

export function zipEntries(
  bytes: Uint8Array | ZipSource,
  file = 'zip',
  limits: ZipLimits = PACKAGE_ZIP_LIMITS,
): ReadonlyMap<string, Uint8Array> {
  return new ZipEntries(bytes, file, limits);
}
