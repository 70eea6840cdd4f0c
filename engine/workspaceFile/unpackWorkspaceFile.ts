// Pure. Takes `.lantu` bytes, returns the manifest and payload files, or the first reason the file is
// refused (damaged, not a workspace, from a newer version, tampered: a size or SHA-256 that differs from
// the manifest, a file missing or not listed), in Chinese or English naming the file and the entry.
import { strFromU8 } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { say, type Bilingual } from '../i18n/index.ts';
import { inflateZipEntry, listZipEntries, MAX_ZIP_RATIO, RATIO_FLOOR_BYTES, ZipRefusal, type ZipEntryInfo } from '../zip/readZipSafely.ts';
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

function describeManifestProblem(value: unknown): Bilingual | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return say('workspaceFile.unpackWorkspaceFile.not-an-object');
  const m = value as Record<string, unknown>;
  if (typeof m.formatVersion !== 'number' || !Number.isInteger(m.formatVersion) || m.formatVersion < 1)
    return say('workspaceFile.unpackWorkspaceFile.bad-format-version', { found: JSON.stringify(m.formatVersion) });
  if (typeof m.createdAt !== 'string') return say('workspaceFile.unpackWorkspaceFile.not-a-string', { field: 'createdAt' });
  if (typeof m.generator !== 'string') return say('workspaceFile.unpackWorkspaceFile.not-a-string', { field: 'generator' });
  if (!Array.isArray(m.files)) return say('workspaceFile.unpackWorkspaceFile.files-not-an-array');
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
    if (!ok) return say('workspaceFile.unpackWorkspaceFile.bad-file-entry', { index });
  }
  return null;
}

export function unpackWorkspaceFile(bytes: Uint8Array, options: UnpackWorkspaceOptions = {}): UnpackedWorkspaceFile {
  const lang = options.lang === 'en' ? 'en' : 'zh';
  const name = options.fileName ?? say('workspaceFile.unpackWorkspaceFile.default-name')[lang];
  const maxTotalBytes = options.maxTotalBytes ?? 2 * 1024 * 1024 * 1024;
  const refuse = (code: WorkspaceFileErrorCode, problem: Bilingual): UnpackedWorkspaceFile => ({
    ok: false,
    error: { code, message: say('workspaceFile.unpackWorkspaceFile.refused', { name, problem })[lang] },
  });

  // The central directory is read first (engine/zip), so a zip bomb (declared total, entry count, an entry's
  // ratio) or an unsafe path is refused before a single byte is inflated; each entry then inflates on its own and
  // stops at the first chunk past its declared size.
  const notAZip = () => refuse('not-a-zip', say('workspaceFile.unpackWorkspaceFile.not-a-zip'));
  const refuseZip = (e: ZipRefusal) =>
    e.code === 'zip-invalid' || e.code === 'zip-corrupt' ? notAZip() : refuse('too-large', { zh: e.zh, en: e.en });
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
    return refuse('unsafe-path', say('workspaceFile.unpackWorkspaceFile.unsafe-path', { unsafe }));
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
    return refuse('missing-manifest', say('workspaceFile.unpackWorkspaceFile.missing-manifest', { manifestPath: MANIFEST_PATH }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return refuse('bad-manifest', say('workspaceFile.unpackWorkspaceFile.bad-manifest', { manifestPath: MANIFEST_PATH }));
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format !== WORKSPACE_FORMAT) {
    return refuse(
      'wrong-format',
      say('workspaceFile.unpackWorkspaceFile.wrong-format', {
        manifestPath: MANIFEST_PATH,
        format: WORKSPACE_FORMAT,
        found: JSON.stringify(format),
      }),
    );
  }
  const problem = describeManifestProblem(parsed);
  if (problem)
    return refuse('bad-manifest', say('workspaceFile.unpackWorkspaceFile.malformed-manifest', { manifestPath: MANIFEST_PATH, problem }));
  const manifest = parsed as WorkspaceManifest;
  if (manifest.formatVersion > WORKSPACE_FORMAT_VERSION) {
    return refuse(
      'newer-version',
      say('workspaceFile.unpackWorkspaceFile.newer-version', {
        formatVersion: manifest.formatVersion,
        supported: WORKSPACE_FORMAT_VERSION,
      }),
    );
  }

  const files = new Map<string, Uint8Array>();
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (!isSafeEntryPath(entry.path) || entry.path === MANIFEST_PATH || listed.has(entry.path)) {
      return refuse('unsafe-path', say('workspaceFile.unpackWorkspaceFile.unsafe-manifest-path', { path: entry.path }));
    }
    listed.add(entry.path);
    const content = entries.get(entry.path);
    if (!content) return refuse('missing-file', say('workspaceFile.unpackWorkspaceFile.missing-file', { path: entry.path }));
    if (content.byteLength !== entry.sizeBytes) {
      return refuse(
        'size-mismatch',
        say('workspaceFile.unpackWorkspaceFile.size-mismatch', {
          path: entry.path,
          sizeBytes: entry.sizeBytes,
          byteLength: content.byteLength,
        }),
      );
    }
    const actual = bytesToHex(sha256(content));
    if (actual !== entry.sha256) {
      return refuse(
        'hash-mismatch',
        say('workspaceFile.unpackWorkspaceFile.hash-mismatch', { path: entry.path, sha256: entry.sha256, actual }),
      );
    }
    files.set(entry.path, content);
  }
  for (const path of entryNames) {
    if (path !== MANIFEST_PATH && !path.endsWith('/') && !listed.has(path)) {
      return refuse('unlisted-file', say('workspaceFile.unpackWorkspaceFile.unlisted-file', { path }));
    }
  }
  return { ok: true, manifest, files };
}
