/** The desktop shell: one window over the register in the user-data folder. */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { openLedger, type Ledger } from '../services/ledger';
import { registerIpc } from './ipc';
import { registerAppProtocol } from './protocol';
import { hardenApp, hardenSession } from './hardening';
import { APP_ORIGIN, APP_SCHEME, secureWebPreferences } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));

function openExternal(url: string): Promise<void> {
  return shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 680,
    title: '重大项目台账',
    show: false,
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
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
        resourcesDir: path.join(here, '..', '..', 'resources'),
        appVersion: app.getVersion(),
      });
    } catch (err) {
      dialog.showErrorBox('无法打开台账数据库', (err as Error).message);
      app.quit();
      return;
    }
    registerIpc(ipcMain, ledger.dispatch);
    Menu.setApplicationMenu(null);
    createWindow();
  }).catch((err: unknown) => {
    dialog.showErrorBox('启动失败', String(err));
    app.quit();
  });

  app.on('window-all-closed', () => {
    ledger?.close();
    app.quit();
  });
}
