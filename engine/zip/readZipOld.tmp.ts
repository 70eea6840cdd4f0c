// Pure. listZipEntries(zip, file, limits) reads a zip's central directory (ZIP64 included) and refuses, before
// anything is inflated, a declared total over the cap, too many entries, an entry over the ratio limit, encryption
// or an unknown method; inflateZipEntry(zip, file, entry) inflates one entry in chunks and stops at the first
// chunk past its declared size (inflateZipEntryChunks hands the chunks over instead, for entries past 4 GiB).
// `zip` is the bytes or a ZipSource (a shell's file handle read piece by piece, for archives past 4 GiB).
// Every refusal is a ZipRefusal naming the file, the entry and the limit.
import { Inflate, strFromU8 } from 'fflate';

export interface ZipLimits {
  /** Largest total of declared uncompressed sizes accepted. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Largest declared uncompressed / compressed size of one entry … */
  maxRatio: number;
  /** … applied only to entries declaring at least this many bytes (small files of blanks compress past 200:1 harmlessly). */
  ratioFloorBytes: number;
  /** How the user changes maxTotalBytes (e.g. the CLI's `--max-inflate`), appended to the refusal. */
  howToChange?: { zh: string; en: string };
}

export type ZipRefusalCode =
  | 'zip-invalid'
  | 'zip-corrupt'
  | 'zip-too-many-entries'
  | 'zip-too-large'
  | 'zip-ratio'
  | 'zip-size-mismatch'
  | 'zip-unsupported-method'
  | 'zip-encrypted';

export class ZipRefusal extends Error {
  constructor(
    readonly code: ZipRefusalCode,
    readonly zh: string,
    readonly en: string,
    readonly entry?: string,
  ) {
    super(en);
    this.name = 'ZipRefusal';
  }
}

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedBytes: number;
  sizeBytes: number;
  localHeaderOffset: number;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
/** Declared ratios above this are zip-bomb territory: Lantu's own packages stay under 17:1 (demo) and 5:1 (300k). */
export const MAX_ZIP_RATIO = 200;
export const RATIO_FLOOR_BYTES = MIB;
/** Input chunk inflated at a time: deflate expands at most 1032:1, so one chunk overshoots by ≤ 16.5 MB. */
const CHUNK_BYTES = 16 * 1024;
/** Bytes read from a ZipSource at a time (directory windows, compressed data): few reads, little held. */
const READ_BYTES = 1024 * 1024;

/** Random access to a zip's bytes: `read` returns exactly `length` bytes from `at` (the caller keeps within sizeBytes). */
export interface ZipSource {
  readonly sizeBytes: number;
  read(at: number, length: number): Uint8Array;
}

/** A zip in memory as a ZipSource: reads are views, nothing is copied. */
export function bytesZipSource(bytes: Uint8Array): ZipSource {
  return { sizeBytes: bytes.length, read: (at, length) => bytes.subarray(at, at + length) };
}

function sourceOf(zip: Uint8Array | ZipSource): ZipSource {
  return zip instanceof Uint8Array ? bytesZipSource(zip) : zip;
}

/** Size as the messages print it (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes >= GIB) return `${(bytes / GIB).toFixed(1)} GiB`;
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
/** 64-bit little-endian as a double (exact below 2^53, far beyond any file). */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function corrupt(file: string, why: string, whyEn: string): never {
  throw new ZipRefusal(
    'zip-corrupt',
    `${file} 已损坏或不完整，无法解压（${why}）。`,
    `${file} is damaged or truncated and cannot be unpacked (${whyEn}).`,
  );
}

function within(source: ZipSource, file: string, at: number, length: number): void {
  if (at < 0 || at + length > source.sizeBytes) corrupt(file, '目录超出文件末尾', 'a directory record runs past the end of the file');
}

/** Reads `length` bytes at `at` through a window of READ_BYTES, so a directory of small records costs few reads. */
class ReadWindow {
  private bytes: Uint8Array = new Uint8Array(0);
  private from = 0;
  constructor(
    private readonly source: ZipSource,
    private readonly file: string,
  ) {}
  /** The bytes [at, at + length) as a view starting at index 0; a damaged zip whose records run past the end is refused. */
  take(at: number, length: number): Uint8Array {
    within(this.source, this.file, at, length);
    if (at < this.from || at + length > this.from + this.bytes.length) {
      this.from = at;
      this.bytes = this.source.read(at, Math.min(Math.max(length, READ_BYTES), this.source.sizeBytes - at));
    }
    return this.bytes.subarray(at - this.from, at - this.from + length);
  }
}

