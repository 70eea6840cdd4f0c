// The automation hook the renderer puts on `window.lantuEditor` for the browser tests and the benchmark:
// the store, autosave and checks, and a way to open a workspace payload. It has no effect on the UI.
import type { Autosave } from '../services/persistence/attachAutosave.ts';
import type { ChecksService } from '../services/checks/createChecksService.ts';
import type { ReviewService } from '../services/review/createReviewService.ts';
import type { EditorStore } from '../store/createEditorStore.ts';
import type { WorkspacePayload } from '../store/workspacePayload.ts';
import type { PayloadOrigin } from '../services/persistence/openWorkspacePayload.ts';
import type { ReadLimits } from '../services/import/readLimits.ts';

export interface EditorAutomationHook {
  store: EditorStore;
  autosave: Autosave;
  checks: ChecksService;
  /** The project register's reviews (idle() waits for the running one). */
  reviews: ReviewService;
  /** Replaces the workspace with a payload (opening a .lantu file; the benchmark); refusals name origin.fileName. */
  openWorkspace: (payload: WorkspacePayload, origin?: PayloadOrigin) => Promise<void>;
  ready: true;
  /** The limits hostile files are read under (GeoPackage deadline and row cap, package inflate limits); settable. */
  readLimits: ReadLimits;
}
