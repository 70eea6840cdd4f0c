// Pure. unzipSafely(bytes, file, limits) → entries by path, refusing zip bombs (declared uncompressed sizes
// are checked against the limits BEFORE anything is inflated), `../` or absolute paths, and broken zips.
// Throws ImportFailure with a Chinese message; never returns a partial result.
import { describeZipError } from '../describeLibraryError.ts';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { fail, ImportFailure } from '../importFailure.ts';

export interface ZipLimits {
  /** Largest total of declared uncompressed sizes accepted. */
  maxTotalBytes: number;
  maxEntries: number;
}

/** 1 GiB uncompressed covers a 300k-parcel Shapefile several times over and stays far from the 2 GB peak. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 1024 * 1024 * 1024, maxEntries: 10_000 };

function isUnsafePath(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  return n.startsWith('/') || /^[a-zA-Z]:/.test(n) || n.split('/').some((part) => part === '..');
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export function unzipSafely(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    fail('zip-invalid', `${file} 不是有效的 zip 文件（文件头不符）。`, `${file} is not a valid zip file (bad signature).`, { file });
  }
  let total = 0;
  let count = 0;
  const check = (info: UnzipFileInfo): boolean => {
    if (isUnsafePath(info.name)) {
      fail('zip-path-traversal', `${file} 含有不安全的路径“${info.name}”（../ 或绝对路径），已拒绝导入。`, `${file} contains the unsafe path “${info.name}” (../ or absolute); refused.`, { file });
    }
    count++;
    total += info.originalSize;
    if (count > limits.maxEntries) {
      fail('zip-too-many-entries', `${file} 含有超过 ${limits.maxEntries} 个文件，已拒绝导入。`, `${file} holds more than ${limits.maxEntries} entries; refused.`, { file });
    }
    if (total > limits.maxTotalBytes) {
      fail('zip-too-large', `${file} 解压后将超过 ${mb(limits.maxTotalBytes)} MB（声明 ${mb(total)} MB 以上），疑似 zip 炸弹，已拒绝导入。`, `${file} would inflate past ${mb(limits.maxTotalBytes)} MB (declares at least ${mb(total)} MB): a suspected zip bomb; refused.`, { file });
    }
    if (info.compression !== 0 && info.compression !== 8) {
      fail('zip-unsupported-method', `${file} 中的“${info.name}”使用了不支持的压缩方式（${info.compression}）。`, `“${info.name}” in ${file} uses an unsupported compression method (${info.compression}).`, { file });
    }
    return !info.name.endsWith('/') && !info.name.startsWith('__MACOSX/');
  };
  let entries: Record<string, Uint8Array>;
  try {
    // Pass 1 only reads the central directory (the filter refuses everything), so nothing is inflated
    // until every declared size has been checked.
    unzipSync(bytes, { filter: (info) => (check(info), false) });
    entries = unzipSync(bytes, { filter: (info) => !info.name.endsWith('/') && !info.name.startsWith('__MACOSX/') });
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    const why = describeZipError(e);
    fail('zip-corrupt', `${file} 已损坏或不完整，无法解压（${why.zh}）。`, `${file} is damaged or truncated and cannot be unpacked (${why.en}).`, { file });
  }
  return new Map(Object.keys(entries).sort().map((name) => [name, entries[name]!]));
}
