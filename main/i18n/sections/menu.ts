// The application menu (main/node/buildMenuTemplate): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const menuMessages = {
  'menu.buildMenuTemplate.recentSubmenu_label': {
    zh: '（无）',
    en: '(none)',
  },
  'menu.buildMenuTemplate.recentSubmenu_label-2': {
    zh: '清除最近文件',
    en: 'Clear Recent Files',
  },
  'menu.buildMenuTemplate.buildMenuTemplate_label': {
    zh: '文件(&F)',
    en: '&File',
  },
  'menu.buildMenuTemplate.submenu_label': {
    zh: '导入规划…',
    en: 'Import Plan…',
  },
  'menu.buildMenuTemplate.submenu_label-2': {
    zh: '打开工作空间…',
    en: 'Open Workspace…',
  },
  'menu.buildMenuTemplate.submenu_label-3': {
    zh: '保存工作空间',
    en: 'Save Workspace',
  },
  'menu.buildMenuTemplate.submenu_label-4': {
    zh: '工作空间另存为…',
    en: 'Save Workspace As…',
  },
  'menu.buildMenuTemplate.submenu_label-5': {
    zh: '最近文件',
    en: 'Recent Files',
  },
  'menu.buildMenuTemplate.submenu_label-6': {
    zh: '导出蓝图…',
    en: 'Export Blueprint…',
  },
  'menu.buildMenuTemplate.submenu_label-7': {
    zh: '退出',
    en: 'Exit',
  },
  'menu.buildMenuTemplate.buildMenuTemplate_label-2': {
    zh: '编辑(&E)',
    en: '&Edit',
  },
  'menu.buildMenuTemplate.submenu_label-8': {
    zh: '撤销',
    en: 'Undo',
  },
  'menu.buildMenuTemplate.submenu_label-9': {
    zh: '重做',
    en: 'Redo',
  },
  'menu.buildMenuTemplate.submenu_label-10': {
    zh: '剪切',
    en: 'Cut',
  },
  'menu.buildMenuTemplate.submenu_label-11': {
    zh: '复制',
    en: 'Copy',
  },
  'menu.buildMenuTemplate.submenu_label-12': {
    zh: '粘贴',
    en: 'Paste',
  },
  'menu.buildMenuTemplate.submenu_label-13': {
    zh: '全选',
    en: 'Select All',
  },
  'menu.buildMenuTemplate.buildMenuTemplate_label-3': {
    zh: '视图(&V)',
    en: '&View',
  },
  'menu.buildMenuTemplate.submenu_label-14': {
    zh: '缩放到全部',
    en: 'Zoom to All',
  },
  'menu.buildMenuTemplate.submenu_label-15': {
    zh: '放大界面',
    en: 'Zoom In',
  },
  'menu.buildMenuTemplate.submenu_label-16': {
    zh: '缩小界面',
    en: 'Zoom Out',
  },
  'menu.buildMenuTemplate.submenu_label-17': {
    zh: '界面实际大小',
    en: 'Actual Size',
  },
  'menu.buildMenuTemplate.submenu_label-18': {
    zh: '全屏',
    en: 'Full Screen',
  },
  'menu.buildMenuTemplate.submenu_label-19': {
    zh: '开发者工具',
    en: 'Developer Tools',
  },
  'menu.buildMenuTemplate.buildMenuTemplate_label-4': {
    zh: '检查(&C)',
    en: '&Check',
  },
  'menu.buildMenuTemplate.submenu_label-20': {
    zh: '运行检查',
    en: 'Run Checks',
  },
  'menu.buildMenuTemplate.buildMenuTemplate_label-5': {
    zh: '帮助(&H)',
    en: '&Help',
  },
  'menu.buildMenuTemplate.submenu_label-21': {
    zh: '打开日志文件夹',
    en: 'Open Log Folder',
  },
  'menu.buildMenuTemplate.submenu_label-22': {
    zh: '关于蓝图',
    en: 'About Lantu',
  },
} as const satisfies Section;
