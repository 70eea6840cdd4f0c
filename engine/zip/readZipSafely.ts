// Pure. listZipEntries(bytes, file, limits) reads a zip's central directory (ZIP64 included) and refuses, before
// anything is inflated, a declared total over the cap, too many entries, an entry over the ratio limit, encryption
// or an unknown method; inflateZipEntry(bytes, file, entry) inflates one entry in chunks and stops at the first
// chunk past its declared size. Every refusal is a ZipRefusal naming the file, the entry and the limit.
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

function within(bytes: Uint8Array, file: string, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) corrupt(file, '目录超出文件末尾', 'a directory record runs past the end of the file');
}

export function listZipEntries(bytes: Uint8Array, file: string, limits: ZipLimits): ZipEntryInfo[] {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ZipRefusal('zip-invalid', `${file} 不是有效的 zip 文件（文件头不符）。`, `${file} is not a valid zip file (bad signature).`);
  }
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65_535; at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) corrupt(file, '找不到中央目录', 'no central directory');
  let count = u16(bytes, end + 10);
  let directoryAt = u32(bytes, end + 16);
  if (count === 0xffff || directoryAt === 0xffffffff) {
    // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
    const locator = end - 20;
    within(bytes, file, locator, 20);
    if (u32(bytes, locator) !== 0x07064b50) corrupt(file, '缺少 ZIP64 目录定位记录', 'the ZIP64 locator is missing');
    const end64 = u64(bytes, locator + 8);
    within(bytes, file, end64, 56);
    if (u32(bytes, end64) !== 0x06064b50) corrupt(file, 'ZIP64 目录结束记录无效', 'the ZIP64 end record is invalid');
    count = u64(bytes, end64 + 32);
    directoryAt = u64(bytes, end64 + 48);
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
    within(bytes, file, at, 46);
    if (u32(bytes, at) !== 0x02014b50) corrupt(file, `第 ${i + 1} 个目录记录无效`, `central directory record ${i + 1} is invalid`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let compressedBytes = u32(bytes, at + 20);
    let sizeBytes = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localHeaderOffset = u32(bytes, at + 42);
    within(bytes, file, at + 46, nameLength + extraLength + commentLength);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !(flags & 0x0800));
    // ZIP64 extra field: the 64-bit values of exactly the fields saturated in the record, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(bytes, x);
      const length = u16(bytes, x + 2);
      if (id === 0x0001) {
        let v = x + 4;
        if (sizeBytes === 0xffffffff) ((sizeBytes = u64(bytes, v)), (v += 8));
        if (compressedBytes === 0xffffffff) ((compressedBytes = u64(bytes, v)), (v += 8));
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, v);
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
export function inflateZipEntry(bytes: Uint8Array, file: string, entry: ZipEntryInfo): Uint8Array {
  const local = entry.localHeaderOffset;
  within(bytes, file, local, 30);
  if (u32(bytes, local) !== 0x04034b50) corrupt(file, `“${entry.name}”的本地文件头无效`, `the local header of “${entry.name}” is invalid`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  within(bytes, file, start, entry.compressedBytes);
  const data = bytes.subarray(start, start + entry.compressedBytes);
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
    return data.slice();
  }
  const out = new Uint8Array(entry.sizeBytes);
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > entry.sizeBytes) overflow();
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    if (data.length === 0) inflate.push(data, true);
    for (let at = 0; at < data.length; at += CHUNK_BYTES)
      inflate.push(data.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= data.length);
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
  return out;
}

/** Limits for a blueprint package: far above the 300k-parcel package (≈ 0.6 GiB inflated), below any machine's memory. */
export const PACKAGE_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 8 * GIB,
  maxEntries: 10_000,
  maxRatio: MAX_ZIP_RATIO,
  ratioFloorBytes: RATIO_FLOOR_BYTES,
};
