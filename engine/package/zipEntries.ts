// Pure. zipEntries(bytes) → a read-only map of a zip's files that inflates an entry only when it is asked for
// (and again on each ask), so `lantu verify` can check a city's package without holding every file of it
// uncompressed next to its rebuild. Throws on a damaged zip, like unzipFiles.
import { unzipSync } from 'fflate';

class ZipEntries implements ReadonlyMap<string, Uint8Array> {
  private readonly names: readonly string[];
  private readonly known: ReadonlySet<string>;

  constructor(private readonly zip: Uint8Array) {
    const names: string[] = [];
    // The filter sees every entry of the central directory; refusing them all inflates nothing.
    unzipSync(zip, {
      filter: (entry) => {
        if (!entry.name.endsWith('/')) names.push(entry.name);
        return false;
      },
    });
    this.names = [...new Set(names)].sort();
    this.known = new Set(this.names);
  }

  get size(): number {
    return this.names.length;
  }

  get(path: string): Uint8Array | undefined {
    if (!this.known.has(path)) return undefined;
    return unzipSync(this.zip, { filter: (entry) => entry.name === path })[path];
  }

  has(path: string): boolean {
    return this.known.has(path);
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

export function zipEntries(bytes: Uint8Array): ReadonlyMap<string, Uint8Array> {
  return new ZipEntries(bytes);
}
