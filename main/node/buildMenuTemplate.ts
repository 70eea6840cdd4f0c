// Pure. Takes the UI language, the recent files and the platform, returns the application menu as plain
// data (文件 / 编辑 / 视图 / 检查 / 帮助, or English). Items carry a renderer `command` or a main-side
// `action` instead of click handlers; main/electron turns them into Electron menu items.
import type { MenuCommand, UiLanguage } from '../../engine/ipc/index.ts';
import type { Bilingual } from '../../engine/i18n/index.ts';
import { say } from '../i18n/index.ts';

export type MenuAction =
  { type: 'open-recent'; path: string } | { type: 'clear-recent' } | { type: 'open-log-folder' } | { type: 'toggle-devtools' };

export type MenuRole =
  'cut' | 'copy' | 'paste' | 'selectAll' | 'quit' | 'togglefullscreen' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'minimize' | 'close';

export interface MenuItemSpec {
  label?: string;
  accelerator?: string;
  role?: MenuRole;
  command?: MenuCommand;
  action?: MenuAction;
  type?: 'separator';
  enabled?: boolean;
  visible?: boolean;
  submenu?: MenuItemSpec[];
}

export interface MenuTemplateInput {
  lang: UiLanguage;
  recentFiles: ReadonlyArray<{ path: string; name: string }>;
  /** Developer tools only in unpackaged builds. */
  isPackaged: boolean;
}

const separator: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(input: MenuTemplateInput): MenuItemSpec[] {
  const en = input.lang === 'en';
  const t = (m: Bilingual): string => (en ? m.en : m.zh);
  const recentSubmenu: MenuItemSpec[] =
    input.recentFiles.length === 0
      ? [{ label: t(say('menu.buildMenuTemplate.recentSubmenu_label')), enabled: false }]
      : [
          ...input.recentFiles.map((file, index): MenuItemSpec => ({
            label: `${index + 1 < 10 ? `&${index + 1} ` : ''}${file.name.replace(/&/g, '&&')}`,
            action: { type: 'open-recent', path: file.path },
          })),
          separator,
          { label: t(say('menu.buildMenuTemplate.recentSubmenu_label-2')), action: { type: 'clear-recent' } },
        ];

  return [
    {
      label: t(say('menu.buildMenuTemplate.buildMenuTemplate_label')),
      submenu: [
        { label: t(say('menu.buildMenuTemplate.submenu_label')), accelerator: 'CmdOrCtrl+O', command: 'plan:import' },
        separator,
        { label: t(say('menu.buildMenuTemplate.submenu_label-2')), accelerator: 'CmdOrCtrl+Shift+O', command: 'workspace:open' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-3')), accelerator: 'CmdOrCtrl+S', command: 'workspace:save' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-4')), accelerator: 'CmdOrCtrl+Shift+S', command: 'workspace:save-as' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-5')), submenu: recentSubmenu },
        separator,
        { label: t(say('menu.buildMenuTemplate.submenu_label-6')), accelerator: 'CmdOrCtrl+E', command: 'blueprint:export' },
        separator,
        { label: t(say('menu.buildMenuTemplate.submenu_label-7')), role: 'quit' },
      ],
    },
    {
      label: t(say('menu.buildMenuTemplate.buildMenuTemplate_label-2')),
      submenu: [
        { label: t(say('menu.buildMenuTemplate.submenu_label-8')), accelerator: 'CmdOrCtrl+Z', command: 'edit:undo' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-9')), accelerator: 'CmdOrCtrl+Y', command: 'edit:redo' },
        // Electron allows one accelerator per item: a hidden twin gives redo its second shortcut.
        { label: t(say('menu.buildMenuTemplate.submenu_label-9')), accelerator: 'CmdOrCtrl+Shift+Z', command: 'edit:redo', visible: false },
        separator,
        { label: t(say('menu.buildMenuTemplate.submenu_label-10')), role: 'cut' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-11')), role: 'copy' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-12')), role: 'paste' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-13')), role: 'selectAll' },
      ],
    },
    {
      label: t(say('menu.buildMenuTemplate.buildMenuTemplate_label-3')),
      submenu: [
        { label: t(say('menu.buildMenuTemplate.submenu_label-14')), accelerator: 'CmdOrCtrl+0', command: 'view:zoom-to-all' },
        separator,
        { label: t(say('menu.buildMenuTemplate.submenu_label-15')), role: 'zoomIn' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-16')), role: 'zoomOut' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-17')), role: 'resetZoom' },
        { label: t(say('menu.buildMenuTemplate.submenu_label-18')), role: 'togglefullscreen' },
        ...(input.isPackaged
          ? []
          : [
              separator,
              {
                label: t(say('menu.buildMenuTemplate.submenu_label-19')),
                accelerator: 'CmdOrCtrl+Shift+I',
                action: { type: 'toggle-devtools' },
              } satisfies MenuItemSpec,
            ]),
      ],
    },
    {
      label: t(say('menu.buildMenuTemplate.buildMenuTemplate_label-4')),
      submenu: [{ label: t(say('menu.buildMenuTemplate.submenu_label-20')), accelerator: 'F5', command: 'check:run' }],
    },
    {
      label: t(say('menu.buildMenuTemplate.buildMenuTemplate_label-5')),
      submenu: [
        { label: t(say('menu.buildMenuTemplate.submenu_label-21')), action: { type: 'open-log-folder' } },
        separator,
        { label: t(say('menu.buildMenuTemplate.submenu_label-22')), command: 'help:about' },
      ],
    },
  ];
}
