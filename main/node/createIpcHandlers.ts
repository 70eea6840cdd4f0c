// Node. The logic behind every invoke channel, free of Electron: dialogs, folders and app facts come in
// through `ShellPorts`. `handle` checks the sender, validates the request, acts, and always resolves to an
// `IpcResult` (errors are logged and reported in the UI language, never thrown across IPC).
import { describeIoError } from './describeIoError.ts';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import {
  fileKindOf,
  IPC_CHANNELS,
  validateIpcRequest,
  type AppInfo,
  type ChosenFile,
  type InvokeMethod,
  type IpcErrorCode,
  type IpcResult,
  type RecentFile,
  type RequestOf,
  type UiLanguage,
  type ValueOf,
} from '../../engine/ipc/index.ts';
import { unpackWorkspaceFile } from '../../engine/workspaceFile/index.ts';
import { acceptOpenPaths, type AcceptedPath } from './acceptOpenPaths.ts';
import { isTrustedSender, type SenderInfo } from './appOrigin.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';
import { openDialogFilters, saveDialogFilters, withSaveExtension, type DialogFilter } from './dialogFilters.ts';
import type { FileGrants } from './fileGrants.ts';
import { addRecentFile, loadRecentFiles, saveRecentFiles } from './recentFiles.ts';
import type { RotatingLog } from './rotatingLog.ts';
import { sealReportHtml } from './sealReportHtml.ts';
import type { DataSourceHandlers, DataSourceResult } from './db/createDataSourceHandlers.ts';
import type { DesktopStation } from './station/desktopStation.ts';
import { StationError } from './station/stationError.ts';
import type { Bilingual } from '../../engine/i18n/index.ts';
import { say } from '../i18n/index.ts';

export interface ShellPorts {
  /** Resolves the chosen paths ([] when cancelled). */
  showOpenDialog(options: { title: string; filters: DialogFilter[]; multiple: boolean }): Promise<string[]>;
  /** Resolves the chosen path (undefined when cancelled). */
  showSaveDialog(options: { title: string; defaultName: string; filters: DialogFilter[] }): Promise<string | undefined>;
  openFolder(path: string): Promise<void>;
  appInfo(): Omit<AppInfo, 'language' | 'logDir'>;
  /** Called after the language changed (main rebuilds the menu). */
  languageChanged(language: UiLanguage): void;
  /** Renders self-contained HTML to an A4 PDF (Electron: a hidden, sandboxed, script-disabled window). */
  renderPdf(html: string): Promise<Uint8Array>;
  /** Called after the recent-files list changed (main rebuilds the menu). */
  recentFilesChanged(): void;
  now(): Date;
}

export interface IpcHandlerDeps {
  ports: ShellPorts;
  grants: FileGrants;
  log: RotatingLog;
  recentFilesPath: string;
  journalDir: string;
  language: { get(): UiLanguage; set(language: UiLanguage): void };
  /** This installation's station (key kept in main; the renderer gets signatures only). */
  station?: DesktopStation;
  /** The 数据源 (PostgreSQL connections main holds; passwords only through safeStorage). */
  dataSources?: DataSourceHandlers;
}

export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface IpcHandlers {
  handle<M extends InvokeMethod>(method: M, request: unknown, sender: SenderInfo): Promise<IpcResult<ValueOf<M>>>;
  /** Grants accepted paths and records them as recent (used for drops, second launches, recent menu). */
  grantOpened(accepted: readonly AcceptedPath[]): Promise<ChosenFile[]>;
}

