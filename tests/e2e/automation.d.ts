// The automation hooks the renderer puts on `window` (renderer/main.tsx, renderer/components/MapView.tsx),
// typed for the browser tests' page.evaluate callbacks.
import type { MapController } from '../../renderer/map/createMapController.ts';
import type { EditorStore } from '../../renderer/store/createEditorStore.ts';
import type { Autosave } from '../../renderer/services/persistence/attachAutosave.ts';
import type { WorkspacePayload } from '../../renderer/store/workspacePayload.ts';
import type { ChecksService } from '../../renderer/services/checks/createChecksService.ts';

declare global {
  interface Window {
    lantuEditor?: {
      store: EditorStore;
      autosave: Autosave;
      checks: ChecksService;
      openWorkspace: (payload: WorkspacePayload) => Promise<void>;
      ready: true;
    };
    lantuMap?: MapController;
  }
}
