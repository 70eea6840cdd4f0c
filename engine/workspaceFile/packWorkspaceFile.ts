// Pure. Takes the payload files (path → bytes) and who/when wrote them, returns the `.lantu` bytes: a zip
// with `manifest.json` first, then the files sorted by path with fixed timestamps (same input, same bytes).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { isSafeEntryPath } from './isSafeEntryPath.ts';
import { MANIFEST_PATH, WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, type WorkspaceManifest } from './types.ts';

export interface PackWorkspaceOptions {
  /** ISO 8601 time of writing (the engine has no clock). */
  createdAt: string;
  /** e.g. "蓝图 Lantu 0.1.0". */
  generator: string;
}

export function packWorkspaceFile(
  files: ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>,
  options: PackWorkspaceOptions,
): Uint8Array {
  const entries = (files instanceof Map ? [...files.entries()] : Object.entries(files)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path] of entries) {
    if (!isSafeEntryPath(path) || path === MANIFEST_PATH) throw new Error(`Workspace payload path not allowed: ${JSON.stringify(path)}`);
  }
  const manifest: WorkspaceManifest = {
    format: WORKSPACE_FORMAT,
    formatVersion: WORKSPACE_FORMAT_VERSION,
    createdAt: options.createdAt,
    generator: options.generator,
    files: entries.map(([path, bytes]) => ({ path, sizeBytes: bytes.byteLength, sha256: bytesToHex(sha256(bytes)) })),
  };
  // Zip timestamps are DOS times (local, 2-second steps): a fixed one keeps the output reproducible.
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const zippable: Zippable = { [MANIFEST_PATH]: [strToU8(`${JSON.stringify(manifest, null, 2)}\n`), { mtime }] };
  for (const [path, bytes] of entries) zippable[path] = [bytes, { mtime }];
  return zipSync(zippable, { level: 6 });
}
