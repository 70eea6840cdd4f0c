// Pure. createZipWriter(created) → a zip written entry by entry: entry(path, bytes) deflates one file (fflate,
// level 6) and returns its local header and compressed data; finish() returns the central directory. The bytes
// are exactly those of fflate's zipSync over the same files in the same order (no data descriptors, every
// timestamp from the creation time), so a file can be released as soon as its entry is written.
import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from './crc32.ts';

const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_BYTES = 22;

/** DOS timestamps are local wall-clock fields; building the Date from the UTC fields keeps them timezone-free. */
export function dosTime(created: string): Date {
  const t = new Date(created);
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/** The packed DOS date and time fflate writes (read back from the Date's local fields, as fflate does). */
function dosStamp(mtime: Date): number {
  const year = mtime.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError(`zip timestamps cover 1980–2099, found ${mtime.getFullYear()}`);
  return ((year << 25) | ((mtime.getMonth() + 1) << 21) | (mtime.getDate() << 16) | (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1)) >>> 0;
}

interface WrittenEntry {
  name: Uint8Array;
  crc: number;
  compressedBytes: number;
  sizeBytes: number;
  offset: number;
}

export interface ZipWriter {
  /** Deflates one file and returns its zip bytes (local header, then data). */
  entry(path: string, bytes: Uint8Array): Uint8Array[];
  /** The same for a file deflated elsewhere (fflate, level 6): its size, CRC-32 and deflated bytes. */
  entryDeflated(path: string, sizeBytes: number, crc: number, data: Uint8Array): Uint8Array[];
  /** The central directory and its end record; the writer takes no more entries. */
  finish(): Uint8Array;
  /** Bytes returned so far. */
  readonly sizeBytes: number;
}

/** The fields a local and a central header share, from "version needed" to "extra length". */
function writeCommon(view: DataView, at: number, e: WrittenEntry, stamp: number): void {
  view.setUint16(at, 20, true); // version needed to extract: 2.0
  view.setUint16(at + 2, 0, true); // flags: none (ASCII names, sizes known)
  view.setUint16(at + 4, 8, true); // deflate
  view.setUint32(at + 6, stamp, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.compressedBytes, true);
  view.setUint32(at + 18, e.sizeBytes, true);
  view.setUint16(at + 22, e.name.length, true);
  view.setUint16(at + 24, 0, true); // no extra field
}

export function createZipWriter(created: string): ZipWriter {
  const stamp = dosStamp(dosTime(created));
  const entries: WrittenEntry[] = [];
  let offset = 0;
  let finished = false;
  const entryDeflated = (path: string, sizeBytes: number, crc: number, data: Uint8Array): Uint8Array[] => {
    if (finished) throw new Error('zip already finished');
    const name = strToU8(path);
    if (name.length > 65535) throw new RangeError(`zip entry name too long: ${path}`);
    const e: WrittenEntry = { name, crc, compressedBytes: data.length, sizeBytes, offset };
    const header = new Uint8Array(LOCAL_HEADER_BYTES + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    writeCommon(view, 4, e, stamp);
    header.set(name, LOCAL_HEADER_BYTES);
    entries.push(e);
    offset += header.length + data.length;
    return [header, data];
  };
  return {
    get sizeBytes() {
      return offset;
    },
    entry(path, bytes) {
      return entryDeflated(path, bytes.length, crc32(bytes), deflateSync(bytes, { level: 6 }));
    },
    entryDeflated,
    finish() {
      if (finished) throw new Error('zip already finished');
      finished = true;
      const directoryBytes = entries.reduce((n, e) => n + CENTRAL_HEADER_BYTES + e.name.length, 0);
      const out = new Uint8Array(directoryBytes + END_BYTES);
      const view = new DataView(out.buffer);
      let at = 0;
      for (const e of entries) {
        view.setUint32(at, 0x02014b50, true);
        view.setUint16(at + 4, 20, true); // made by: 2.0, MS-DOS attributes
        writeCommon(view, at + 6, e, stamp);
        // Comment length, disk, internal and external attributes stay 0.
        view.setUint32(at + 42, e.offset, true);
        out.set(e.name, at + CENTRAL_HEADER_BYTES);
        at += CENTRAL_HEADER_BYTES + e.name.length;
      }
      view.setUint32(at, 0x06054b50, true);
      view.setUint16(at + 8, entries.length, true);
      view.setUint16(at + 10, entries.length, true);
      view.setUint32(at + 12, directoryBytes, true);
      view.setUint32(at + 16, offset, true);
      offset += out.length;
      return out;
    },
  };
}
