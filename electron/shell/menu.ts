/**
 * The application menu in Chinese, as a template built from the actions it calls: the shell test
 * clicks every item and checks what it did, with `electron` replaced.
 */

import type { MenuItemConstructorOptions } from 'electron';

/** Views reachable from 视图, in sidebar order, with their menu labels. */
export const MENU_VIEWS: Array<{ view: string; label: string }> = [
  { view: 'home', label: '首页' },
  { view: 'register', label: '项目台账' },
  { view: 'gantt', label: '进度甘特' },
  { view: 'rollups', label: '投资汇总' },
  { view: 'import', label: '导入' },
  { view: 'reports', label: '报表' },
  { view: 'monthly', label: '月度调度' },
  { view: 'settings', label: '设置与数据' },
];

export interface MenuActions {
  /** Shows a view (and, for 导入 and 导出报表, the page where the file dialog opens). */
  navigate(view: string): void;
  backup(): Promise<void>;
  restore(): Promise<void>;
  openDataFolder(): Promise<void>;
  help(): void;
  /** The browser's print of the view shown (the system print dialog). */
  print(): void;
  about(): Promise<void>;
  /** 团队版: leaves the team server (forgotten) and opens the register on this PC. */
  useLocal(): void;
  quit(): void;
}

/** Which register the window shows: the file on this PC, or a team server (whose backups are its 管理员's). */
export type MenuMode = 'local' | 'team';

export function menuTemplate(actions: MenuActions, mode: MenuMode = 'local'): MenuItemConstructorOptions[] {
  const run = (fn: () => unknown) => () => void fn();
  const fileItems: MenuItemConstructorOptions[] = mode === 'team'
    ? [{ label: '切换到本机台账', click: run(() => actions.useLocal()) }, { type: 'separator' }]
    : [];
  const localOnly: MenuItemConstructorOptions[] = mode === 'local'
    ? [
        { type: 'separator' },
        { label: '备份数据库…', accelerator: 'CmdOrCtrl+B', click: run(() => actions.backup()) },
        { label: '从备份恢复…', click: run(() => actions.restore()) },
      ]
    : [];
  return [
    {
      label: '文件(&F)',
      submenu: [
        ...fileItems,
        { label: '导入项目清单…', accelerator: 'CmdOrCtrl+O', click: run(() => actions.navigate('import')) },
        { label: '导出报表…', accelerator: 'CmdOrCtrl+E', click: run(() => actions.navigate('reports')) },
        // The page prints itself: 项目台账 lays out every filtered row for print, other views their print styles.
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: run(() => actions.print()) },
        ...localOnly,
        { type: 'separator' },
        { label: '退出', accelerator: 'Alt+F4', click: run(() => actions.quit()) },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        ...MENU_VIEWS.map((v, i): MenuItemConstructorOptions => ({ label: v.label, accelerator: `CmdOrCtrl+${i + 1}`, click: run(() => actions.navigate(v.view)) })),
        { type: 'separator' },
        { label: '刷新', role: 'reload' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '使用说明', accelerator: 'F1', click: run(() => actions.help()) },
        ...(mode === 'local' ? [{ label: '打开数据文件夹', click: run(() => actions.openDataFolder()) }] : []),
        { type: 'separator' },
        { label: '关于重大项目台账', click: run(() => actions.about()) },
      ],
    },
  ];
}
