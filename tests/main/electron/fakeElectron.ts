// Test double for the `electron` module, faked only at the boundary (app, protocol, ipcMain,
// BrowserWindow, Menu, dialog, shell, screen, session, safeStorage, contextBridge, ipcRenderer). It records what the
// bundles ask of Electron so tests can assert it and drive events (second launch, crash, IPC requests).
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';

type Listener = (...args: any[]) => unknown;

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly mainFrame = { url: 'app://lantu/index.html', parent: null as unknown };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  url = '';
  reloads = 0;
  /** What printToPDF was asked, with the HTML of the file loaded at that time. */
  readonly printed: Array<{ options: unknown; html: string }> = [];
  loadedHtml = '';
  async printToPDF(options: unknown) {
    this.printed.push({ options, html: this.loadedHtml });
    return Buffer.from('%PDF-1.7 fake');
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
  reload() {
    this.reloads++;
  }
  toggleDevTools() {}
  isDestroyed() {
    return false;
  }
}

export interface FakeRecord {
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
  ipcHandlers: Map<string, Listener>;
  windows: FakeBrowserWindowLike[];
  menus: unknown[];
  messageBoxes: unknown[];
  messageBoxResponse: number;
  openedPaths: string[];
  quitCalls: number;
  lockData: unknown;
  permissionRequestHandler: undefined | Listener;
  permissionCheckHandler: undefined | Listener;
  exposed: Map<string, unknown>;
  rendererListeners: Map<string, Set<Listener>>;
  invocations: Array<{ channel: string; args: unknown[] }>;
  /** `ipcMain.on` listeners by channel. */
  ipcListeners: Map<string, Listener[]>;
  /** What the preload sent with `ipcRenderer.send`. */
  rendererSends: Array<{ channel: string; args: unknown[] }>;
  /** The path the next save dialogs answer (cancelled when empty). */
  saveDialogAnswers: string[];
}

export interface FakeBrowserWindowLike extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly options: Record<string, any>;
  minimized: boolean;
  focused: boolean;
  shown: boolean;
  maximized: boolean;
  destroyed: boolean;
}

export interface FakeElectron {
  electron: Record<string, unknown>;
  record: FakeRecord;
  appEvents: EventEmitter;
  resolveReady: () => void;
}

export function createFakeElectron(options: { userData: string; gotLock?: boolean; safeStorageBackend?: string }): FakeElectron {
  const appEvents = new EventEmitter();
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const record: FakeRecord = {
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [],
    menus: [] as unknown[],
    messageBoxes: [] as unknown[],
    messageBoxResponse: 0,
    openedPaths: [] as string[],
    quitCalls: 0,
    lockData: undefined as unknown,
    permissionRequestHandler: undefined as undefined | Listener,
    permissionCheckHandler: undefined as undefined | Listener,
    exposed: new Map<string, unknown>(),
    rendererListeners: new Map<string, Set<Listener>>(),
    invocations: [] as Array<{ channel: string; args: unknown[] }>,
    ipcListeners: new Map<string, Listener[]>(),
    rendererSends: [] as Array<{ channel: string; args: unknown[] }>,
    saveDialogAnswers: [] as string[],
  };

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    minimized = true;
    focused = false;
    shown = false;
    maximized = false;
    destroyed = false;
    constructor(readonly options: Record<string, any>) {
      super();
      record.windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.webContents.url = url;
      this.webContents.emit('did-finish-load');
    }
    async loadFile(path: string) {
      this.webContents.url = `file://${path}`;
      this.webContents.loadedHtml = readFileSync(path, 'utf8');
    }
    destroy() {
      this.destroyed = true;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    show() {
      this.shown = true;
    }
    focus() {
      this.focused = true;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    isDestroyed() {
      return this.destroyed;
    }
    getNormalBounds() {
      return { x: this.options.x, y: this.options.y, width: this.options.width, height: this.options.height };
    }
  }

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const electron = {
    app: {
      isPackaged: true,
      on: (event: string, listener: Listener) => appEvents.on(event, listener),
      requestSingleInstanceLock: (data: unknown) => {
        record.lockData = data;
        return options.gotLock ?? true;
      },
      whenReady: () => ready,
      getPath: (name: string) => (name === 'userData' ? options.userData : `${options.userData}/${name}`),
      getVersion: () => '0.1.0',
      getName: () => 'lantu',
      quit: () => void record.quitCalls++,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        void record.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        record.ipcHandlers.set(channel, handler);
      },
      on: (channel: string, listener: Listener) =>
        void record.ipcListeners.set(channel, [...(record.ipcListeners.get(channel) ?? []), listener]),
    },
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => void record.menus.push(menu),
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => {
        const filePath = record.saveDialogAnswers.shift();
        return filePath ? { canceled: false, filePath } : { canceled: true };
      },
      showMessageBox: async (_window: unknown, box: unknown) => {
        record.messageBoxes.push(box);
        return { response: record.messageBoxResponse };
      },
    },
    shell: { openPath: async (path: string) => (record.openedPaths.push(path), '') },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (record.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => void (record.permissionCheckHandler = handler),
      },
    },
    // Reversible but never the plain text; 'basic_text' stands for a Linux session without a keyring.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => options.safeStorageBackend ?? 'gnome_libsecret',
      encryptString: (text: string) => Buffer.concat([Buffer.from('v11'), Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a))]),
      decryptString: (data: Buffer) => Buffer.from(data.subarray(3).map((b) => b ^ 0x5a)).toString('utf8'),
    },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void record.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => (record.invocations.push({ channel, args }), { ok: true, value: channel }),
      send: (channel: string, ...args: unknown[]) => void record.rendererSends.push({ channel, args }),
      on: (channel: string, listener: Listener) => {
        const set = record.rendererListeners.get(channel) ?? new Set();
        set.add(listener);
        record.rendererListeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) => void record.rendererListeners.get(channel)?.delete(listener),
    },
  };
  return { electron, record, appEvents, resolveReady };
}
