/** What the menu's items do: native dialogs for backup and restore, the data folder, 关于. */

import path from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { Ledger } from '../services/ledger';
import { APP_ORIGIN } from './security';
import type { MenuActions } from './menu';

export interface ShellParts {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openPath'>;
  quit(): void;
  /** Leaves the team server for the register on this PC (the shell's). */
  useLocal?: () => void;
  appVersion: string;
}

const DB_FILTER = [{ name: '台账数据库 (*.sqlite)', extensions: ['sqlite'] }];

function stamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}`;
}

/** Where the window's app is: its page address (views are its fragments) and, for 关于, what it opens. */
export interface WindowPlace {
  page: string;
  database: string;
}

export const LOCAL_PLACE = (dbPath: string): WindowPlace => ({ page: `${APP_ORIGIN}/index.html`, database: dbPath });

export function menuActions(win: () => BrowserWindow | undefined, ledger: () => Ledger | undefined, parts: ShellParts, place?: () => WindowPlace): MenuActions {
  const dbPath = () => ledger()?.ctx.dbPath ?? '';
  const where = place ?? (() => LOCAL_PLACE(dbPath()));
  const tell = async (type: 'info' | 'error', message: string, detail = '') => {
    const w = win();
    const options = { type, title: '重大项目台账', message, detail, buttons: ['确定'] };
    await (w ? parts.dialog.showMessageBox(w, options) : parts.dialog.showMessageBox(options));
  };
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const l = ledger();
    if (!l) throw new Error('台账尚未打开');
    const result = await l.dispatch(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const navigate = (view: string) => {
    // Only the fragment changes: the page moves to the view without reloading.
    void win()?.loadURL(`${where().page}#/${view}`);
  };
  return {
    navigate,
    async backup() {
      const w = win();
      const options = { title: '备份数据库', defaultPath: path.join(path.dirname(dbPath()), 'backups', `台账备份-${stamp(new Date())}.sqlite`), filters: DB_FILTER };
      const choice = await (w ? parts.dialog.showSaveDialog(w, options) : parts.dialog.showSaveDialog(options));
      if (choice.canceled || !choice.filePath) return;
      try {
        const { path: saved } = (await call('data.backup', { out: choice.filePath })) as { path: string };
        await tell('info', '备份完成', saved);
      } catch (err) {
        await tell('error', '备份失败', (err as Error).message);
      }
    },
    async restore() {
      const w = win();
      const options = { title: '从备份恢复', defaultPath: path.join(path.dirname(dbPath()), 'backups'), filters: DB_FILTER, properties: ['openFile' as const] };
      const choice = await (w ? parts.dialog.showOpenDialog(w, options) : parts.dialog.showOpenDialog(options));
      const from = choice.filePaths[0];
      if (choice.canceled || !from) return;
      const confirm = { type: 'question' as const, title: '从备份恢复', message: `用这个备份替换当前台账？\n${from}`, detail: '恢复前会先检查备份；当前数据库会另存一份，不会丢弃。', buttons: ['恢复', '取消'], defaultId: 1, cancelId: 1 };
      const answer = await (w ? parts.dialog.showMessageBox(w, confirm) : parts.dialog.showMessageBox(confirm));
      if (answer.response !== 0) return;
      try {
        const r = (await call('data.restore', { from })) as { projectCount: number; previous: string | null };
        await tell('info', `已恢复，共 ${r.projectCount} 个项目`, r.previous ? `原数据库另存为：${r.previous}` : '');
        w?.webContents.reload();
      } catch (err) {
        await tell('error', '未能恢复，当前数据未作任何改动', (err as Error).message);
      }
    },
    async openDataFolder() {
      const problem = await parts.shell.openPath(path.dirname(dbPath()));
      if (problem) await tell('error', '无法打开数据文件夹', problem);
    },
    help: () => navigate('help'),
    print: () => win()?.webContents.print({ printBackground: true }),
    async about() {
      await tell('info', '重大项目台账', `版本 ${parts.appVersion}\n数据库：${where().database}\n重大项目从签约到达产的逐节点跟踪、亮灯预警、投资汇总与报表。`);
    },
    useLocal: () => parts.useLocal?.(),
    quit: () => parts.quit(),
  };
}
