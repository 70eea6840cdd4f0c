// The automation hooks the renderer puts on `window` (renderer/main.tsx, renderer/components/MapView.tsx),
// typed for the browser tests' page.evaluate callbacks.
import type { EditorAutomationHook } from '../../renderer/app/EditorAutomationHook.ts';
import type { MapController } from '../../renderer/map/createMapController.ts';

declare global {
  interface Window {
    lantuEditor?: EditorAutomationHook;
    lantuMap?: MapController;
  }
}
