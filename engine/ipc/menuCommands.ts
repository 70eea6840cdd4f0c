// Pure. The commands the native menu (and the browser's keyboard shortcuts) send to the renderer.

export const MENU_COMMANDS = [
  'plan:import',
  'workspace:open',
  'workspace:save',
  'workspace:save-as',
  'blueprint:export',
  'edit:undo',
  'edit:redo',
  'check:run',
  'view:zoom-to-all',
  'help:about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuCommandEvent {
  command: MenuCommand;
}
