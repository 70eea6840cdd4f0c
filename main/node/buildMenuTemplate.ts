// Pure. Takes the UI language, the recent files and the platform, returns the application menu as plain
// data (文件 / 编辑 / 视图 / 检查 / 帮助, or English). Items carry a renderer `command` or a main-side
// `action` instead of click handlers; main/electron turns them into Electron menu items.
import type { MenuCommand, UiLanguage } from '../../engine/ipc/index.ts';

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
  const t = (zh: string, english: string): string => (en ? english : zh);
  const recentSubmenu: MenuItemSpec[] =
    input.recentFiles.length === 0
      ? [{ label: t('（无）', '(none)'), enabled: false }]
      : [
          ...input.recentFiles.map((file, index): MenuItemSpec => ({
            label: `${index + 1 < 10 ? `&${index + 1} ` : ''}${file.name.replace(/&/g, '&&')}`,
            action: { type: 'open-recent', path: file.path },
          })),
          separator,
          { label: t('清除最近文件', 'Clear Recent Files'), action: { type: 'clear-recent' } },
        ];

  return [
    {
      label: t('文件(&F)', '&File'),
      submenu: [
        { label: t('导入规划…', 'Import Plan…'), accelerator: 'CmdOrCtrl+O', command: 'plan:import' },
        separator,
        { label: t('打开工作空间…', 'Open Workspace…'), accelerator: 'CmdOrCtrl+Shift+O', command: 'workspace:open' },
        { label: t('保存工作空间', 'Save Workspace'), accelerator: 'CmdOrCtrl+S', command: 'workspace:save' },
        { label: t('工作空间另存为…', 'Save Workspace As…'), accelerator: 'CmdOrCtrl+Shift+S', command: 'workspace:save-as' },
        { label: t('最近文件', 'Recent Files'), submenu: recentSubmenu },
        separator,
        { label: t('导出蓝图…', 'Export Blueprint…'), accelerator: 'CmdOrCtrl+E', command: 'blueprint:export' },
        separator,
        { label: t('退出', 'Exit'), role: 'quit' },
      ],
    },
    {
      label: t('编辑(&E)', '&Edit'),
      submenu: [
        { label: t('撤销', 'Undo'), accelerator: 'CmdOrCtrl+Z', command: 'edit:undo' },
        { label: t('重做', 'Redo'), accelerator: 'CmdOrCtrl+Y', command: 'edit:redo' },
        // Electron allows one accelerator per item: a hidden twin gives redo its second shortcut.
        { label: t('重做', 'Redo'), accelerator: 'CmdOrCtrl+Shift+Z', command: 'edit:redo', visible: false },
        separator,
        { label: t('剪切', 'Cut'), role: 'cut' },
        { label: t('复制', 'Copy'), role: 'copy' },
        { label: t('粘贴', 'Paste'), role: 'paste' },
        { label: t('全选', 'Select All'), role: 'selectAll' },
      ],
    },
    {
      label: t('视图(&V)', '&View'),
      submenu: [
        { label: t('缩放到全部', 'Zoom to All'), accelerator: 'CmdOrCtrl+0', command: 'view:zoom-to-all' },
        separator,
        { label: t('放大界面', 'Zoom In'), role: 'zoomIn' },
        { label: t('缩小界面', 'Zoom Out'), role: 'zoomOut' },
        { label: t('界面实际大小', 'Actual Size'), role: 'resetZoom' },
        { label: t('全屏', 'Full Screen'), role: 'togglefullscreen' },
        ...(input.isPackaged
          ? []
          : [
              separator,
              {
                label: t('开发者工具', 'Developer Tools'),
                accelerator: 'CmdOrCtrl+Shift+I',
                action: { type: 'toggle-devtools' },
              } satisfies MenuItemSpec,
            ]),
      ],
    },
    {
      label: t('检查(&C)', '&Check'),
      submenu: [{ label: t('运行检查', 'Run Checks'), accelerator: 'F5', command: 'check:run' }],
    },
    {
      label: t('帮助(&H)', '&Help'),
      submenu: [
        { label: t('打开日志文件夹', 'Open Log Folder'), action: { type: 'open-log-folder' } },
        separator,
        { label: t('关于蓝图', 'About Lantu'), command: 'help:about' },
      ],
    },
  ];
}
