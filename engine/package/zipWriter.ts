// Pure. createZipWriter(created) → a zip written entry by entry: entry(path, bytes) deflates one file (fflate,
// level 6) and returns its local header and compressed data; finish() returns the central directory. Below the
// 32-bit limits the bytes are exactly those of fflate's zipSync over the same files in the same order (no data
// descriptors, every timestamp from the creation time); past them (sizes or offsets ≥ 0xFFFFFFFF, ≥ 0xFFFF
// entries) it writes ZIP64 records instead of wrapping. A file can be released as soon as its entry is written.
import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from './crc32.ts';

const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_BYTES = 22;
const ZIP64_END_BYTES = 56;
const ZIP64_LOCATOR_BYTES = 20;
/** A 32-bit size or offset field holding this value means "read it from the ZIP64 extra field or end record". */
const MAX_U32 = 0xffffffff;
/** The same for the 16-bit entry counts: 65,535 entries already need ZIP64, since 0xFFFF is the marker. */
const MAX_U16 = 0xffff;
/** APPNOTE 4.4.3: 2.0 for deflate, 4.5 where a ZIP64 record is used. */
const VERSION_DEFLATE = 20;
const VERSION_ZIP64 = 45;

/** DOS timestamps are local wall-clock fields; building the Date from the UTC fields keeps them timezone-free. */
export function dosTime(created: string): Date {
  const t = new Date(created);
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/** The packed DOS date and time fflate writes (read back from the Date's local fields, as fflate does). */
function dosStamp(mtime: Date): number {
  const year = mtime.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError(`zip timestamps cover 1980–2099, found ${mtime.getFullYear()}`);
  return (
    ((year << 25) |
      ((mtime.getMonth() + 1) << 21) |
      (mtime.getDate() << 16) |
      (mtime.getHours() << 11) |
      (mtime.getMinutes() << 5) |
      (mtime.getSeconds() >> 1)) >>>
    0
  );
}

/** A 64-bit little-endian integer from a double (exact below 2^53, far beyond any file). */
function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 0x1_0000_0000, true);
  view.setUint32(at + 4, Math.floor(value / 0x1_0000_0000), true);
}

interface WrittenEntry {
  name: Uint8Array;
  crc: number;
  compressedBytes: number;
  sizeBytes: number;
  offset: number;
  /** Both sizes go to the ZIP64 extra field (local and central), as the local header requires both. */
  sizes64: boolean;
  /** The local header's offset goes to the central header's ZIP64 extra field. */
  offset64: boolean;
}

export interface ZipWriter {
  /** Deflates one file and returns its zip bytes (local header, then data). */
  entry(path: string, bytes: Uint8Array): Uint8Array[];
  /** The same for a file deflated elsewhere (raw deflate, fflate level 6 for a package): its size, CRC-32 and deflated bytes. */
  entryDeflated(path: string, sizeBytes: number, crc: number, data: Uint8Array): Uint8Array[];
  /** The central directory and its end record (ZIP64 end record and locator first when needed); the writer takes no more entries. */
  finish(): Uint8Array;
  /** Bytes returned so far. */
  readonly sizeBytes: number;
}

export interface ZipWriterOptions {
  /** Where the writer's first byte lands in the file (bytes already before it, e.g. a prefix); offsets count from the file's start. Default 0. */
  startOffsetBytes?: number;
}

/** The fields a local and a central header share, from "version needed" to "extra length". */
function writeCommon(view: DataView, at: number, e: WrittenEntry, stamp: number, extraBytes: number): void {
  view.setUint16(at, e.sizes64 || e.offset64 ? VERSION_ZIP64 : VERSION_DEFLATE, true); // version needed to extract
  view.setUint16(at + 2, 0, true); // flags: none (ASCII names, sizes known)
  view.setUint16(at + 4, 8, true); // deflate
  view.setUint32(at + 6, stamp, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.sizes64 ? MAX_U32 : e.compressedBytes, true);
  view.setUint32(at + 18, e.sizes64 ? MAX_U32 : e.sizeBytes, true);
  view.setUint16(at + 22, e.name.length, true);
  view.setUint16(at + 24, extraBytes, true);
}

/** Bytes of the ZIP64 extra field (tag, length, then the 64-bit values in APPNOTE order), 0 when none. */
function centralExtraBytes(e: WrittenEntry): number {
  const values = (e.sizes64 ? 2 : 0) + (e.offset64 ? 1 : 0);
  return values === 0 ? 0 : 4 + 8 * values;
}

