// Menu commands and opened files from the platform adapter → editor actions: import plan (Ctrl+O) and
// files dropped or handed over open the import dialog, undo/redo, run checks (F5), zoom to all, about,
// open/save the `.lantu` workspace file (payload `workspace.json` = schemas/workspace.schema.json), and
// export (Ctrl+E) opens the export dialog. A blueprint package (chosen, or a dropped zip holding manifest.json
// and build.json) opens as the workspace to continue work from it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../engine/ipc/index.ts';
import { describeError, errorText } from '../i18n/describeError.ts';
import { createPlatform } from '../services/platform/createPlatform.ts';
import type { OpenedWorkspace, PickedFile, PlatformAdapter, WorkspaceTarget } from '../services/platform/types.ts';
import type { EditorStore } from '../store/createEditorStore.ts';
import { workspacePayload, type WorkspacePayload } from '../store/workspacePayload.ts';
import { bilingualNotice } from '../store/viewSlice.ts';
import { catalogueNotice } from '../store/catalogueNotice.ts';
import { message, messages } from '../i18n/message.ts';
import type { ChecksService } from '../services/checks/createChecksService.ts';
import { ZipRefusal } from '../../engine/zip/index.ts';
import { readLimits } from '../services/import/readLimits.ts';
import { isBlueprintPackage, packageToWorkspace } from '../services/blueprint/packageToWorkspace.ts';
import { isSubmissionZip, NO_TRUSTED_KEYS, openSignedPackage, type SignedPackageOpening } from '../services/exchange/openSignedPackage.ts';
import { packageReceipts } from '../services/exchange/packageReceipts.ts';
import { useChecks } from './ChecksContext.tsx';
import { useStation } from './StationContext.tsx';
import { trustedKeysOf, type TrustedKeys } from '../../engine/sign/index.ts';
import { useEditorStore } from './StoreContext.tsx';
import { uiLanguageError } from '../i18n/uiLanguageError.ts';
import type { Language, MessageKey } from '../i18n/dictionary.ts';
import type { MessageParams } from '../i18n/message.ts';
import { reviewFileKind } from '../services/review/reviewFileKind.ts';

/** The payload file inside a `.lantu` container. */
export const WORKSPACE_PAYLOAD_FILE = 'workspace.json';

export interface PlatformBridge {
  /** True while the import dialog was asked for by a menu command or opened files. */
  importRequested: boolean;
  /** Plan files handed over (dropped, second launch, recent list), for the import dialog. */
  handedOver: PickedFile[];
  closeImport: () => void;
  /** True while the export dialog was asked for (Ctrl+E, the menu, the dock's button). */
  exportRequested: boolean;
  openExport: () => void;
  closeExport: () => void;
  /** Asks for a blueprint package and continues work from it (its sources, rules, targets and resolutions). */
  openPackage: () => Promise<void>;
}

export function usePlatformBridge(): PlatformBridge {
  const store = useEditorStore();
  const checks = useChecks();
  const stationNow = useStation();
  const station = useRef(stationNow);
  useEffect(() => {
    station.current = stationNow;
  }, [stationNow]);
  const platform = useMemo(() => createPlatform(), []);
  const [importRequested, setImportRequested] = useState(false);
  const [handedOver, setHandedOver] = useState<PickedFile[]>([]);
  const [exportRequested, setExportRequested] = useState(false);
  const [openPackage, setOpenPackage] = useState<() => Promise<void>>(() => async () => undefined);

  useEffect(() => {
    let target: WorkspaceTarget | undefined;
    const actions = bridgeActions(store, checks, platform, {
      openImport: (files) => {
        setHandedOver(files);
        setImportRequested(true);
      },
      target: () => target,
      setTarget: (next) => {
        target = next;
      },
      openWorkspace: async (payload, origin) => {
        const open = window.lantuEditor?.openWorkspace;
        if (!open) throw new Error(message(store.getState().language, 'bridgeEditorNotReady'));
        await open(payload, origin);
      },
      fitAll: () => window.lantuMap?.fitAll(),
      openExport: () => setExportRequested(true),
      // This installation's trust list; none before the station is set up.
      trustedKeys: async () => {
        const service = station.current?.service;
        return service
          ? service.trusted().then(
              (t) => trustedKeysOf(t.log),
              () => NO_TRUSTED_KEYS,
            )
          : NO_TRUSTED_KEYS;
      },
    });
    setOpenPackage(() => actions.openPackage);
    const offMenu = platform.onMenuCommand((command) => void actions.run(command));
    const offFiles = platform.onFilesOpened((opened) => void actions.filesOpened(opened.files, opened.rejected, opened.boundaries));
    return () => {
      offMenu();
      offFiles();
    };
  }, [store, checks, platform]);

  // Native menus and refusal messages follow the UI language.
  useEffect(() => {
    const sync = (language: 'zh' | 'en') => void platform.setUiLanguage(language).catch(() => undefined);
    sync(store.getState().language);
    return store.subscribe((s, prev) => {
      if (s.language !== prev.language) sync(s.language);
    });
  }, [store, platform]);

  return {
    importRequested,
    handedOver,
    closeImport: () => setImportRequested(false),
    exportRequested,
    openExport: () => setExportRequested(true),
    closeExport: () => setExportRequested(false),
    openPackage,
  };
}

