// Renderer entry: opens IndexedDB, reopens the stored workspace (or loads the Jiyuan demo on first
// start), attaches autosave and the checks service, and renders the editor.
import 'ol/ol.css';
import 'antd/dist/antd.css';
import './styles/app.css';
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { App } from './app/App.tsx';
import { AntdRoot } from './app/AntdRoot.tsx';
import { StoreProvider } from './app/StoreContext.tsx';
import { ChecksProvider } from './app/ChecksContext.tsx';
import { createEditorStore, type EditorStore } from './store/createEditorStore.ts';
import { LantuDb } from './db/LantuDb.ts';
import { loadStoredWorkspace } from './services/persistence/loadStoredWorkspace.ts';
import { saveBaseWorkspace } from './services/persistence/saveBaseWorkspace.ts';
import { attachAutosave, type SaveStatus } from './services/persistence/attachAutosave.ts';
import { loadDemoWorkspace } from './app/loadDemoWorkspace.ts';
import { createChecksService, type ChecksService } from './services/checks/createChecksService.ts';
import { createReviewService, type ReviewService } from './services/review/createReviewService.ts';
import { ReviewProvider } from './app/ReviewContext.tsx';
import { createReviewBackend } from './services/review/createReviewBackend.ts';
import { createRulesBackend } from './services/checks/createRulesBackend.ts';
import { createGeometryPort } from './services/createGeometryPort.ts';
import { restoreView } from './app/restoreView.ts';
import type { EditorAutomationHook } from './app/EditorAutomationHook.ts';
import type { GeometryPort } from '../engine/geometry/index.ts';
import { openWorkspacePayload } from './services/persistence/openWorkspacePayload.ts';
import { errorText } from './i18n/describeError.ts';
import { message } from './i18n/message.ts';
import { readLimits } from './services/import/readLimits.ts';
import { loadLastCheck, saveLastCheck, type LastCheck } from './services/persistence/lastCheckStore.ts';
import { loadLastExport } from './services/persistence/lastExportStore.ts';
import { createStoredOverviews } from './services/persistence/storedOverviews.ts';
import type { OverviewStore } from './map/overviewStore.ts';
import { StationProvider } from './app/StationContext.tsx';
import { createStationService } from './services/station/createStationService.ts';
import type { StationService } from './services/station/types.ts';

declare global {
  interface Window {
    lantuEditor?: EditorAutomationHook;
  }
}

function Root({
  store,
  checks,
  reviews,
  autosave,
  retrySave,
  station,
  overviews,
}: {
  store: EditorStore;
  checks: ChecksService;
  reviews: ReviewService;
  autosave: (cb: (s: SaveStatus) => void) => void;
  retrySave: () => void;
  station: StationService;
  overviews: OverviewStore;
}) {
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  useEffect(() => autosave(setSave), [autosave]);
  return (
    <StoreProvider store={store}>
      <ChecksProvider service={checks}>
        <ReviewProvider service={reviews}>
          <AntdRoot>
            <StationProvider service={station}>
              <App save={save} onRetrySave={retrySave} overviews={overviews} />
            </StationProvider>
          </AntdRoot>
        </ReviewProvider>
      </ChecksProvider>
    </StoreProvider>
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('root')!;
  const status = document.getElementById('boot-status');
  const store = createEditorStore();
  const db = new LantuDb();
  // A first-start base that could not be written (quota, a blocked database) is shown from memory and
  // queued in autosave, which retries it before any edit.
  let unsavedBase: Awaited<ReturnType<typeof loadDemoWorkspace>> | null = null;
  let lastCheck: LastCheck | null = null;
  try {
    let stored = await loadStoredWorkspace(db);
    if (!stored) {
      // A first start has no stored view: the language is the default one.
      if (status) status.textContent = message(store.getState().language, 'loadingDemo');
      const demo = await loadDemoWorkspace();
      try {
        await saveBaseWorkspace(db, demo);
        stored = await loadStoredWorkspace(db);
      } catch {
        unsavedBase = demo;
        store.getState().loadWorkspace(demo);
      }
    }
    if (stored) {
      store.getState().loadWorkspace(stored.workspace, stored.past, stored.future);
      restoreView(store, stored.view);
      // The last check's results come back with the workspace; a bad record is ignored, never fatal.
      lastCheck = await loadLastCheck(db).catch(() => null);
      store.getState().setLastExport(await loadLastExport(db).catch(() => null));
    }
  } catch (error) {
    // The stored language could not be read either: the page says it in both.
    const reason = { zh: errorText(error, 'zh'), en: errorText(error, 'en') };
    root.textContent = `${message('zh', 'bootOpenFailed', { reason })} / ${message('en', 'bootOpenFailed', { reason })}`;
    return;
  }
  let statusListener: (s: SaveStatus) => void = () => undefined;
  let lastStatus: SaveStatus = { state: 'saved' };
  const autosave = attachAutosave(store, db, (s) => {
    lastStatus = s;
    statusListener(s);
  });
  if (unsavedBase) autosave.saveBase(unsavedBase);
  let port: Promise<GeometryPort> | null = null;
  const checks = createChecksService(
    store,
    createRulesBackend(),
    () => (port ??= createGeometryPort()),
    (check) => saveLastCheck(db, check),
  );
  void checks.restore(lastCheck);
  const reviews = createReviewService(store, createReviewBackend());
  window.lantuEditor = {
    store,
    autosave,
    checks,
    reviews,
    openWorkspace: async (payload, origin) => {
      await autosave.replaceStored(() => openWorkspacePayload(store, db, payload, origin));
    },
    ready: true,
    readLimits,
  };
  createRoot(root).render(
    <Root
      store={store}
      checks={checks}
      reviews={reviews}
      autosave={(cb) => {
        statusListener = cb;
        cb(lastStatus);
      }}
      retrySave={autosave.retryNow}
      station={createStationService()}
      overviews={createStoredOverviews(db)}
    />,
  );
}

void start();
