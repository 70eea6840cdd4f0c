// Types of the platform adapter: the one interface the UI uses for everything outside the page (open and
// save files, menus, recent files, logs, app facts). Electron implements it over the preload bridge, a
// plain browser over file inputs, drag and drop and downloads.
import type {
  AddDataSourceRequest,
  AppInfo,
  DataSourceLayer,
  DataSourceView,
  FileKind,
  LantuApi,
  MenuCommand,
  PublishedBlueprintVersion,
  SaveFormat,
  UiLanguage,
} from '../../../engine/ipc/index.ts';
import type { WorkspaceManifest } from '../../../engine/workspaceFile/index.ts';

declare global {
  interface Window {
    /** The preload bridge; present only inside the Electron app. */
    lantu?: LantuApi;
  }
}

export type Unsubscribe = () => void;

/** A file the user gave the app; its bytes are read on demand. */
export interface PickedFile {
  name: string;
  /** From the extension; undefined for a format Lantu does not read. */
  kind: FileKind | undefined;
  sizeBytes: number;
  read(): Promise<Uint8Array>;
}

export type OpenedFilesSource = 'drop' | 'second-instance' | 'command-line' | 'recent';

export interface OpenedFiles {
  source: OpenedFilesSource;
  files: PickedFile[];
  /** Offered but refused (e.g. a folder or a .docx), with the reason in the UI language. */
  rejected: Array<{ name: string; reason: string }>;
  /** Project boundary files (界址点 TXT, DXF, a DWG to refuse) dropped on the window: the project register's. */
  boundaries?: PickedFile[];
}

/** Where a workspace was opened from or saved to, for "Save" without a dialog (Electron only). */
export interface WorkspaceTarget {
  name: string;
  /** Electron: the granted file id; browser: undefined (every save is a download). */
  fileId?: string;
}

export interface OpenedWorkspace {
  target: WorkspaceTarget;
  manifest: WorkspaceManifest;
  /** Payload files by path (the editor defines them, e.g. `workspace.json`). */
  files: Map<string, Uint8Array>;
}

export interface RecentFileItem {
  name: string;
  path: string;
  kind: FileKind;
  openedAt: string;
  exists: boolean;
  file: PickedFile;
}

export interface PlatformCapabilities {
  /** Native menus send commands (the browser only maps a few keys). */
  nativeMenus: boolean;
  recentFiles: boolean;
  logFolder: boolean;
  /** "Save" can overwrite the opened workspace file without a dialog. */
  saveInPlace: boolean;
  /** The 合规性审查报告 can be saved as a PDF directly (Electron printToPDF); a browser prints instead. */
  reportPdf: boolean;
}

/** 数据源: the PostgreSQL connections main holds (desktop only); every call throws PlatformError when refused. */
export interface DataSourcesPort {
  list(): Promise<DataSourceView[]>;
  /** `password` is sent once and kept only encrypted by main; it never comes back. `replaces` edits that source in
   *  place, keeping its saved password unless a new one is typed or `clearPassword` is set. */
  add(request: AddDataSourceRequest): Promise<DataSourceView>;
  remove(id: string): Promise<void>;
  listLayers(id: string): Promise<DataSourceLayer[]>;
  /** One layer as a GeoJSON file for the import pipeline, with its row count. */
  readLayer(id: string, layer: string): Promise<{ file: PickedFile; rows: number }>;
  publishedVersion(id: string): Promise<PublishedBlueprintVersion | null>;
}

export interface PlatformAdapter {
  /** Present only in the desktop app (main holds the connections); the browser build has none. */
  readonly dataSources?: DataSourcesPort;
  readonly kind: 'electron' | 'browser';
  readonly capabilities: PlatformCapabilities;
  /** Plan documents, GeoJSON, Shapefile sets or zips, GeoPackages; [] when cancelled. */
  pickPlanFiles(): Promise<PickedFile[]>;
  /** Opens and verifies a `.lantu` file; null when cancelled; throws PlatformError when refused. */
  openWorkspace(): Promise<OpenedWorkspace | null>;
  /** Reads and verifies a `.lantu` file the user gave by other means (drop, recent list). */
  readWorkspace(file: PickedFile, target?: WorkspaceTarget): Promise<OpenedWorkspace>;
  /**
   * Packs the payload into a `.lantu` file and saves it: over `target` when given and supported, else
   * through a save dialog (Electron) or a download (browser). Null when cancelled.
   */
  saveWorkspace(
    files: ReadonlyMap<string, Uint8Array>,
    options: { suggestedName: string; target?: WorkspaceTarget },
  ): Promise<WorkspaceTarget | null>;
  /** Saves export bytes (save dialog or download); null when cancelled. */
  saveFile(bytes: Uint8Array, options: { suggestedName: string; format: SaveFormat }): Promise<{ name: string } | null>;
  /**
   * Renders a report's self-contained HTML to an A4 PDF and saves it (save dialog); null when cancelled.
   * Only where `capabilities.reportPdf`; elsewhere it rejects with a PlatformError.
   */
  saveReportPdf(html: string, options: { suggestedName: string }): Promise<{ name: string } | null>;
  onMenuCommand(callback: (command: MenuCommand) => void): Unsubscribe;
  /** Files dropped on the window, or handed over by the desktop (second launch, command line, recent menu). */
  onFilesOpened(callback: (opened: OpenedFiles) => void): Unsubscribe;
  listRecentFiles(): Promise<RecentFileItem[]>;
  setUiLanguage(language: UiLanguage): Promise<void>;
  /** Records an error in the app log (Electron) or the console (browser). Never throws. */
  logError(message: string, detail?: string): void;
  openLogFolder(): Promise<void>;
  getAppInfo(): Promise<AppInfo>;
}
