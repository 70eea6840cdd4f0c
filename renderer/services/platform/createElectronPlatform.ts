// The platform adapter inside the Electron app: every call goes through the preload bridge (`LantuApi`);
// `IpcResult` errors become PlatformError. Files dropped on the page are read in the page (File objects);
// files main hands over (second launch, command line, recent menu, drops outside the page) come by id.
import type { ChosenFile, IpcResult, LantuApi, UiLanguage } from '../../../engine/ipc/index.ts';
import { packWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import { listenForDroppedFiles } from './listenForDroppedFiles.ts';
import { PlatformError } from './PlatformError.ts';
import { readWorkspaceBytes } from './readWorkspaceBytes.ts';
import type { OpenedFiles, PickedFile, PlatformAdapter } from './types.ts';

export interface ElectronPlatformOptions {
  api: LantuApi;
  /** Where files may be dropped (the window); none in tests without a DOM. */
  dropTarget?: EventTarget;
  generator?: string;
  now?: () => Date;
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

export function createElectronPlatform(options: ElectronPlatformOptions): PlatformAdapter {
  const { api } = options;
  const now = options.now ?? (() => new Date());
  const generator = options.generator ?? '蓝图 Lantu';
  let language: UiLanguage = 'zh';

  const picked = (file: ChosenFile): PickedFile => ({
    name: file.name,
    kind: file.kind,
    sizeBytes: file.sizeBytes,
    read: async () => unwrap(await api.readFileBytes({ fileId: file.fileId })),
  });

  return {
    kind: 'electron',
    dataSources: {
      list: async () => unwrap(await api.listDataSources()),
      add: async (request) => unwrap(await api.addDataSource(request)),
      remove: async (id) => void unwrap(await api.removeDataSource({ id })),
      listLayers: async (id) => unwrap(await api.listDataSourceLayers({ id })),
      async readLayer(id, layer) {
        const read = unwrap(await api.readDataSourceLayer({ id, layer }));
        const file: PickedFile = { name: read.file, kind: 'geojson', sizeBytes: read.bytes.byteLength, read: async () => read.bytes };
        return { file, rows: read.rows };
      },
      publishedVersion: async (id) => unwrap(await api.getPublishedVersion({ id })),
    },
    capabilities: { nativeMenus: true, recentFiles: true, logFolder: true, saveInPlace: true, reportPdf: true },
    async pickPlanFiles() {
      return unwrap(await api.chooseFilesToOpen({ purpose: 'plan' })).map(picked);
    },
    async openWorkspace() {
      const opened = unwrap(await api.openWorkspaceFile());
      if (!opened) return null;
      return readWorkspaceBytes(opened.bytes, { name: opened.file.name, fileId: opened.file.fileId }, language);
    },
    async readWorkspace(file, target) {
      return readWorkspaceBytes(await file.read(), target ?? { name: file.name }, language);
    },
    async saveWorkspace(files, { suggestedName, target }) {
      const bytes = packWorkspaceFile(files, { createdAt: now().toISOString(), generator });
      const request = target?.fileId ? { bytes, suggestedName, fileId: target.fileId } : { bytes, suggestedName };
      const saved = unwrap(await api.saveWorkspaceFile(request));
      return saved ? { name: saved.name, fileId: saved.fileId } : null;
    },
    async saveFile(bytes, { suggestedName, format }) {
      const saved = unwrap(await api.saveFileBytes({ suggestedName, format, bytes }));
      return saved ? { name: saved.name } : null;
    },
    async saveReportPdf(html, { suggestedName }) {
      const saved = unwrap(await api.saveReportPdf({ suggestedName, html }));
      return saved ? { name: saved.name } : null;
    },
    onMenuCommand(callback) {
      return api.onMenuCommand((event) => callback(event.command));
    },
    onFilesOpened(callback) {
      const stopPush = api.onFilesOpened((event) => {
        const opened: OpenedFiles = { source: event.source, files: event.files.map(picked), rejected: event.rejected };
        callback(opened);
      });
      const stopDrop = options.dropTarget ? listenForDroppedFiles(options.dropTarget, () => language, callback) : () => undefined;
      return () => {
        stopPush();
        stopDrop();
      };
    },
    async listRecentFiles() {
      return unwrap(await api.listRecentFiles()).map((item) => ({
        name: item.name,
        path: item.path,
        kind: item.kind,
        openedAt: item.openedAt,
        exists: item.exists,
        file: picked({ fileId: item.fileId, name: item.name, kind: item.kind, sizeBytes: 0 }),
      }));
    },
    async setUiLanguage(next) {
      language = next;
      unwrap(await api.setUiLanguage({ language: next }));
    },
    logError(message, detail) {
      const request = detail
        ? { level: 'error' as const, message: message.slice(0, 64_000) || '(empty)', detail: detail.slice(0, 64_000) }
        : { level: 'error' as const, message: message.slice(0, 64_000) || '(empty)' };
      void api.writeLogEntry(request).catch(() => undefined);
    },
    async openLogFolder() {
      unwrap(await api.openLogFolder());
    },
    async getAppInfo() {
      return unwrap(await api.getAppInfo());
    },
  };
}
