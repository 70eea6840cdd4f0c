// Pure. Takes a package's files and its manifest, returns every file that differs from what the manifest
// lists: modified (size or SHA-256), removed (listed, absent) or added (present, not listed), sorted by path.
// A Node caller passes its native SHA-256 (the engine's is several times slower on a city's 850 MB).
import { sha256Hex } from './sha256Hex.ts';
import type { Manifest } from './types.ts';

export const MANIFEST_PATH = 'manifest.json';

export interface FileIssue {
  kind: 'modified' | 'removed' | 'added';
  path: string;
}

export function checkPackageFiles(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: Pick<Manifest, 'files'>,
  hash: (bytes: Uint8Array) => string = sha256Hex,
): FileIssue[] {
  const issues: FileIssue[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const bytes = files.get(entry.path);
    if (!bytes) issues.push({ kind: 'removed', path: entry.path });
    else if (bytes.length !== entry.sizeBytes || hash(bytes) !== entry.sha256) issues.push({ kind: 'modified', path: entry.path });
  }
  for (const path of files.keys()) if (path !== MANIFEST_PATH && !listed.has(path)) issues.push({ kind: 'added', path });
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
