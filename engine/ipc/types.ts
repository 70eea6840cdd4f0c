// Pure types. The data that crosses between renderer and main: plain objects, arrays and Uint8Array only
// (structured-clone safe). Paths never cross inward: the renderer names files by the `fileId` main granted.

export type UiLanguage = 'zh' | 'en';

/** What an open dialog is for; selects its format filters. */
export type OpenPurpose = 'plan' | 'workspace';

/** Formats a save dialog can offer. */
export type SaveFormat = 'zip' | 'gpkg' | 'geojson' | 'csv' | 'json' | 'html' | 'lantu' | 'pdf' | 'txt' | 'pub' | 'png';

/** A file's kind, from its extension. */
export type FileKind = 'geojson' | 'shapefile-zip' | 'shapefile-part' | 'geopackage' | 'workspace';

/** A file the user chose (dialog, drop, recent list, command line); `fileId` grants reading it. */
export interface ChosenFile {
  fileId: string;
  name: string;
  kind: FileKind;
  sizeBytes: number;
}

/** Where opened files came from when main pushes them (`file:opened`). */
export type OpenSource = 'drop' | 'second-instance' | 'command-line' | 'recent';

export interface FilesOpenedEvent {
  source: OpenSource;
  files: ChosenFile[];
  /** Files that were offered but not accepted, with the reason in the UI language. */
  rejected: Array<{ name: string; reason: string }>;
}

export interface SavedFile {
  fileId: string;
  name: string;
  sizeBytes: number;
}

export interface OpenedWorkspaceFile {
  file: ChosenFile;
  bytes: Uint8Array;
}

export interface RecentFile {
  fileId: string;
  name: string;
  /** Full path, for display only. */
  path: string;
  kind: FileKind;
  openedAt: string;
  exists: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  electronVersion: string;
  chromeVersion: string;
  nodeVersion: string;
  platform: string;
  language: UiLanguage;
  logDir: string;
}

export type LogLevel = 'error' | 'warn' | 'info';

export type IpcErrorCode =
  | 'bad-request'
  | 'foreign-sender'
  | 'unknown-file'
  | 'io'
  | 'invalid-workspace'
  | 'internal'
  // The station's key and trust list (main/node/station): a passphrase is needed, it was wrong, or a refusal.
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'station'
  // A data source (数据源): the database refused, was unreachable, or the source is unknown (message names which).
  | 'data-source';

export interface IpcError {
  code: IpcErrorCode;
  /** In the UI language; names the channel/file/field, what was expected and what was found. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** This installation's station as main shows it to the renderer: identity and public key, never the private key. */
export interface StationView {
  station: {
    stationId: string;
    stationName: string;
    stationCode: string;
    role: 'bureau' | 'department';
    createdAt: string;
    publicKey?: string;
    fingerprint?: string;
  } | null;
  /** The key is (or, before init, will be) sealed under a passphrase: safeStorage is only `basic_text`. */
  passphraseRequired: boolean;
  /** The key was opened in this session; signing asks no passphrase. */
  unlocked: boolean;
}

export interface StationSignature {
  signature: Uint8Array;
  publicKey: Uint8Array;
  stationId: string;
  stationName: string;
}

/** A named PostgreSQL connection main keeps (数据源): the libpq string has no password; a typed one is held encrypted in main. */
export interface DataSourceView {
  id: string;
  name: string;
  connection: string;
  /** Schema `lantu publish` writes to (where the published version is read). */
  schema: string;
  hasPassword: boolean;
}

/** Adds a data source, or with `replaces` edits one in place (its sealed password kept unless replaced or cleared). */
export interface AddDataSourceRequest {
  name: string;
  connection: string;
  schema?: string;
  password?: string;
  /** The id of the source being edited. */
  replaces?: string;
  /** Edit only: forget the saved password. */
  clearPassword?: true;
}

/** A spatial table in a data source. */
export interface DataSourceLayer {
  schema: string;
  table: string;
  geometryColumn: string;
  geometryType: string;
  srid: number;
}

/** A layer read for the import pipeline: GeoJSON bytes named `file`. */
export interface DataSourceLayerRead {
  file: string;
  bytes: Uint8Array;
  rows: number;
}

/** The latest blueprint `lantu publish` wrote into a data source's schema. */
export interface PublishedBlueprintVersion {
  version: number;
  packageSha256: string;
  created: string;
  publishedAt: string;
  status: string | null;
}