export function createZipWriter(created: string, options: ZipWriterOptions = {}): ZipWriter {
  const stamp = dosStamp(dosTime(created));
  const entries: WrittenEntry[] = [];
  const start = options.startOffsetBytes ?? 0;
  if (!Number.isSafeInteger(start) || start < 0) throw new RangeError(`zip start offset must be a whole number of bytes, found ${start}`);
  let offset = start;
  let finished = false;
  const entryDeflated = (path: string, sizeBytes: number, crc: number, data: Uint8Array): Uint8Array[] => {
    if (finished) throw new Error('zip already finished');
    if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0) throw new RangeError(`zip entry size must be a whole number of bytes: ${path}`);
    const name = strToU8(path);
    if (name.length > 65535) throw new RangeError(`zip entry name too long: ${path}`);
    const sizes64 = sizeBytes >= MAX_U32 || data.length >= MAX_U32;
    const e: WrittenEntry = { name, crc, compressedBytes: data.length, sizeBytes, offset, sizes64, offset64: offset >= MAX_U32 };
    const extraBytes = sizes64 ? 4 + 16 : 0;
    const header = new Uint8Array(LOCAL_HEADER_BYTES + name.length + extraBytes);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    writeCommon(view, 4, e, stamp, extraBytes);
    header.set(name, LOCAL_HEADER_BYTES);
    if (sizes64) {
      const x = LOCAL_HEADER_BYTES + name.length;
      view.setUint16(x, 0x0001, true);
      view.setUint16(x + 2, 16, true);
      setU64(view, x + 4, sizeBytes);
      setU64(view, x + 12, data.length);
    }
    entries.push(e);
    offset += header.length + data.length;
    return [header, data];
  };
  return {
    get sizeBytes() {
      return offset - start;
    },
    entry(path, bytes) {
      return entryDeflated(path, bytes.length, crc32(bytes), deflateSync(bytes, { level: 6 }));
    },
    entryDeflated,
    finish() {
      if (finished) throw new Error('zip already finished');
      finished = true;
      const directoryAt = offset;
      const directoryBytes = entries.reduce((n, e) => n + CENTRAL_HEADER_BYTES + e.name.length + centralExtraBytes(e), 0);
      const zip64 = entries.length >= MAX_U16 || directoryAt >= MAX_U32 || directoryBytes >= MAX_U32;
      const out = new Uint8Array(directoryBytes + (zip64 ? ZIP64_END_BYTES + ZIP64_LOCATOR_BYTES : 0) + END_BYTES);
      const view = new DataView(out.buffer);
      let at = 0;
      for (const e of entries) {
        const extraBytes = centralExtraBytes(e);
        view.setUint32(at, 0x02014b50, true);
        view.setUint16(at + 4, extraBytes ? VERSION_ZIP64 : VERSION_DEFLATE, true); // made by: MS-DOS attributes
        writeCommon(view, at + 6, e, stamp, extraBytes);
        // Comment length, disk, internal and external attributes stay 0.
        view.setUint32(at + 42, e.offset64 ? MAX_U32 : e.offset, true);
        out.set(e.name, at + CENTRAL_HEADER_BYTES);
        if (extraBytes) {
          let x = at + CENTRAL_HEADER_BYTES + e.name.length;
          view.setUint16(x, 0x0001, true);
          view.setUint16(x + 2, extraBytes - 4, true);
          x += 4;
          if (e.sizes64) (setU64(view, x, e.sizeBytes), setU64(view, x + 8, e.compressedBytes), (x += 16));
          if (e.offset64) setU64(view, x, e.offset);
        }
        at += CENTRAL_HEADER_BYTES + e.name.length + extraBytes;
      }
      if (zip64) {
        view.setUint32(at, 0x06064b50, true);
        setU64(view, at + 4, ZIP64_END_BYTES - 12); // size of the rest of the record
        view.setUint16(at + 12, VERSION_ZIP64, true); // made by
        view.setUint16(at + 14, VERSION_ZIP64, true); // needed to extract
        // This disk and the directory's disk stay 0.
        setU64(view, at + 24, entries.length);
        setU64(view, at + 32, entries.length);
        setU64(view, at + 40, directoryBytes);
        setU64(view, at + 48, directoryAt);
        at += ZIP64_END_BYTES;
        view.setUint32(at, 0x07064b50, true);
        // The ZIP64 end record's disk stays 0.
        setU64(view, at + 8, directoryAt + directoryBytes);
        view.setUint32(at + 16, 1, true); // total disks
        at += ZIP64_LOCATOR_BYTES;
      }
      // Past a limit the field holds the marker and the reader takes the value from the ZIP64 end record.
      view.setUint32(at, 0x06054b50, true);
      view.setUint16(at + 8, Math.min(entries.length, MAX_U16), true);
      view.setUint16(at + 10, Math.min(entries.length, MAX_U16), true);
      view.setUint32(at + 12, Math.min(directoryBytes, MAX_U32), true);
      view.setUint32(at + 16, Math.min(directoryAt, MAX_U32), true);
      offset += out.length;
      return out;
    },
  };
}
