// Pure types. The one interface the preload bridge exposes as `window.lantu`: one method per channel in
// `IPC_CHANNELS`. Requests resolve to an `IpcResult` (never reject for expected failures); push events
// are `onX(callback) → unsubscribe`.
import type {
  AddDataSourceRequest,
  AppInfo,
  ChosenFile,
  DataSourceLayer,
  DataSourceLayerRead,
  DataSourceView,
  FilesOpenedEvent,
  IpcResult,
  LogLevel,
  OpenPurpose,
  OpenedWorkspaceFile,
  PublishedBlueprintVersion,
  RecentFile,
  SaveFormat,
  SavedFile,
  StationSignature,
  StationView,
  UiLanguage,
} from './types.ts';
import type { TrustedKey, TrustLogEntry } from '../sign/index.ts';
import type { MenuCommandEvent } from './menuCommands.ts';

export type Unsubscribe = () => void;

export interface LantuApi {
  /** `file:choose-open` — native open dialog filtered by purpose; [] when cancelled. */
  chooseFilesToOpen(request: { purpose: OpenPurpose }): Promise<IpcResult<ChosenFile[]>>;
  /** `file:read-bytes` — the whole content of a granted file. */
  readFileBytes(request: { fileId: string }): Promise<IpcResult<Uint8Array>>;
  /** `file:save-bytes` — native save dialog, then an atomic write; null when cancelled. */
  saveFileBytes(request: { suggestedName: string; format: SaveFormat; bytes: Uint8Array }): Promise<IpcResult<SavedFile | null>>;
  /**
   * `file:save-report-pdf` — native save dialog, then main renders the report HTML to an A4 PDF in a hidden,
   * sandboxed, script-free window and writes it atomically; null when cancelled.
   */
  saveReportPdf(request: { suggestedName: string; html: string }): Promise<IpcResult<SavedFile | null>>;
  /** `workspace:open-file` — open dialog for `.lantu`, container verified in main; null when cancelled. */
  openWorkspaceFile(request?: Record<string, never>): Promise<IpcResult<OpenedWorkspaceFile | null>>;
  /**
   * `workspace:save-file` — verifies the container, then writes it atomically: in place when `fileId`
   * names a granted `.lantu` file, else through a save dialog (null when cancelled).
   */
  saveWorkspaceFile(request: { bytes: Uint8Array; suggestedName: string; fileId?: string }): Promise<IpcResult<SavedFile | null>>;
  /** `recent:list-files` — most recent first, each granted for reading. */
  listRecentFiles(request?: Record<string, never>): Promise<IpcResult<RecentFile[]>>;
  /** `recent:clear-files`. */
  clearRecentFiles(request?: Record<string, never>): Promise<IpcResult<null>>;
  /** `app:get-info`. */
  getAppInfo(request?: Record<string, never>): Promise<IpcResult<AppInfo>>;
  /** `app:set-language` — menus and dialogs follow the UI language. */
  setUiLanguage(request: { language: UiLanguage }): Promise<IpcResult<null>>;
  /** `log:write-entry` — renderer errors go to the same rotating log as main's. */
  writeLogEntry(request: { level: LogLevel; message: string; detail?: string }): Promise<IpcResult<null>>;
  /** `log:open-folder` — shows the log folder in the file manager. */
  openLogFolder(request?: Record<string, never>): Promise<IpcResult<null>>;
  /** `station:get-identity` — this installation's station (null before the first start's dialog). */
  getStation(request?: Record<string, never>): Promise<IpcResult<StationView>>;
  /** `station:create-identity` — makes the station and its key pair (kept by safeStorage, or sealed under `passphrase`). */
  initStation(request: { stationName: string; role: 'bureau' | 'department'; passphrase?: string }): Promise<IpcResult<StationView>>;
  /** `station:rename-identity`. */
  renameStation(request: { stationName: string }): Promise<IpcResult<StationView>>;
  /** `station:sign-bytes` — main signs `message` with the station's key; only the signature comes back. */
  signWithStation(request: { message: Uint8Array; passphrase?: string }): Promise<IpcResult<StationSignature>>;
  /** `keys:list-trusted` — the trusted keys and the log of every change to them. */
  listTrustedKeys(request?: Record<string, never>): Promise<IpcResult<{ keys: TrustedKey[]; log: TrustLogEntry[] }>>;
  /** `keys:trust-key` — trusts the key in a public-key file once the user confirmed its fingerprint. */
  trustKey(request: { fileText: string; fileName: string; fingerprint: string }): Promise<IpcResult<TrustLogEntry>>;
  /** `keys:revoke-key`. */
  revokeKey(request: { fingerprint: string }): Promise<IpcResult<TrustLogEntry>>;
  /** `keys:export-public` — save dialog for this station's public-key file; null when cancelled. */
  exportPublicKey(request?: Record<string, never>): Promise<IpcResult<SavedFile | null>>;
  /** `datasource:list-sources` — the named PostgreSQL connections main keeps (never a password). */
  listDataSources(request?: Record<string, never>): Promise<IpcResult<DataSourceView[]>>;
  /**
   * `datasource:add-source` — a libpq string without password; `password` is stored only encrypted (safeStorage).
   * With `replaces` it edits that source in place, keeping its sealed password unless `password` or `clearPassword` is given.
   */
  addDataSource(request: AddDataSourceRequest): Promise<IpcResult<DataSourceView>>;
  /** `datasource:remove-source`. */
  removeDataSource(request: { id: string }): Promise<IpcResult<null>>;
  /** `datasource:list-layers` — the source's spatial tables (also the connection test). */
  listDataSourceLayers(request: { id: string }): Promise<IpcResult<DataSourceLayer[]>>;
  /** `datasource:read-layer` — one `schema.table` as GeoJSON bytes for the import pipeline. Never SQL. */
  readDataSourceLayer(request: { id: string; layer: string }): Promise<IpcResult<DataSourceLayerRead>>;
  /** `datasource:get-published-version` — the latest published blueprint in the source's schema; null when none. */
  getPublishedVersion(request: { id: string }): Promise<IpcResult<PublishedBlueprintVersion | null>>;
  /** `menu:command` (push). */
  onMenuCommand(callback: (event: MenuCommandEvent) => void): Unsubscribe;
  /** `file:opened` (push): files dropped on the window, given to a second launch or on the command line. */
  onFilesOpened(callback: (event: FilesOpenedEvent) => void): Unsubscribe;
}
