import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';

type Handler = (...args: unknown[]) => unknown;

/** A stand-in for the `electron` module that records what the shell asks of it. */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  const appEvents = new Map<string, Handler>();
  const windows: Array<{ options: Record<string, unknown>; url?: string; urls: string[]; reloads: number; prints: number; contentsEvents: Map<string, Handler> }> = [];
  const state = {
    lock: true, quit: 0, permission: undefined as undefined | Handler, check: undefined as undefined | Handler, schemes: [] as unknown[], protocolHandled: [] as string[],
    menu: [] as Array<Record<string, unknown>>, opened: [] as string[], messages: [] as Array<{ message: string; detail?: string }>,
    /** What the next save / open dialog answers, and the button the next question gets. */
    saveAnswer: { canceled: true, filePath: undefined as string | undefined }, openAnswer: { canceled: true, filePaths: [] as string[] }, questionAnswer: 1,
    userData: '',
  };
  class BrowserWindow {
    static getAllWindows() {
      return [];
    }
    record: { options: Record<string, unknown>; url?: string; urls: string[]; reloads: number; prints: number; contentsEvents: Map<string, Handler> };
    static nextId = 1;
    webContents = {
      id: BrowserWindow.nextId++,
      getURL: () => this.record.urls.at(-1) ?? '',
      reload: () => { this.record.reloads += 1; },
      print: () => { this.record.prints += 1; },
      on: (event: string, handler: Handler) => { this.record.contentsEvents.set(event, handler); },
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, urls: [], reloads: 0, prints: 0, contentsEvents: new Map() };
      windows.push(this.record);
    }
    once() {}
    on() {}
    getNormalBounds() {
      return { x: 10, y: 10, width: 1440, height: 900 };
    }
    isMaximized() {
      return false;
    }
    loadURL(url: string) {
      this.record.url ??= url;
      this.record.urls.push(url);
      return Promise.resolve();
    }
  }
  return { handlers, appEvents, windows, state, BrowserWindow };
});

