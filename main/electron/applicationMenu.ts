// Electron. Turns the pure menu template into the native application menu: `command` items send
// `menu:command` to the renderer, `action` items run in main.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../engine/ipc/index.ts';
import { buildMenuTemplate, type MenuAction, type MenuItemSpec, type MenuTemplateInput } from '../node/buildMenuTemplate.ts';

export interface MenuHandlers {
  sendCommand(command: MenuCommand): void;
  runAction(action: MenuAction): void;
}

export function toElectronTemplate(items: MenuItemSpec[], handlers: MenuHandlers): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    const options: MenuItemConstructorOptions = {};
    if (item.type) options.type = item.type;
    if (item.label !== undefined) options.label = item.label;
    if (item.accelerator) options.accelerator = item.accelerator;
    if (item.role) options.role = item.role;
    if (item.enabled !== undefined) options.enabled = item.enabled;
    if (item.visible !== undefined) options.visible = item.visible;
    if (item.submenu) options.submenu = toElectronTemplate(item.submenu, handlers);
    const { command, action } = item;
    if (command) options.click = () => handlers.sendCommand(command);
    if (action) options.click = () => handlers.runAction(action);
    return options;
  });
}

export function setApplicationMenu(input: MenuTemplateInput, handlers: MenuHandlers): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(buildMenuTemplate(input), handlers)));
}
