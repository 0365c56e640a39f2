/** The desktop shell: one window over the register in the user-data folder. */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { openLedger, type Ledger } from '../services/ledger';
import { registerIpc } from './ipc';
import { registerAppProtocol } from './protocol';
import { hardenApp, hardenSession } from './hardening';
import { APP_ORIGIN, APP_SCHEME, secureWebPreferences } from './security';
import { menuTemplate } from './menu';
import { menuActions } from './menuActions';
import { readWindowState, writeWindowState } from './windowState';

const here = path.dirname(fileURLToPath(import.meta.url));

async function openExternal(url: string): Promise<void> {
  return await shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const saved = readWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: 1100,
    minHeight: 680,
    title: '重大项目台账',
    show: false,
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
  });
  win.once('ready-to-show', () => {
    if (saved.maximized) win.maximize();
    win.show();
  });
  // The page holds back a close or reload while a form has unsaved edits (beforeunload, see
  // renderer/src/app/leaveGuard.ts); Electron then asks nothing by itself, so the shell asks.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question', buttons: ['放弃修改并离开', '留下继续编辑'], defaultId: 1, cancelId: 1,
      title: '有未保存的修改', message: '项目信息中有尚未保存的修改。', detail: '离开将放弃这些修改；要保留，请留下并点「保存」。',
    });
    if (choice === 0) event.preventDefault();
  });
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    writeWindowState(stateFile, { ...bounds, maximized: win.isMaximized() });
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

export function runShell(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  hardenApp(app, openExternal);
  let ledger: Ledger | undefined;

  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    registerAppProtocol(protocol, path.join(here, '..', 'renderer'));
    try {
      // Bundled into dist/electron/main.js: shipped data sits two folders up, beside package.json.
      ledger = await openLedger({
        dbPath: path.join(app.getPath('userData'), 'ledger.sqlite'),
        seedSampleIfNew: true,
        dailyBackup: true,
        heavyCallsOffThread: true,
        resourcesDir: path.join(here, '..', '..', 'resources'),
        appVersion: app.getVersion(),
      });
    } catch (err) {
      dialog.showErrorBox('无法打开台账数据库', (err as Error).message);
      app.quit();
      return;
    }
    registerIpc(ipcMain, ledger.dispatch);
    // Reports and CSV downloads: the native save dialog, opening in 文档 with the suggested name.
    session.defaultSession.on('will-download', (_event, item) => {
      item.setSaveDialogOptions({ title: '保存文件', defaultPath: path.join(app.getPath('documents'), item.getFilename()) });
    });
    const win = createWindow();
    const actions = menuActions(() => win, () => ledger, { dialog, shell, quit: () => app.quit(), appVersion: app.getVersion() });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions)));
  }).catch((err: unknown) => {
    dialog.showErrorBox('启动失败', String(err));
    app.quit();
  });

  app.on('window-all-closed', async () => {
    await ledger?.close();
    app.quit();
  });
}
