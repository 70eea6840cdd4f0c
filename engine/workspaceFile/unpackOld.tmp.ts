// Pure. Takes `.lantu` bytes, returns the manifest and payload files, or the first reason the file is
// refused (damaged, not a workspace, from a newer version, tampered: a size or SHA-256 that differs from
// the manifest, a file missing or not listed), in Chinese or English naming the file and the entry.
import { strFromU8 } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { inflateZipEntry, listZipEntries, MAX_ZIP_RATIO, RATIO_FLOOR_BYTES, ZipRefusal, type ZipEntryInfo } from '../zip/readZipOld.tmp.ts';
import { isSafeEntryPath } from './isSafeEntryPath.ts';
import {
  MANIFEST_PATH,
  WORKSPACE_FORMAT,
  WORKSPACE_FORMAT_VERSION,
  type UnpackedWorkspaceFile,
  type WorkspaceFileErrorCode,
  type WorkspaceManifest,
} from './types.ts';

export interface UnpackWorkspaceOptions {
  /** Shown in messages, e.g. "济源.lantu". */
  fileName?: string;
  lang?: 'zh' | 'en';
  /** Refuse containers whose files would unpack to more than this (zip bombs). Default 2 GiB. */
  maxTotalBytes?: number;
}

function describeManifestProblem(value: unknown, en: boolean): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return en ? 'it is not a JSON object' : '它不是 JSON 对象';
  const m = value as Record<string, unknown>;
  if (typeof m.formatVersion !== 'number' || !Number.isInteger(m.formatVersion) || m.formatVersion < 1)
    return en
      ? `"formatVersion" should be a positive integer, found ${JSON.stringify(m.formatVersion)}`
      : `"formatVersion" 应为正整数，实际为 ${JSON.stringify(m.formatVersion)}`;
  if (typeof m.createdAt !== 'string') return en ? '"createdAt" should be a string' : '"createdAt" 应为字符串';
  if (typeof m.generator !== 'string') return en ? '"generator" should be a string' : '"generator" 应为字符串';
  if (!Array.isArray(m.files)) return en ? '"files" should be an array' : '"files" 应为数组';
  for (const [index, entry] of m.files.entries()) {
    const e = entry as Record<string, unknown> | null;
    const ok =
      typeof e === 'object' &&
      e !== null &&
      typeof e.path === 'string' &&
      typeof e.sizeBytes === 'number' &&
      Number.isInteger(e.sizeBytes) &&
      e.sizeBytes >= 0 &&
      typeof e.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(e.sha256);
    if (!ok)
      return en
        ? `files[${index}] should have "path", an integer "sizeBytes" and a 64-hex-digit "sha256"`
        : `files[${index}] 应包含 "path"、整数 "sizeBytes" 和 64 位十六进制的 "sha256"`;
  }
  return null;
}