type Implementations = { [M in InvokeMethod]: (request: RequestOf<M>) => Promise<ValueOf<M>> };

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  const { ports, grants, log } = deps;
  const en = () => deps.language.get() === 'en';
  const t = (m: Bilingual): string => (en() ? m.en : m.zh);
  // The runtime's English goes to the log; the Chinese message does not repeat it, the English one quotes it.
  const englishOnly = (text: string): Bilingual => ({ zh: '', en: text });

  async function remember(paths: readonly AcceptedPath[]): Promise<void> {
    if (paths.length === 0) return;
    let list = await loadRecentFiles(deps.recentFilesPath);
    for (const item of paths) list = addRecentFile(list, { path: item.path, kind: item.kind, openedAt: ports.now().toISOString() });
    await saveRecentFiles(deps.recentFilesPath, list);
    ports.recentFilesChanged();
  }

  async function grantOpened(accepted: readonly AcceptedPath[]): Promise<ChosenFile[]> {
    await remember(accepted);
    return accepted.map((item) => ({ fileId: grants.grant(item.path), name: item.name, kind: item.kind, sizeBytes: item.sizeBytes }));
  }

  function grantedPath(fileId: string): string {
    const path = grants.pathOf(fileId);
    if (!path) throw new IpcFailure('unknown-file', t(say('node.createIpcHandlers.grantedPath', { fileId })));
    return path;
  }

  async function readBytes(path: string): Promise<Uint8Array> {
    try {
      // fs/promises reads on the thread pool: a file of hundreds of MB does not block the main process.
      const buffer = await readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      const why = describeIoError(error, path);
      throw new IpcFailure('io', t(say('node.createIpcHandlers.readBytes', { path, why })));
    }
  }

  async function writeBytes(path: string, bytes: Uint8Array): Promise<number> {
    try {
      return (await atomicWriteFile(path, bytes, { journalDir: deps.journalDir })).sizeBytes;
    } catch (error) {
      // The error names the target, never the temporary file (atomicWriteFile), and the Chinese has no Node English.
      const why = describeIoError(error, path);
      throw new IpcFailure('io', t(say('node.createIpcHandlers.writeBytes', { path, why })));
    }
  }

  function assertWorkspace(bytes: Uint8Array, name: string): void {
    const result = unpackWorkspaceFile(bytes, { fileName: name, lang: deps.language.get() });
    if (!result.ok) throw new IpcFailure('invalid-workspace', result.error.message);
  }

  /** The station, with its refusals retold as IPC failures in the UI language. */
  async function withStation<T>(act: (station: DesktopStation) => Promise<T>): Promise<T> {
    if (!deps.station) throw new IpcFailure('station', t(say('node.createIpcHandlers.withStation')));
    try {
      return await act(deps.station);
    } catch (error) {
      if (!(error instanceof StationError)) throw error;
      const code =
        error.code === 'wrong-passphrase' ? 'wrong-passphrase' : error.code === 'needs-passphrase' ? 'needs-passphrase' : 'station';
      throw new IpcFailure(code, t(error.text));
    }
  }

  /** A data-source answer, with its refusal retold as an IPC failure (already in the UI language). */
  async function withDataSources<T>(act: (sources: DataSourceHandlers) => Promise<DataSourceResult<T>>): Promise<T> {
    if (!deps.dataSources) throw new IpcFailure('data-source', t(say('node.createIpcHandlers.withDataSources')));
    const result = await act(deps.dataSources);
    if (result.ok) return result.value;
    throw new IpcFailure(result.code === 'invalid-request' ? 'bad-request' : 'data-source', result.message);
  }

  const implementations: Implementations = {
    async chooseFilesToOpen({ purpose }) {
      const paths = await ports.showOpenDialog({
        title: purpose === 'workspace' ? t(say('node.createIpcHandlers.paths_title')) : t(say('node.createIpcHandlers.paths_title-2')),
        filters: openDialogFilters(purpose, deps.language.get()),
        multiple: purpose === 'plan',
      });
      const { accepted } = await acceptOpenPaths(paths, deps.language.get());
      return grantOpened(accepted.filter((item) => (purpose === 'workspace') === (item.kind === 'workspace')));
    },
    async readFileBytes({ fileId }) {
      return readBytes(grantedPath(fileId));
    },
    async saveFileBytes({ suggestedName, format, bytes }) {
      const chosen = await ports.showSaveDialog({
        title: t(say('node.createIpcHandlers.chosen_title')),
        defaultName: suggestedName,
        filters: saveDialogFilters(format, deps.language.get()),
      });
      if (!chosen) return null;
      const path = withSaveExtension(chosen, format);
      const sizeBytes = await writeBytes(path, bytes);
      return { fileId: grants.grant(path), name: basename(path), sizeBytes };
    },
    async saveReportPdf({ suggestedName, html }) {
      // The dialog comes first: nothing is rendered for a cancelled save.
      const chosen = await ports.showSaveDialog({
        title: t(say('node.createIpcHandlers.chosen_title-2')),
        defaultName: suggestedName,
        filters: saveDialogFilters('pdf', deps.language.get()),
      });
      if (!chosen) return null;
      const path = withSaveExtension(chosen, 'pdf');
      let pdf: Uint8Array;
      try {
        pdf = await ports.renderPdf(sealReportHtml(html));
      } catch (error) {
        const why = (error as Error)?.message ?? String(error);
        log.write('error', `Rendering the PDF for ${path} failed: ${why}`, (error as Error)?.stack);
        // The renderer's English goes to the log; the Chinese message does not repeat it.
        throw new IpcFailure('io', t(say('node.createIpcHandlers.pdfFailed', { path, detail: englishOnly(`: ${why}`) })));
      }
      const sizeBytes = await writeBytes(path, pdf);
      return { fileId: grants.grant(path), name: basename(path), sizeBytes };
    },
    async openWorkspaceFile() {
      const [file] = await implementations.chooseFilesToOpen({ purpose: 'workspace' });
      if (!file) return null;
      const bytes = await readBytes(grantedPath(file.fileId));
      assertWorkspace(bytes, file.name);
      return { file, bytes };
    },
    async saveWorkspaceFile({ bytes, suggestedName, fileId }) {
      assertWorkspace(bytes, suggestedName);
      let path: string | undefined;
      if (fileId !== undefined) {
        path = grantedPath(fileId);
        if (fileKindOf(path) !== 'workspace')
          throw new IpcFailure('bad-request', t(say('node.createIpcHandlers.saveWorkspaceFile', { path: basename(path) })));
      } else {
        const chosen = await ports.showSaveDialog({
          title: t(say('node.createIpcHandlers.chosen_title-3')),
          defaultName: suggestedName,
          filters: saveDialogFilters('lantu', deps.language.get()),
        });
        if (!chosen) return null;
        path = withSaveExtension(chosen, 'lantu');
      }
      const sizeBytes = await writeBytes(path, bytes);
      await remember([{ path, name: basename(path), kind: 'workspace', sizeBytes }]);
      return { fileId: grants.grant(path), name: basename(path), sizeBytes };
    },
    async listRecentFiles() {
      const list = await loadRecentFiles(deps.recentFilesPath);
      const result: RecentFile[] = [];
      for (const entry of list) {
        const exists = (await stat(entry.path).catch(() => undefined))?.isFile() ?? false;
        result.push({
          fileId: grants.grant(entry.path),
          name: basename(entry.path),
          path: entry.path,
          kind: entry.kind,
          openedAt: entry.openedAt,
          exists,
        });
      }
      return result;
    },
    async clearRecentFiles() {
      await saveRecentFiles(deps.recentFilesPath, []);
      ports.recentFilesChanged();
      return null;
    },
    async getAppInfo() {
      return { ...ports.appInfo(), language: deps.language.get(), logDir: log.dir };
    },
    async setUiLanguage({ language }) {
      deps.language.set(language);
      ports.languageChanged(language);
      return null;
    },
    async writeLogEntry({ level, message, detail }) {
      log.write(level, `[renderer] ${message}`, detail);
      return null;
    },
    async openLogFolder() {
      await ports.openFolder(log.dir);
      return null;
    },
    getStation: () => withStation((s) => s.view()),
    initStation: ({ stationName, role, passphrase }) =>
      withStation((s) => s.init({ stationName, role, ...(passphrase !== undefined ? { passphrase } : {}) })),
    renameStation: ({ stationName }) => withStation((s) => s.rename(stationName)),
    signWithStation: ({ message, passphrase }) => withStation((s) => s.sign(message, passphrase)),
    listTrustedKeys: () => withStation((s) => s.trusted()),
    trustKey: ({ fileText, fileName, fingerprint }) => withStation((s) => s.trust(fileText, fileName, fingerprint)),
    revokeKey: ({ fingerprint }) => withStation((s) => s.revoke(fingerprint)),
    async exportPublicKey() {
      const text = await withStation((s) => s.publicKeyFileText());
      const view = await withStation((s) => s.view());
      const chosen = await ports.showSaveDialog({
        title: t(say('node.createIpcHandlers.chosen_title-4')),
        defaultName: `${view.station?.stationName ?? 'station'}.pub`,
        filters: saveDialogFilters('pub', deps.language.get()),
      });
      if (!chosen) return null;
      const path = withSaveExtension(chosen, 'pub');
      const sizeBytes = await writeBytes(path, new TextEncoder().encode(text));
      return { fileId: grants.grant(path), name: basename(path), sizeBytes };
    },
    listDataSources: () => withDataSources((d) => d.list()),
    addDataSource: (request) => withDataSources((d) => d.add(request)),
    removeDataSource: (request) => withDataSources((d) => d.remove(request)),
    listDataSourceLayers: (request) => withDataSources((d) => d.listLayers(request)),
    readDataSourceLayer: (request) => withDataSources((d) => d.readLayer(request)),
    getPublishedVersion: (request) => withDataSources((d) => d.publishedVersion(request)),
  };

  return {
    grantOpened,
    async handle(method, request, sender) {
      const channel = IPC_CHANNELS[method].channel;
      if (!isTrustedSender(sender)) {
        log.write('warn', `IPC ${channel} refused: sender frame ${sender.frameUrl || '(gone)'} (main frame: ${sender.isMainFrame})`);
        return {
          ok: false,
          error: {
            code: 'foreign-sender',
            message: t(
              say('node.createIpcHandlers.foreignSender', {
                channel,
                frameUrl: sender.frameUrl || say('node.createIpcHandlers.closedPage'),
              }),
            ),
          },
        };
      }
      const validated = validateIpcRequest(method, request, deps.language.get());
      if (!validated.ok) {
        log.write('warn', validated.error.message);
        return validated;
      }
      try {
        const value = await (implementations[method] as (r: RequestOf<typeof method>) => Promise<ValueOf<typeof method>>)(validated.value);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof IpcFailure) {
          log.write(error.code === 'invalid-workspace' ? 'warn' : 'error', `IPC ${channel}: ${error.message}`);
          return { ok: false, error: { code: error.code, message: error.message } };
        }
        log.write('error', `IPC ${channel} failed unexpectedly: ${(error as Error)?.message ?? String(error)}`, (error as Error)?.stack);
        // The runtime's English goes to the log just above; the Chinese message does not repeat it.
        return {
          ok: false,
          error: {
            code: 'internal',
            message: t(
              say('node.createIpcHandlers.unexpected', { channel, detail: englishOnly(`: ${(error as Error)?.message ?? String(error)}`) }),
            ),
          },
        };
      }
    },
  };
}

/** The folders of recent files, where a killed write may have left a temporary file. */
export async function recentFileFolders(recentFilesPath: string): Promise<string[]> {
  return [...new Set((await loadRecentFiles(recentFilesPath)).map((entry) => dirname(entry.path)))].sort();
}
