// Pure types. The `.lantu` workspace file: a zip holding `manifest.json` (format, version, every other
// file with its size and SHA-256) around a payload whose files the editor defines.

export const WORKSPACE_FORMAT = 'lantu-workspace';
/** The newest container version this build writes and reads. */
export const WORKSPACE_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';

export interface WorkspaceManifestEntry {
  path: string;
  sizeBytes: number;
  sha256: string;
}

export interface WorkspaceManifest {
  format: typeof WORKSPACE_FORMAT;
  formatVersion: number;
  createdAt: string;
  generator: string;
  files: WorkspaceManifestEntry[];
}

export type WorkspaceFileErrorCode =
  | 'not-a-zip'
  | 'too-large'
  | 'missing-manifest'
  | 'bad-manifest'
  | 'wrong-format'
  | 'newer-version'
  | 'unsafe-path'
  | 'missing-file'
  | 'unlisted-file'
  | 'size-mismatch'
  | 'hash-mismatch';

export interface WorkspaceFileError {
  code: WorkspaceFileErrorCode;
  message: string;
}

export type UnpackedWorkspaceFile =
  { ok: true; manifest: WorkspaceManifest; files: Map<string, Uint8Array> } | { ok: false; error: WorkspaceFileError };
