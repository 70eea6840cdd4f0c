import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../engine/ipc/index.ts';
import { buildMenuTemplate, type MenuItemSpec } from '../../../main/node/buildMenuTemplate.ts';

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

const recent = [
  { path: '/data/济源.lantu', name: '济源.lantu' },
  { path: '/data/R&D.geojson', name: 'R&D.geojson' },
];

describe('buildMenuTemplate', () => {
  it('has the five Chinese top-level menus with access keys', () => {
    expect(buildMenuTemplate({ lang: 'zh', recentFiles: [], isPackaged: true }).map((m) => m.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '检查(&C)',
      '帮助(&H)',
    ]);
  });

  it('switches to English with the UI language', () => {
    const labels = flatten(buildMenuTemplate({ lang: 'en', recentFiles: [], isPackaged: true })).map((m) => m.label ?? '');
    expect(labels.slice(0, 2)).toEqual(['&File', 'Import Plan…']);
    expect(labels.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('binds the usual shortcuts to renderer commands', () => {
    const byAccelerator = new Map<string, string[]>();
    for (const item of flatten(buildMenuTemplate({ lang: 'zh', recentFiles: [], isPackaged: true }))) {
      if (item.accelerator && item.command)
        byAccelerator.set(item.accelerator, [...(byAccelerator.get(item.accelerator) ?? []), item.command]);
    }
    expect(Object.fromEntries(byAccelerator)).toMatchObject({
      'CmdOrCtrl+O': ['plan:import'],
      'CmdOrCtrl+Z': ['edit:undo'],
      'CmdOrCtrl+Y': ['edit:redo'],
      'CmdOrCtrl+Shift+Z': ['edit:redo'],
      F5: ['check:run'],
      'CmdOrCtrl+E': ['blueprint:export'],
      'CmdOrCtrl+S': ['workspace:save'],
      'CmdOrCtrl+Shift+O': ['workspace:open'],
    });
    expect([...byAccelerator.keys()].length).toBe(new Set(byAccelerator.keys()).size);
  });

  it('sends every menu command from some item', () => {
    const commands = new Set(flatten(buildMenuTemplate({ lang: 'zh', recentFiles: [], isPackaged: true })).map((m) => m.command));
    for (const command of MENU_COMMANDS) expect(commands, command).toContain(command);
  });

  it('lists recent files with escaped ampersands, numbered, and a clear item', () => {
    const file = buildMenuTemplate({ lang: 'zh', recentFiles: recent, isPackaged: true })[0]!;
    const recentMenu = file.submenu!.find((item) => item.label === '最近文件')!;
    expect(recentMenu.submenu!.map((item) => item.label ?? item.type)).toEqual([
      '&1 济源.lantu',
      '&2 R&&D.geojson',
      'separator',
      '清除最近文件',
    ]);
    expect(recentMenu.submenu![0]!.action).toEqual({ type: 'open-recent', path: '/data/济源.lantu' });
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const recentMenu = buildMenuTemplate({ lang: 'zh', recentFiles: [], isPackaged: true })[0]!.submenu!.find(
      (i) => i.label === '最近文件',
    )!;
    expect(recentMenu.submenu).toEqual([{ label: '（无）', enabled: false }]);
  });

  it('offers developer tools only in unpackaged builds and the log folder always', () => {
    const actions = (isPackaged: boolean) =>
      flatten(buildMenuTemplate({ lang: 'zh', recentFiles: [], isPackaged })).map((m) => m.action?.type);
    expect(actions(true)).not.toContain('toggle-devtools');
    expect(actions(false)).toContain('toggle-devtools');
    expect(actions(true)).toContain('open-log-folder');
  });
});