export function listZipEntries(zip: Uint8Array | ZipSource, file: string, limits: ZipLimits): ZipEntryInfo[] {
  const source = sourceOf(zip);
  const head = source.sizeBytes >= 22 ? source.read(0, 2) : undefined;
  if (!head || head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new ZipRefusal('zip-invalid', `${file} 不是有效的 zip 文件（文件头不符）。`, `${file} is not a valid zip file (bad signature).`);
  }
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes long).
  const tailAt = Math.max(0, source.sizeBytes - 22 - 65_535);
  const tail = source.read(tailAt, source.sizeBytes - tailAt);
  let endInTail = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32(tail, at) === 0x06054b50) {
      endInTail = at;
      break;
    }
  }
  if (endInTail < 0) corrupt(file, '找不到中央目录', 'no central directory');
  const end = tailAt + endInTail;
  let count = u16(tail, endInTail + 10);
  let directoryAt = u32(tail, endInTail + 16);
  const reads = new ReadWindow(source, file);
  if (count === 0xffff || directoryAt === 0xffffffff) {
    // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
    const locator = reads.take(end - 20, 20);
    if (u32(locator, 0) !== 0x07064b50) corrupt(file, '缺少 ZIP64 目录定位记录', 'the ZIP64 locator is missing');
    const end64 = reads.take(u64(locator, 8), 56);
    if (u32(end64, 0) !== 0x06064b50) corrupt(file, 'ZIP64 目录结束记录无效', 'the ZIP64 end record is invalid');
    count = u64(end64, 32);
    directoryAt = u64(end64, 48);
  }
  if (count > limits.maxEntries) {
    throw new ZipRefusal(
      'zip-too-many-entries',
      `${file} 含有 ${count} 个文件，超过上限 ${limits.maxEntries}，已拒绝。`,
      `${file} holds ${count} entries, more than the limit of ${limits.maxEntries}; refused.`,
    );
  }
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    const record = reads.take(at, 46);
    if (u32(record, 0) !== 0x02014b50) corrupt(file, `第 ${i + 1} 个目录记录无效`, `central directory record ${i + 1} is invalid`);
    const flags = u16(record, 8);
    const method = u16(record, 10);
    let compressedBytes = u32(record, 20);
    let sizeBytes = u32(record, 24);
    const nameLength = u16(record, 28);
    const extraLength = u16(record, 30);
    const commentLength = u16(record, 32);
    let localHeaderOffset = u32(record, 42);
    const rest = reads.take(at + 46, nameLength + extraLength + commentLength);
    const name = strFromU8(rest.subarray(0, nameLength), !(flags & 0x0800));
    // ZIP64 extra field: the 64-bit values of exactly the fields saturated in the record, in this order.
    for (let x = nameLength; x + 4 <= nameLength + extraLength;) {
      const id = u16(rest, x);
      const length = u16(rest, x + 2);
      if (id === 0x0001) {
        let v = x + 4;
        if (sizeBytes === 0xffffffff) ((sizeBytes = u64(rest, v)), (v += 8));
        if (compressedBytes === 0xffffffff) ((compressedBytes = u64(rest, v)), (v += 8));
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(rest, v);
      }
      x += 4 + length;
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 0x0001)
      throw new ZipRefusal(
        'zip-encrypted',
        `${file} 中的“${name}”已加密，无法读取。`,
        `“${name}” in ${file} is encrypted and cannot be read.`,
        name,
      );
    if (method !== 0 && method !== 8) {
      throw new ZipRefusal(
        'zip-unsupported-method',
        `${file} 中的“${name}”使用了不支持的压缩方式（${method}）。`,
        `“${name}” in ${file} uses an unsupported compression method (${method}).`,
        name,
      );
    }
    total += sizeBytes;
    if (total > limits.maxTotalBytes) {
      const hint = limits.howToChange;
      throw new ZipRefusal(
        'zip-too-large',
        `${file} 解压后将超过解压上限 ${formatBytes(limits.maxTotalBytes)}（声明至少 ${formatBytes(total)}，到“${name}”为止），疑似 zip 炸弹，已拒绝${hint ? `；${hint.zh}` : ''}。`,
        `${file} would inflate past the inflate limit of ${formatBytes(limits.maxTotalBytes)} (declares at least ${formatBytes(total)} up to “${name}”): a suspected zip bomb; refused${hint ? `; ${hint.en}` : ''}.`,
        name,
      );
    }
    const ratio = sizeBytes / Math.max(compressedBytes, 1);
    if (sizeBytes >= limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new ZipRefusal(
        'zip-ratio',
        `${file} 中的“${name}”压缩比为 ${Math.round(ratio)}:1（${formatBytes(compressedBytes)} 解压为 ${formatBytes(sizeBytes)}），超过上限 ${limits.maxRatio}:1，疑似 zip 炸弹，已拒绝。`,
        `“${name}” in ${file} has a compression ratio of ${Math.round(ratio)}:1 (${formatBytes(compressedBytes)} inflating to ${formatBytes(sizeBytes)}), over the limit of ${limits.maxRatio}:1: a suspected zip bomb; refused.`,
        name,
      );
    }
    entries.push({ name, method, compressedBytes, sizeBytes, localHeaderOffset });
  }
  return entries;
}

