// Electron. App lifecycle: privileged scheme, single-instance lock, error logging, stale temp cleanup,
// one secure window with remembered bounds, menus, IPC, crash/hang handling, files from the command line,
// from a second launch or dropped on the window. Logic lives in main/node; this file only wires Electron.
import { app, dialog, safeStorage, screen, shell, type BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { IPC_CHANNELS, type FilesOpenedEvent, type OpenSource, type UiLanguage } from '../../engine/ipc/index.ts';
import { acceptOpenPaths } from '../node/acceptOpenPaths.ts';
import { APP_ENTRY_URL } from '../node/appOrigin.ts';
import { cleanStaleTempFiles } from '../node/cleanStaleTempFiles.ts';
import { createIpcHandlers, recentFileFolders } from '../node/createIpcHandlers.ts';
import { createFileGrants } from '../node/fileGrants.ts';
import { loadRecentFiles, recentFileName, removeRecentFile, saveRecentFiles } from '../node/recentFiles.ts';
import { createRotatingLog } from '../node/rotatingLog.ts';
import { createDataSourceHandlers } from '../node/db/createDataSourceHandlers.ts';
import { createDesktopStation } from '../node/station/desktopStation.ts';
import { filesFromArgv, secondInstanceHandover } from '../node/secondInstanceHandover.ts';
import { fitWindowBounds, loadWindowState, saveWindowState } from '../node/windowBounds.ts';
import { setApplicationMenu } from './applicationMenu.ts';
import { registerAppScheme, serveAppScheme } from './appScheme.ts';
import { hardenWebContents } from './hardenWebContents.ts';
import { createMainWindow } from './createMainWindow.ts';
import { registerIpc } from './registerIpc.ts';
import { renderPdfInHiddenWindow } from './renderPdfInHiddenWindow.ts';
import { watchRenderer } from './watchRenderer.ts';

export interface StartOptions {
  rendererDir: string;
  preloadPath: string;
}

const PRODUCT_NAME = '蓝图 Lantu';

export function startApp(options: StartOptions): void {
  registerAppScheme();
  const handoverData = { argv: process.argv, cwd: process.cwd() };
  if (!app.requestSingleInstanceLock(handoverData)) {
    app.quit();
    return;
  }

  const userData = app.getPath('userData');
  const log = createRotatingLog({ dir: join(userData, 'logs') });
  process.on('uncaughtException', (error) => log.write('error', `Uncaught exception in main: ${error.message}`, error.stack));
  process.on('unhandledRejection', (reason) =>
    log.write('error', `Unhandled rejection in main: ${String(reason)}`, (reason as Error)?.stack),
  );
  log.write('info', `Start ${PRODUCT_NAME} ${app.getVersion()} (Electron ${process.versions.electron ?? '?'}) on ${process.platform}`);

  let language: UiLanguage = process.argv.includes('--lang=en') ? 'en' : 'zh';
  let window: BrowserWindow | undefined;
  let rendererReady = false;
  const pending: FilesOpenedEvent[] = [];
  const recentFilesPath = join(userData, 'recent-files.json');
  const windowStatePath = join(userData, 'window-state.json');
  const journalDir = join(userData, 'pending-writes');
  const grants = createFileGrants();

  function send(event: FilesOpenedEvent): void {
    if (window && rendererReady && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.onFilesOpened.channel, event);
    else pending.push(event);
  }

  /** Accepts what Lantu opens, grants it and tells the renderer; resolves to the number of files accepted. */
  async function openPaths(paths: readonly string[], source: OpenSource): Promise<number> {
    if (paths.length === 0) return 0;
    const { accepted, rejected } = await acceptOpenPaths(paths, language);
    send({ source, files: await handlers.grantOpened(accepted), rejected });
    return accepted.length;
  }

  async function refreshMenu(): Promise<void> {
    const recent = await loadRecentFiles(recentFilesPath);
    setApplicationMenu(
      {
        lang: language,
        recentFiles: recent.map((entry) => ({ path: entry.path, name: recentFileName(entry) })),
        isPackaged: app.isPackaged,
      },
      {
        sendCommand: (command) => window?.webContents.send(IPC_CHANNELS.onMenuCommand.channel, { command }),
        runAction: (action) => {
          if (action.type === 'open-recent') {
            // A recent file that is gone or no longer opens leaves the list (the renderer is told why).
            void openPaths([action.path], 'recent').then(async (acceptedCount) => {
              if (acceptedCount === 0) {
                await saveRecentFiles(recentFilesPath, removeRecentFile(await loadRecentFiles(recentFilesPath), action.path));
                await refreshMenu();
              }
            });
          } else if (action.type === 'clear-recent') {
            void saveRecentFiles(recentFilesPath, []).then(refreshMenu);
          } else if (action.type === 'open-log-folder') {
            void shell.openPath(log.dir);
          } else if (action.type === 'toggle-devtools') {
            window?.webContents.toggleDevTools();
          }
        },
      },
    );
  }

  const handlers = createIpcHandlers({
    // The station's key stays in this process: safeStorage, or sealed under a passphrase on a basic_text keyring.
    station: createDesktopStation({ home: join(userData, 'station'), safeStorage }),
    // 数据源: named connections in userData; a typed password only as safeStorage ciphertext (never when unavailable).
    dataSources: createDataSourceHandlers({
      storePath: join(userData, 'data-sources.json'),
      journalDir,
      secrets: {
        available: () => safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text',
        encrypt: (text) => new Uint8Array(safeStorage.encryptString(text)),
        decrypt: (bytes) => safeStorage.decryptString(Buffer.from(bytes)),
      },
      env: process.env,
      language: () => language,
      newId: () => randomUUID(),
    }),
    grants,
    log,
    recentFilesPath,
    journalDir,
    language: { get: () => language, set: (next) => void (language = next) },
    ports: {
      showOpenDialog: async ({ title, filters, multiple }) => {
        const properties: Array<'openFile' | 'multiSelections'> = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
        const result = window
          ? await dialog.showOpenDialog(window, { title, filters, properties })
          : await dialog.showOpenDialog({ title, filters, properties });
        return result.canceled ? [] : result.filePaths;
      },
      showSaveDialog: async ({ title, defaultName, filters }) => {
        const settings = { title, defaultPath: join(app.getPath('documents'), defaultName), filters };
        const result = window ? await dialog.showSaveDialog(window, settings) : await dialog.showSaveDialog(settings);
        return result.canceled ? undefined : result.filePath;
      },
      openFolder: async (path) => {
        const error = await shell.openPath(path);
        if (error) throw new Error(error);
      },
      appInfo: () => ({
        name: PRODUCT_NAME,
        version: app.getVersion(),
        electronVersion: process.versions.electron ?? '',
        chromeVersion: process.versions.chrome ?? '',
        nodeVersion: process.versions.node,
        platform: process.platform,
      }),
      renderPdf: renderPdfInHiddenWindow,
      languageChanged: () => void refreshMenu(),
      recentFilesChanged: () => void refreshMenu(),
      now: () => new Date(),
    },
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const data = additionalData as { argv?: unknown; cwd?: unknown } | undefined;
    const args = Array.isArray(data?.argv) && data.argv.every((a) => typeof a === 'string') ? (data.argv as string[]) : argv;
    const cwd = typeof data?.cwd === 'string' ? data.cwd : workingDirectory;
    if (window) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
    void secondInstanceHandover(args, cwd, { isPackaged: app.isPackaged, lang: language }).then(async ({ accepted, rejected }) => {
      if (accepted.length + rejected.length > 0) send({ source: 'second-instance', files: await handlers.grantOpened(accepted), rejected });
    });
  });

  app.on('window-all-closed', () => app.quit());

  hardenWebContents(log, (path) => void openPaths([path], 'drop'));

  void app.whenReady().then(async () => {
    const removed = await cleanStaleTempFiles({ journalDir, scanDirs: await recentFileFolders(recentFilesPath) });
    if (removed.length > 0) log.write('info', `Removed stale temporary files: ${removed.join(', ')}`);
    serveAppScheme(options.rendererDir);
    registerIpc(handlers);
    await refreshMenu();

    const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
    const state = fitWindowBounds(await loadWindowState(windowStatePath), workAreas);
    window = createMainWindow(state, options.preloadPath, PRODUCT_NAME);
    if (state.maximized) window.maximize();
    watchRenderer(
      window,
      log,
      () => language,
      () => app.quit(),
    );
    window.once('ready-to-show', () => window?.show());
    window.on('close', () => {
      if (!window) return;
      const bounds = window.getNormalBounds();
      void saveWindowState(windowStatePath, { ...bounds, maximized: window.isMaximized() }).catch((error: Error) =>
        log.write('warn', `Saving window state failed: ${error.message}`),
      );
    });
    window.on('closed', () => {
      window = undefined;
      rendererReady = false;
    });
    window.webContents.on('did-finish-load', () => {
      rendererReady = true;
      for (const event of pending.splice(0)) window?.webContents.send(IPC_CHANNELS.onFilesOpened.channel, event);
    });
    window.webContents.on('did-start-loading', () => {
      rendererReady = false;
    });
    await window.loadURL(APP_ENTRY_URL);
    await openPaths(filesFromArgv(process.argv, process.cwd(), app.isPackaged), 'command-line');
  });
}
