/**
 * The desktop shell: one window, on the register in the user-data folder or, when the office has
 * one, on a 团队版 server (chosen in 设置与数据 → 数据库, remembered in database.json beside it).
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type BrowserWindowConstructorOptions } from 'electron';
import type { DatabaseChoice, TeamServer } from '../../shared/desktop';
import type { ApiResult } from '../../shared/errors';
import { openLedger, type Ledger } from '../services/ledger';
import { registerIpc } from './ipc';
import { registerDesktopIpc } from './desktopIpc';
import { registerAppProtocol } from './protocol';
import { hardenApp, hardenSession } from './hardening';
import { APP_ORIGIN, APP_SCHEME, secureWebPreferences } from './security';
import { menuTemplate } from './menu';
import { LOCAL_PLACE, menuActions, type WindowPlace } from './menuActions';
import { readWindowState, writeWindowState } from './windowState';
import { DATABASE_CHOICE_FILE, readDatabaseChoice, writeDatabaseChoice } from './databaseChoice';
import { checkTeamServer } from './teamCheck';
import { certificateVerifier, hostnameOf } from './teamPin';
import { openTeamWindow, type TeamWindow } from './teamWindow';

const here = path.dirname(fileURLToPath(import.meta.url));

async function openExternal(url: string): Promise<void> {
  return await shell.openExternal(url);
}

const NO_REGISTER = { ok: false as const, error: { code: 'refused' as const, message: '本机台账未打开（当前连接的是团队服务器）', messageEn: 'The register on this PC is not open (the app is on a team server)' } };

/** Size and place as the user left them, the same for either kind of window. */
function windowBase(stateFile: string): { options: BrowserWindowConstructorOptions; maximized: boolean } {
  const saved = readWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  return {
    options: {
      ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
      width: saved.width,
      height: saved.height,
      minWidth: 1100,
      minHeight: 680,
      show: false,
    },
    maximized: saved.maximized,
  };
}

/** Shows the window once painted, keeps its size and place, and asks before unsaved edits are dropped. */
function dressWindow(win: BrowserWindow, stateFile: string, maximized: boolean, shownAlready = false): void {
  if (maximized && shownAlready) win.maximize();
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
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
}

export function runShell(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  let ledger: Ledger | undefined;
  let current: BrowserWindow | undefined;
  let team: TeamWindow | undefined;
  // Every open team window keeps its server's pin, also one kept open a moment longer for unsaved edits.
  const teamWindows = new Set<TeamWindow>();
  // Each window's page may navigate only within its own origin: the app's, or its team server's.
  const origins = new Map<number, string>();
  hardenApp(app, openExternal, (contents) => origins.get(contents.id) ?? APP_ORIGIN);

  const userData = () => app.getPath('userData');
  const stateFile = () => path.join(userData(), 'window-state.json');
  const choiceFile = () => path.join(userData(), DATABASE_CHOICE_FILE);
  const choice = (): DatabaseChoice => (team ? { kind: 'team', url: team.server.url, fingerprint: team.server.fingerprint } : { kind: 'local' });
  const place = (): WindowPlace => (team ? { page: `${team.server.url}/`, database: `团队服务器 ${team.server.url}` } : LOCAL_PLACE(ledger?.ctx.dbPath ?? ''));

  /** The new window first, then the old one closes: the app never has none (which would quit it). */
  const replaceWindow = (win: BrowserWindow) => {
    const old = current;
    current = win;
    const actions = menuActions(() => current, () => ledger, { dialog, shell, quit: () => app.quit(), useLocal: () => void useLocal(), appVersion: app.getVersion() }, place);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, team ? 'team' : 'local')));
    old?.close();
  };

  async function openLocal(): Promise<void> {
    // Bundled into dist/electron/main.js: shipped data sits two folders up, beside package.json.
    ledger ??= await openLedger({
      dbPath: path.join(userData(), 'ledger.sqlite'),
      seedSampleIfNew: true,
      dailyBackup: true,
      heavyCallsOffThread: true,
      resourcesDir: path.join(here, '..', '..', 'resources'),
      appVersion: app.getVersion(),
    });
    team = undefined;
    const base = windowBase(stateFile());
    const win = new BrowserWindow({ ...base.options, title: '重大项目台账', webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')) });
    origins.set(win.webContents.id, APP_ORIGIN);
    dressWindow(win, stateFile(), base.maximized);
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    replaceWindow(win);
  }

  function openTeam(server: TeamServer): void {
    const base = windowBase(stateFile());
    const opened = openTeamWindow(server, base.options, () => void useLocal());
    team = opened;
    teamWindows.add(opened);
    opened.win.on('closed', () => teamWindows.delete(opened));
    origins.set(opened.win.webContents.id, server.url);
    dressWindow(opened.win, stateFile(), base.maximized, true);
    replaceWindow(opened.win);
  }

  /** 切换到本机台账: the server is forgotten, the register on this PC opens. */
  async function useLocal(): Promise<void> {
    writeDatabaseChoice(choiceFile(), { kind: 'local' });
    try {
      await openLocal();
    } catch (err) {
      dialog.showErrorBox('无法打开台账数据库', (err as Error).message);
    }
  }

  async function connectTeam(input: { url: string; fingerprint: string }): Promise<ApiResult<TeamServer>> {
    const checked = await checkTeamServer(input);
    if (!checked.ok) return checked;
    writeDatabaseChoice(choiceFile(), { kind: 'team', ...checked.value });
    // After the answer reaches the page that asked: its window is about to close.
    setTimeout(() => openTeam(checked.value), 0);
    return checked;
  }

  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    // Trusted: the pinned certificate of the team server the window is on; nothing else.
    session.defaultSession.setCertificateVerifyProc(certificateVerifier(
      () => [...teamWindows].map((w) => w.server),
      (hostname) => {
        for (const w of teamWindows) if (hostnameOf(w.server.url) === hostname) w.certificateRefused();
      },
    ));
    registerAppProtocol(protocol, path.join(here, '..', 'renderer'));
    registerIpc(ipcMain, (method, input) => (ledger ? ledger.dispatch(method, input) : Promise.resolve(NO_REGISTER)));
    registerDesktopIpc(ipcMain, { database: choice, connectTeam });
    // Reports and CSV downloads: the native save dialog, opening in 文档 with the suggested name.
    session.defaultSession.on('will-download', (_event, item) => {
      item.setSaveDialogOptions({ title: '保存文件', defaultPath: path.join(app.getPath('documents'), item.getFilename()) });
    });
    const remembered = readDatabaseChoice(choiceFile());
    if (remembered.choice.kind === 'team') {
      openTeam(remembered.choice);
      return;
    }
    try {
      await openLocal();
    } catch (err) {
      dialog.showErrorBox('无法打开台账数据库', (err as Error).message);
      app.quit();
      return;
    }
    if (remembered.problem) {
      const options = { type: 'warning' as const, title: '重大项目台账', message: remembered.problem.message, detail: remembered.problem.messageEn, buttons: ['确定'] };
      await (current ? dialog.showMessageBox(current, options) : dialog.showMessageBox(options));
    }
  }).catch((err: unknown) => {
    dialog.showErrorBox('启动失败', String(err));
    app.quit();
  });

  app.on('window-all-closed', async () => {
    await ledger?.close();
    app.quit();
  });
}
