// The platform adapter in a plain browser (`npm run web`, browser tests): file inputs to open, downloads
// to save, drag and drop onto the window, and the file keys a browser would otherwise take (Ctrl+O/S/E).
// No recent files or log folder; errors go to the console.
import type { AppInfo, MenuCommand, SaveFormat, UiLanguage } from '../../../engine/ipc/index.ts';
import { packWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import { PLAN_FILE_ACCEPT } from './fileKindOfName.ts';
import { listenForDroppedFiles, pickedFromFile } from './listenForDroppedFiles.ts';
import { menuCommandForKey } from './menuCommandForKey.ts';
import { PlatformError } from './PlatformError.ts';
import { readWorkspaceBytes } from './readWorkspaceBytes.ts';
import type { PlatformAdapter } from './types.ts';
import { message } from '../../i18n/message.ts';

export interface BrowserPlatformOptions {
  window: Window;
  generator?: string;
  version?: string;
  now?: () => Date;
}

const MIME_BY_FORMAT: Record<SaveFormat, string> = {
  zip: 'application/zip',
  gpkg: 'application/geopackage+sqlite3',
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  html: 'text/html;charset=utf-8',
  lantu: 'application/zip',
  pdf: 'application/pdf',
  // A 部标 TXT is GBK: no charset, so a browser does not relabel the bytes.
  txt: 'text/plain',
  pub: 'application/json',
  png: 'image/png',
};

export function createBrowserPlatform(options: BrowserPlatformOptions): PlatformAdapter {
  const win = options.window;
  const doc = win.document;
  const now = options.now ?? (() => new Date());
  const generator = options.generator ?? '蓝图 Lantu';
  let language: UiLanguage = 'zh';

  /** Shows the browser's file chooser; resolves [] when it is dismissed. */
  function chooseFiles(accept: string, multiple: boolean): Promise<File[]> {
    return new Promise((resolve) => {
      const input = doc.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.multiple = multiple;
      input.style.display = 'none';
      const finish = (files: File[]) => {
        input.remove();
        resolve(files);
      };
      input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
      input.addEventListener('cancel', () => finish([]), { once: true });
      doc.body.append(input);
      input.click();
    });
  }

  function download(bytes: Uint8Array, name: string, type: string): void {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.style.display = 'none';
    doc.body.append(link);
    link.click();
    link.remove();
    // The download has started from the click; keep the URL alive a little for slow file systems.
    win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  return {
    kind: 'browser',
    capabilities: { nativeMenus: false, recentFiles: false, logFolder: false, saveInPlace: false, reportPdf: false },
    async pickPlanFiles() {
      return (await chooseFiles(PLAN_FILE_ACCEPT, true)).map(pickedFromFile);
    },
    async openWorkspace() {
      const [file] = await chooseFiles('.lantu', false);
      if (!file) return null;
      return readWorkspaceBytes(new Uint8Array(await file.arrayBuffer()), { name: file.name }, language);
    },
    async readWorkspace(file, target) {
      return readWorkspaceBytes(await file.read(), target ?? { name: file.name }, language);
    },
    async saveWorkspace(files, { suggestedName }) {
      const bytes = packWorkspaceFile(files, { createdAt: now().toISOString(), generator });
      const name = suggestedName.toLowerCase().endsWith('.lantu') ? suggestedName : `${suggestedName}.lantu`;
      download(bytes, name, MIME_BY_FORMAT.lantu);
      return { name };
    },
    async saveFile(bytes, { suggestedName, format }) {
      download(bytes, suggestedName, MIME_BY_FORMAT[format]);
      return { name: suggestedName };
    },
    async saveReportPdf() {
      // A page cannot render PDF itself; the report dialog hides its PDF button here and 打印 (the browser's
      // print dialog, "Save as PDF") does the job.
      throw new PlatformError('bad-request', message(language, 'browserNoPdf'));
    },
    onMenuCommand(callback: (command: MenuCommand) => void) {
      const onKey = (event: KeyboardEvent) => {
        const command = menuCommandForKey(event);
        if (!command) return;
        event.preventDefault();
        callback(command);
      };
      win.addEventListener('keydown', onKey);
      return () => win.removeEventListener('keydown', onKey);
    },
    onFilesOpened(callback) {
      return listenForDroppedFiles(win, () => language, callback);
    },
    async listRecentFiles() {
      return [];
    },
    async setUiLanguage(next) {
      language = next;
    },
    logError(message, detail) {
      console.error(`[lantu] ${message}${detail ? `\n${detail}` : ''}`);
    },
    async openLogFolder() {
      // A browser has no log folder; errors are in the developer console.
    },
    async getAppInfo(): Promise<AppInfo> {
      return {
        name: generator,
        version: options.version ?? '',
        electronVersion: '',
        chromeVersion: /Chrome\/([\d.]+)/.exec(win.navigator.userAgent)?.[1] ?? '',
        nodeVersion: '',
        platform: 'browser',
        language,
        logDir: '',
      };
    },
  };
}