/** The entry's bytes, never more than it declares: inflation stops at the first chunk that passes the size. */
export function inflateZipEntry(zip: Uint8Array | ZipSource, file: string, entry: ZipEntryInfo): Uint8Array {
  const out = new Uint8Array(entry.sizeBytes);
  let written = 0;
  inflateZipEntryChunks(zip, file, entry, (chunk) => {
    out.set(chunk, written);
    written += chunk.length;
  });
  return out;
}

/**
 * The entry's bytes handed to `onChunk` in order (each chunk only valid during the call), never more than it
 * declares and exactly as many: an entry past 4 GiB, which no Uint8Array holds, is read this way.
 */
export function inflateZipEntryChunks(
  zip: Uint8Array | ZipSource,
  file: string,
  entry: ZipEntryInfo,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const source = sourceOf(zip);
  const local = entry.localHeaderOffset;
  within(source, file, local, 30);
  const header = source.read(local, 30);
  if (u32(header, 0) !== 0x04034b50) corrupt(file, `“${entry.name}”的本地文件头无效`, `the local header of “${entry.name}” is invalid`);
  const start = local + 30 + u16(header, 26) + u16(header, 28);
  within(source, file, start, entry.compressedBytes);
  const overflow = (): never => {
    throw new ZipRefusal(
      'zip-size-mismatch',
      `${file} 中的“${entry.name}”解压后超过其声明的大小 ${entry.sizeBytes} 字节，疑似 zip 炸弹，已停止解压并拒绝。`,
      `“${entry.name}” in ${file} inflates past its declared size of ${entry.sizeBytes} bytes: a suspected zip bomb; inflation stopped and refused.`,
      entry.name,
    );
  };
  if (entry.method === 0) {
    if (entry.compressedBytes > entry.sizeBytes) overflow();
    if (entry.compressedBytes < entry.sizeBytes)
      corrupt(
        file,
        `“${entry.name}”只存有 ${entry.compressedBytes} 字节，声明 ${entry.sizeBytes} 字节`,
        `“${entry.name}” stores ${entry.compressedBytes} bytes, declared ${entry.sizeBytes}`,
      );
    for (let at = 0; at < entry.compressedBytes; at += READ_BYTES)
      onChunk(source.read(start + at, Math.min(READ_BYTES, entry.compressedBytes - at)));
    return;
  }
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > entry.sizeBytes) overflow();
    written += chunk.length;
    onChunk(chunk);
  });
  try {
    if (entry.compressedBytes === 0) inflate.push(new Uint8Array(0), true);
    // Read in large pieces, inflated in small chunks: the overshoot past a declared size stays ≤ 16.5 MB.
    for (let read = 0; read < entry.compressedBytes; read += READ_BYTES) {
      const piece = source.read(start + read, Math.min(READ_BYTES, entry.compressedBytes - read));
      for (let at = 0; at < piece.length; at += CHUNK_BYTES)
        inflate.push(piece.subarray(at, at + CHUNK_BYTES), read + at + CHUNK_BYTES >= entry.compressedBytes);
    }
  } catch (e) {
    if (e instanceof ZipRefusal) throw e;
    corrupt(
      file,
      `“${entry.name}”：${e instanceof Error ? e.message : String(e)}`,
      `“${entry.name}”: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (written !== entry.sizeBytes) {
    corrupt(
      file,
      `“${entry.name}”解压后只有 ${written} 字节，声明 ${entry.sizeBytes} 字节`,
      `“${entry.name}” inflates to ${written} bytes, declared ${entry.sizeBytes}`,
    );
  }
}

/** Limits for a blueprint package: far above the 300k-parcel package (≈ 0.6 GiB inflated), below any machine's memory. */
export const PACKAGE_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 8 * GIB,
  maxEntries: 10_000,
  maxRatio: MAX_ZIP_RATIO,
  ratioFloorBytes: RATIO_FLOOR_BYTES,
};
