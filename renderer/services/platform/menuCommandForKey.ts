// Pure. The menu command a key press stands for in the browser, where no native menu exists. Only the
// file commands whose keys the browser would otherwise take (Ctrl+O opens a file, Ctrl+S saves the page,
// Ctrl+E focuses the address bar); undo, redo and F5 are handled by the editor's own key handlers.
import type { MenuCommand } from '../../../engine/ipc/index.ts';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function menuCommandForKey(press: KeyPress): MenuCommand | undefined {
  const mod = press.ctrlKey || press.metaKey;
  if (!mod || press.altKey) return undefined;
  switch (press.key.toLowerCase()) {
    case 'o':
      return press.shiftKey ? 'workspace:open' : 'plan:import';
    case 's':
      return press.shiftKey ? 'workspace:save-as' : 'workspace:save';
    case 'e':
      return press.shiftKey ? undefined : 'blueprint:export';
    default:
      return undefined;
  }
}