export interface BridgeHooks {
  openImport: (files: PickedFile[]) => void;
  target: () => WorkspaceTarget | undefined;
  setTarget: (target: WorkspaceTarget) => void;
  /** Replaces the stored and shown workspace with a payload (renderer/main.tsx: flush autosave, then open);
   *  a refusal names origin.fileName and changes nothing. */
  openWorkspace: (payload: WorkspacePayload, origin?: { fileName: string }) => Promise<void>;
  fitAll: () => void;
  /** Opens the export dialog (draft or final package). */
  openExport: () => void;
  /** This installation's trusted keys (受信任密钥), which signed packages are checked against; default: none. */
  trustedKeys?: () => Promise<TrustedKeys>;
}

/** The actions behind each menu command (separate from React so they read the store at call time). */
export function bridgeActions(store: EditorStore, checks: ChecksService, platform: PlatformAdapter, hooks: BridgeHooks) {
  const zh = () => store.getState().language === 'zh';
  const say = (key: MessageKey, params: MessageParams = {}) => message(store.getState().language, key, params);
  const fail = (error: unknown) => {
    const text = errorText(error, zh() ? 'zh' : 'en');
    platform.logError(text);
    const other = describeError(error, zh() ? 'en' : 'zh').text;
    store.getState().notify(zh() ? bilingualNotice('error', text, other) : bilingualNotice('error', other, text));
  };

  async function openPayload(opened: OpenedWorkspace): Promise<void> {
    const bytes = opened.files.get(WORKSPACE_PAYLOAD_FILE);
    if (!bytes) {
      throw uiLanguageError(say('bridgeNoPayload', { file: opened.target.name, payload: WORKSPACE_PAYLOAD_FILE }));
    }
    let payload: WorkspacePayload;
    try {
      payload = JSON.parse(new TextDecoder().decode(bytes)) as WorkspacePayload;
    } catch (error) {
      // In English the parser's own words say where the JSON breaks; in Chinese they are retold (and logged).
      const reason = zh() ? errorText(error, 'zh') : String(error);
      throw uiLanguageError(say('bridgePayloadNotJson', { file: opened.target.name, payload: WORKSPACE_PAYLOAD_FILE, reason }));
    }
    if (payload?.format !== 'lantu-workspace') {
      throw uiLanguageError(say('bridgeNotWorkspace', { file: opened.target.name, payload: WORKSPACE_PAYLOAD_FILE }));
    }
    await hooks.openWorkspace(payload, { fileName: opened.target.name });
    hooks.setTarget(opened.target);
    store.getState().notify(catalogueNotice('info', 'bridgeWorkspaceOpened', { file: opened.target.name }));
  }

  async function save(asNew: boolean): Promise<void> {
    const s = store.getState();
    const bytes = new TextEncoder().encode(JSON.stringify(workspacePayload(s)));
    const current = hooks.target();
    const saved = await platform.saveWorkspace(new Map([[WORKSPACE_PAYLOAD_FILE, bytes]]), {
      suggestedName: current?.name ?? message(s.language, 'fileNameWorkspace'),
      ...(current && !asNew ? { target: current } : {}),
    });
    if (!saved) return;
    hooks.setTarget(saved);
    s.notify(catalogueNotice('info', 'bridgeWorkspaceSaved', { file: saved.name }));
  }

  /** Opens a blueprint package to continue work from it; false when the zip is not a package. */
  async function openPackageFile(file: PickedFile): Promise<boolean> {
    // Only the central directory is read here: entries inflate one at a time when the package is checked, within
    // the inflate limits; a zip bomb is refused with the limit named, whether it holds a package or a Shapefile.
    const refused = (e: ZipRefusal) => uiLanguageError(say('bridgeZipRefused', { reason: { zh: e.zh, en: e.en } }));
    let files: ReadonlyMap<string, Uint8Array>;
    let signature: SignedPackageOpening['signature'];
    try {
      const bytes = await file.read();
      // A 部门报送包 goes to the bureau's submission dialog (signature, replay, diff, merge) instead.
      if (isSubmissionZip(bytes, file.name)) {
        store.getState().setPendingSubmission({ name: file.name, bytes });
        return true;
      }
      // A signed package (signature.json) opens without its signature entry once the signature holds.
      const trusted = hooks.trustedKeys ? await hooks.trustedKeys() : NO_TRUSTED_KEYS;
      const opened = openSignedPackage(bytes, file.name, readLimits.packageZip, trusted);
      if (!opened.ok) throw uiLanguageError(say('bridgeSignatureRefused', { reason: opened.signature.message }));
      ({ files, signature } = opened);
    } catch (error) {
      if (error instanceof ZipRefusal && error.code !== 'zip-invalid' && error.code !== 'zip-corrupt') throw refused(error);
      if (!(error instanceof ZipRefusal)) throw error;
      return false;
    }
    if (!isBlueprintPackage(files)) return false;
    let opening: ReturnType<typeof packageToWorkspace>;
    try {
      opening = packageToWorkspace(files, file.name, store.getState().language);
    } catch (error) {
      if (error instanceof ZipRefusal) throw refused(error);
      throw error;
    }
    if (!opening.ok) throw uiLanguageError(zh() ? opening.reasonZh : opening.reasonEn);
    await hooks.openWorkspace(opening.payload, { fileName: file.name });
    // The 回执 of every department the package holds, with the map filter's shapes from the opened workspace.
    const plans = store.getState().workspace.plans;
    store
      .getState()
      .setReceipt(
        packageReceipts(
          files,
          file.name,
          { status: signature.status, message: signature.message },
          (planId, featureId) => plans.get(planId as never)?.features.get(featureId as never)?.geometry,
        ),
      );
    const count = opening.payload.history.past.length;
    const final = opening.status === 'final';
    const skipped = messages('bridgeSkippedSeparator');
    const skippedIn = (language: Language) =>
      opening.skipped
        .map((x) => message(language, 'bridgeSkippedResolution', { logNumber: x.logNumber, reason: { zh: x.reasonZh, en: x.reasonEn } }))
        .join(skipped[language]);
    store.getState().notify(
      catalogueNotice(
        opening.skipped.length > 0 ? 'error' : 'info',
        opening.skipped.length > 0 ? 'bridgePackageOpenedSkipped' : 'bridgePackageOpened',
        {
          file: file.name,
          status: messages(final ? 'bridgePackageFinal' : 'bridgePackageDraft'),
          count,
          skipped: { zh: skippedIn('zh'), en: skippedIn('en') },
        },
      ),
    );
    return true;
  }

  /** Asks for a package file (a zip) and opens it. */
  async function openPackage(): Promise<void> {
    try {
      const [file] = (await platform.pickPlanFiles()).filter((f) => f.name.toLowerCase().endsWith('.zip'));
      if (!file) return;
      if (!(await openPackageFile(file))) {
        store.getState().notify(catalogueNotice('error', 'bridgeNotPackage', { file: file.name }));
      }
    } catch (error) {
      fail(error);
    }
  }

  async function run(command: MenuCommand): Promise<void> {
    const s = store.getState();
    try {
      switch (command) {
        case 'plan:import':
          return hooks.openImport([]);
        case 'workspace:open': {
          const opened = await platform.openWorkspace();
          if (opened) await openPayload(opened);
          return;
        }
        case 'workspace:save':
          return await save(false);
        case 'workspace:save-as':
          return await save(true);
        case 'blueprint:export':
          return hooks.openExport();
        case 'edit:undo':
          s.undo();
          return;
        case 'edit:redo':
          s.redo();
          return;
        case 'check:run':
          return await checks.runAll();
        case 'view:zoom-to-all':
          hooks.fitAll();
          return;
        case 'help:about': {
          const info = await platform.getAppInfo();
          return s.notify({
            kind: 'info',
            text: `${info.name} ${info.version}${info.electronVersion ? ` · Electron ${info.electronVersion}` : ''} · Chromium ${info.chromeVersion}`,
          });
        }
      }
    } catch (error) {
      fail(error);
    }
  }

  async function filesOpened(
    files: readonly PickedFile[],
    rejected: readonly { name: string; reason: string }[],
    boundaries: readonly PickedFile[] = [],
  ): Promise<void> {
    try {
      // Project boundaries go to the register's import dialog (report and facts form before anything is stored).
      if (boundaries.length > 0) {
        const read = await Promise.all(boundaries.map(async (f) => ({ name: f.name, bytes: await f.read() })));
        store.getState().setPendingBoundaries([...store.getState().pendingBoundaries, ...read]);
      }
      const workspaces = files.filter((f) => f.kind === 'workspace');
      const plans: PickedFile[] = [];
      for (const f of files) {
        if (f.kind === 'workspace' || f.kind === undefined) continue;
        // A 征求意见 or 部门意见 file (JSON) goes to the project register, not to the plan import.
        if (f.kind === 'geojson' && f.sizeBytes < 16 * 1024 * 1024) {
          const bytes = await f.read();
          const kind = reviewFileKind(bytes);
          if (kind) {
            const s = store.getState();
            if (kind === 'consultation') s.setPendingConsultations([...s.pendingConsultations, { name: f.name, bytes }]);
            else s.setPendingOpinions([...s.pendingOpinions, { name: f.name, bytes }]);
            continue;
          }
        }
        // A zip is either a Shapefile set or a blueprint package: a package opens as the workspace.
        if (f.kind === 'shapefile-zip' && (await openPackageFile(f))) continue;
        plans.push(f);
      }
      if (workspaces[0]) await openPayload(await platform.readWorkspace(workspaces[0]));
      if (plans.length > 0) hooks.openImport(plans);
      // Last, so the refusal is what stays on screen.
      if (rejected.length > 0) store.getState().notify({ kind: 'error', text: rejected.map((r) => `${r.name}：${r.reason}`).join('；') });
    } catch (error) {
      fail(error);
    }
  }

  return { run, filesOpened, save, openPackage };
}