vi.mock('electron', () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-test-'));
  fake.state.userData = userData;
  const message = async (...args: unknown[]) => {
    const options = args.at(-1) as { message: string; detail?: string; type?: string };
    fake.state.messages.push({ message: options.message, detail: options.detail ?? '' });
    return { response: options.type === 'question' ? fake.state.questionAnswer : 0 };
  };
  return {
    app: {
      requestSingleInstanceLock: () => fake.state.lock,
      quit: () => {
        fake.state.quit += 1;
      },
      on: (event: string, fn: Handler) => fake.appEvents.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => userData,
      getVersion: () => '0.1.0-test',
    },
    BrowserWindow: fake.BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Handler) => fake.handlers.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.state.schemes.push(...schemes),
      handle: (scheme: string) => fake.state.protocolHandled.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (fake.state.permission = fn),
        setPermissionCheckHandler: (fn: Handler) => (fake.state.check = fn),
        setCertificateVerifyProc: () => {},
        on: () => {},
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: {
      setApplicationMenu: () => {},
      buildFromTemplate: (template: Array<Record<string, unknown>>) => {
        fake.state.menu = template;
        return template;
      },
    },
    dialog: {
      showErrorBox: (title: string, body: string) => { throw new Error(`${title}: ${body}`); },
      showSaveDialog: async () => fake.state.saveAnswer,
      showOpenDialog: async () => fake.state.openAnswer,
      showMessageBox: message,
      showMessageBoxSync: (...args: unknown[]) => {
        const options = args.at(-1) as { message: string; detail?: string };
        fake.state.messages.push({ message: options.message, detail: options.detail ?? '' });
        return fake.state.questionAnswer;
      },
    },
    shell: {
      openExternal: () => Promise.resolve(),
      openPath: async (p: string) => {
        fake.state.opened.push(p);
        return '';
      },
    },
  };
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('Electron shell (electron module replaced)', () => {
  beforeAll(async () => {
    const { runShell } = await import('../../electron/shell/app');
    runShell();
    await until(() => fake.windows.length > 0);
  });

  it('opens one window with every secure web preference', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    // Served from the app's own protocol, never file://.
    expect(fake.windows[0]!.url).toBe('app://ledger/index.html');
    expect(fake.state.protocolHandled).toEqual(['app']);
  });

  it('registers every contract method on the IPC bus, the shell\'s two desktop calls, and nothing else', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...METHOD_NAMES.map((m) => `ledger:${m}`), 'desktop:connectTeam', 'desktop:database'].sort());
  });

  it('tells its own page it is on the register on this PC, and tells no other page anything', async () => {
    const database = fake.handlers.get('desktop:database')!;
    expect(await database({ senderFrame: { url: 'app://ledger/index.html' } })).toEqual({ kind: 'local' });
    expect(await database({ senderFrame: { url: 'https://evil.example/' } })).toBeNull();
    const connect = fake.handlers.get('desktop:connectTeam')!;
    expect(await connect({ senderFrame: { url: 'https://evil.example/' } }, { url: 'https://192.168.1.20:5443', fingerprint: 'AB' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await connect({ senderFrame: { url: 'app://ledger/index.html' } }, { url: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers a call from the app page and refuses one from any other frame', async () => {
    const list = fake.handlers.get('ledger:data.info')!;
    const fromApp = (await list({ senderFrame: { url: 'app://ledger/index.html' } }, {})) as { ok: boolean; value: { appVersion: string } };
    expect(fromApp).toMatchObject({ ok: true, value: { appVersion: '0.1.0-test' } });
    for (const url of ['https://evil.example/', 'file:///C:/x.html', 'app://other/index.html', undefined]) {
      const refused = await list({ senderFrame: url ? { url } : null }, {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    const badInput = await fake.handlers.get('ledger:projects.get')!({ senderFrame: { url: 'app://ledger/' } }, { id: 'x' });
    expect(badInput).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('denies permissions, navigation away and new windows; opens only http(s) links outside', async () => {
    const granted: boolean[] = [];
    fake.state.permission!({}, 'media', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false]);
    expect(fake.state.check!()).toBe(false);

    const events = new Map<string, Handler>();
    let openHandler: Handler | undefined;
    const contents = { on: (e: string, fn: Handler) => events.set(e, fn), setWindowOpenHandler: (fn: Handler) => (openHandler = fn) };
    fake.appEvents.get('web-contents-created')!({}, contents);
    const prevented: string[] = [];
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://ledger/index.html#/gantt']) {
      events.get('will-navigate')!({ preventDefault: () => prevented.push(url) }, url);
    }
    expect(prevented).toEqual(['https://evil.example/', 'file:///etc/passwd']);
    expect(openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
  });

  it('asks before a close drops unsaved edits the page held back, and closes only when told to', () => {
    const unload = fake.windows[0]!.contentsEvents.get('will-prevent-unload')!;
    let allowed = 0;
    const event = { preventDefault: () => { allowed += 1; } };
    fake.state.questionAnswer = 1; // 留下继续编辑
    unload(event);
    expect(allowed).toBe(0);
    expect(fake.state.messages.at(-1)?.message).toBe('项目信息中有尚未保存的修改。');
    fake.state.questionAnswer = 0; // 放弃修改并离开
    unload(event);
    expect(allowed).toBe(1);
  });

  it('registers the app scheme as privileged before ready, and takes the single-instance lock', () => {
    expect(fake.state.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.state.quit).toBe(0);
  });
});

/** The menu item with this label, wherever it sits. */
function menuItem(label: string): { click: () => void } & Record<string, unknown> {
  for (const top of fake.state.menu) {
    for (const item of (top.submenu as Array<Record<string, unknown>>) ?? []) if (item.label === label) return item as { click: () => void };
  }
  throw new Error(`no menu item ${label}`);
}

describe('the Chinese application menu', () => {
  const win = () => fake.windows[0]!;
  const lastUrl = () => win().urls.at(-1);

  it('has 文件, 视图 and 帮助, every item named in Chinese', () => {
    expect(fake.state.menu.map((m) => m.label)).toEqual(['文件(&F)', '视图(&V)', '帮助(&H)']);
    const labels = fake.state.menu.flatMap((m) => (m.submenu as Array<{ label?: string; type?: string }>).filter((i) => i.type !== 'separator').map((i) => i.label ?? ''));
    for (const label of labels) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('导入 and 导出报表 open their pages, where the native file dialogs are; 视图 opens each view', () => {
    menuItem('导入项目清单…').click();
    expect(lastUrl()).toBe('app://ledger/index.html#/import');
    menuItem('导出报表…').click();
    expect(lastUrl()).toBe('app://ledger/index.html#/reports');
    for (const [label, view] of [['首页', 'home'], ['项目台账', 'register'], ['进度甘特', 'gantt'], ['投资汇总', 'rollups'], ['设置与数据', 'settings']] as const) {
      menuItem(label).click();
      expect(lastUrl()).toBe(`app://ledger/index.html#/${view}`);
    }
    menuItem('使用说明').click();
    expect(lastUrl()).toBe('app://ledger/index.html#/help');
  });

  it('打印 prints the view shown, from 文件 or Ctrl+P', () => {
    const item = menuItem('打印…');
    expect(item.accelerator).toBe('CmdOrCtrl+P');
    const before = win().prints;
    item.click();
    expect(win().prints).toBe(before + 1);
  });

  it('备份 writes the file the save dialog names; a cancelled dialog writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menu-backup-'));
    fake.state.saveAnswer = { canceled: true, filePath: undefined };
    menuItem('备份数据库…').click();
    await new Promise((r) => setTimeout(r, 100));
    expect(fs.readdirSync(dir)).toEqual([]);
    const target = path.join(dir, '台账备份.sqlite');
    fake.state.saveAnswer = { canceled: false, filePath: target };
    menuItem('备份数据库…').click();
    await until(() => fake.state.messages.some((m) => m.message === '备份完成'));
    expect(fs.existsSync(target)).toBe(true);
    expect(fake.state.messages.at(-1)).toMatchObject({ message: '备份完成', detail: target });
  });

  it('恢复 asks first, then restores the chosen backup and reloads the page', async () => {
    const backup = fake.state.messages.find((m) => m.message === '备份完成')!.detail!;
    fake.state.openAnswer = { canceled: false, filePaths: [backup] };
    fake.state.questionAnswer = 1; // 取消
    menuItem('从备份恢复…').click();
    await new Promise((r) => setTimeout(r, 100));
    expect(win().reloads).toBe(0);
    fake.state.questionAnswer = 0; // 恢复
    menuItem('从备份恢复…').click();
    await until(() => win().reloads === 1);
    expect(fake.state.messages.at(-1)!.message).toMatch(/^已恢复，共 \d+ 个项目$/);
    expect(fake.state.messages.at(-1)!.detail).toMatch(/before-restore/);
  });

  it('打开数据文件夹 opens the user-data folder; 关于 names the version; 退出 quits', async () => {
    menuItem('打开数据文件夹').click();
    await until(() => fake.state.opened.length > 0);
    expect(fake.state.opened).toEqual([fake.state.userData]);
    menuItem('关于重大项目台账').click();
    await until(() => fake.state.messages.some((m) => m.detail?.includes('版本 0.1.0-test') ?? false));
    const before = fake.state.quit;
    menuItem('退出').click();
    expect(fake.state.quit).toBe(before + 1);
  });
});

describe('window state', () => {
  it('comes back where it was; a position on an unplugged screen or a damaged file falls back', async () => {
    const { readWindowState, writeWindowState, DEFAULT_WINDOW } = await import('../../electron/shell/windowState');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'win-')), 'window-state.json');
    const screens = [{ x: 0, y: 0, width: 1366, height: 728 }];
    expect(readWindowState(file, screens)).toEqual(DEFAULT_WINDOW);
    writeWindowState(file, { x: 40, y: 30, width: 1200, height: 700, maximized: true });
    expect(readWindowState(file, screens)).toEqual({ x: 40, y: 30, width: 1200, height: 700, maximized: true });
    writeWindowState(file, { x: 2100, y: 30, width: 1200, height: 700, maximized: false });
    expect(readWindowState(file, screens)).toEqual({ width: 1200, height: 700, maximized: false });
    fs.writeFileSync(file, '{not json');
    expect(readWindowState(file, screens)).toEqual(DEFAULT_WINDOW);
  });
});

describe('renderer protocol and link checks', () => {
  it('serves files under the renderer folder only, with the CSP', async () => {
    const { rendererResponse } = await import('../../electron/shell/protocol');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renderer-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<p>台账</p>');
    const serve = rendererResponse(dir);
    const ok = await serve(new Request('app://ledger/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await ok.text()).toBe('<p>台账</p>');
    fs.writeFileSync(path.join(dir, '..', 'secret.txt'), 'secret');
    const escaped = await serve(new Request('app://ledger/..%2fsecret.txt'));
    expect(escaped.status).toBe(403);
    expect((await serve(new Request('app://ledger/%2e%2e/%2e%2e/etc/passwd'))).status).not.toBe(200);
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('lets only plain http(s) URLs out to the browser', async () => {
    const { isSafeExternalUrl } = await import('../../electron/shell/security');
    expect(isSafeExternalUrl('https://www.huzhou.gov.cn/')).toBe(true);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.org/')).toBe(false);
  });
});