export function unpackWorkspaceFile(bytes: Uint8Array, options: UnpackWorkspaceOptions = {}): UnpackedWorkspaceFile {
  const en = options.lang === 'en';
  const name = options.fileName ?? (en ? 'the workspace file' : '工作空间文件');
  const maxTotalBytes = options.maxTotalBytes ?? 2 * 1024 * 1024 * 1024;
  const refuse = (code: WorkspaceFileErrorCode, zh: string, english: string): UnpackedWorkspaceFile => ({
    ok: false,
    error: {
      code,
      message: en
        ? `Cannot open ${name}: ${english} The current workspace was not changed.`
        : `无法打开 ${name}：${zh}当前工作空间未作改动。`,
    },
  });

  // The central directory is read first (engine/zip), so a zip bomb (declared total, entry count, an entry's
  // ratio) or an unsafe path is refused before a single byte is inflated; each entry then inflates on its own and
  // stops at the first chunk past its declared size.
  const notAZip = () =>
    refuse(
      'not-a-zip',
      '它不是有效的 zip 压缩包（文件可能已损坏或不完整）。',
      'it is not a valid zip archive (the file may be damaged or incomplete).',
    );
  const refuseZip = (e: ZipRefusal) =>
    e.code === 'zip-invalid' || e.code === 'zip-corrupt' ? notAZip() : refuse('too-large', `${e.zh}`, e.en);
  let directory: ZipEntryInfo[];
  try {
    directory = listZipEntries(bytes, name, {
      maxTotalBytes,
      maxEntries: 10_000,
      maxRatio: MAX_ZIP_RATIO,
      ratioFloorBytes: RATIO_FLOOR_BYTES,
    });
  } catch (e) {
    if (e instanceof ZipRefusal) return refuseZip(e);
    return notAZip();
  }
  // Entry names as the central directory lists them, looked up by own property only ("__proto__" is a name too).
  const entryNames = directory.map((entry) => entry.name);
  const unsafe = entryNames.find((path) => !isSafeEntryPath(path) && !path.endsWith('/'));
  if (unsafe !== undefined) {
    return refuse(
      'unsafe-path',
      `其中的路径 "${unsafe}" 不安全（含 ".."、绝对路径或反斜杠）。`,
      `it contains the unsafe path "${unsafe}" (with "..", an absolute path or backslashes).`,
    );
  }
  const entries = new Map<string, Uint8Array>();
  try {
    for (const entry of directory) if (!entry.name.endsWith('/')) entries.set(entry.name, inflateZipEntry(bytes, name, entry));
  } catch (e) {
    if (e instanceof ZipRefusal) return refuseZip(e);
    return notAZip();
  }
  const manifestBytes = entries.get(MANIFEST_PATH);
  if (!manifestBytes) {
    return refuse(
      'missing-manifest',
      `缺少 ${MANIFEST_PATH}，它不是蓝图工作空间文件。`,
      `${MANIFEST_PATH} is missing; it is not a Lantu workspace file.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return refuse('bad-manifest', `${MANIFEST_PATH} 不是有效的 JSON。`, `${MANIFEST_PATH} is not valid JSON.`);
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format !== WORKSPACE_FORMAT) {
    return refuse(
      'wrong-format',
      `${MANIFEST_PATH} 的 "format" 应为 "${WORKSPACE_FORMAT}"，实际为 ${JSON.stringify(format)}。`,
      `"format" in ${MANIFEST_PATH} should be "${WORKSPACE_FORMAT}", found ${JSON.stringify(format)}.`,
    );
  }
  const problem = describeManifestProblem(parsed, en);
  if (problem) return refuse('bad-manifest', `${MANIFEST_PATH} 格式不对：${problem}。`, `${MANIFEST_PATH} is malformed: ${problem}.`);
  const manifest = parsed as WorkspaceManifest;
  if (manifest.formatVersion > WORKSPACE_FORMAT_VERSION) {
    return refuse(
      'newer-version',
      `它由更新版本的蓝图保存（格式版本 ${manifest.formatVersion}），本程序只能读取到版本 ${WORKSPACE_FORMAT_VERSION}，请升级蓝图。`,
      `it was saved by a newer Lantu (format version ${manifest.formatVersion}); this one reads up to version ${WORKSPACE_FORMAT_VERSION}. Please upgrade Lantu.`,
    );
  }

  const files = new Map<string, Uint8Array>();
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (!isSafeEntryPath(entry.path) || entry.path === MANIFEST_PATH || listed.has(entry.path)) {
      return refuse(
        'unsafe-path',
        `清单中的路径 "${entry.path}" 不安全或重复。`,
        `the manifest path "${entry.path}" is unsafe or repeated.`,
      );
    }
    listed.add(entry.path);
    const content = entries.get(entry.path);
    if (!content)
      return refuse(
        'missing-file',
        `清单列出的 ${entry.path} 不在压缩包中。`,
        `${entry.path}, listed in the manifest, is not in the archive.`,
      );
    if (content.byteLength !== entry.sizeBytes) {
      return refuse(
        'size-mismatch',
        `${entry.path} 已被修改或损坏：大小应为 ${entry.sizeBytes} 字节，实际为 ${content.byteLength} 字节。`,
        `${entry.path} was modified or damaged: its size should be ${entry.sizeBytes} bytes, found ${content.byteLength}.`,
      );
    }
    const actual = bytesToHex(sha256(content));
    if (actual !== entry.sha256) {
      return refuse(
        'hash-mismatch',
        `${entry.path} 已被修改或损坏：SHA-256 应为 ${entry.sha256}，实际为 ${actual}。`,
        `${entry.path} was modified or damaged: its SHA-256 should be ${entry.sha256}, found ${actual}.`,
      );
    }
    files.set(entry.path, content);
  }
  for (const path of entryNames) {
    if (path !== MANIFEST_PATH && !path.endsWith('/') && !listed.has(path)) {
      return refuse(
        'unlisted-file',
        `压缩包中的 ${path} 未列在清单中（文件可能被篡改）。`,
        `${path} is in the archive but not in the manifest (the file may have been tampered with).`,
      );
    }
  }
  return { ok: true, manifest, files };
}
