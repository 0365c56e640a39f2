/**
 * A stand-in for the `electron` module for the 团队版 shell tests: it records the windows the shell
 * opens (options, addresses, event handlers, closing), the IPC handlers, the menu, the messages and
 * the certificate check, so a test can play Electron's part (fire events, click items).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Handler = (...args: unknown[]) => unknown;

export interface FakeWindow {
  options: Record<string, unknown>;
  urls: string[];
  events: Map<string, Handler>;
  contentsEvents: Map<string, Handler>;
  closed: boolean;
  id: number;
  stops: number;
}

export const fake = {
  userData: fs.mkdtempSync(path.join(os.tmpdir(), 'team-shell-')),
  windows: [] as FakeWindow[],
  handlers: new Map<string, Handler>(),
  appEvents: new Map<string, Handler>(),
  menu: [] as Array<Record<string, unknown>>,
  messages: [] as Array<{ message: string; detail: string }>,
  errors: [] as string[],
  /** The next window asked to close stays open (its page held back the close and the clerk chose to stay). */
  keepOpen: false,
  verify: undefined as undefined | ((request: { hostname: string; certificate: { data: string } }, callback: (result: number) => void) => void),
};

let nextId = 1;

/** Like an EventEmitter: a second listener for an event is called after the first. */
function both(map: Map<string, Handler>, event: string, handler: Handler): void {
  const first = map.get(event);
  map.set(event, first ? (...args: unknown[]) => { first(...args); return handler(...args); } : handler);
}

class BrowserWindow {
  static getAllWindows() {
    return fake.windows.filter((w) => !w.closed);
  }
  record: FakeWindow;
  webContents: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    this.record = { options, urls: [], events: new Map(), contentsEvents: new Map(), closed: false, id: nextId++, stops: 0 };
    fake.windows.push(this.record);
    this.webContents = {
      id: this.record.id,
      getURL: () => this.record.urls.at(-1) ?? '',
      on: (event: string, handler: Handler) => { both(this.record.contentsEvents, event, handler); },
      reload: () => {},
      print: () => {},
      stop: () => { this.record.stops += 1; },
    };
  }
  once() {}
  on(event: string, handler: Handler) {
    both(this.record.events, event, handler);
  }
  close() {
    this.record.events.get('close')?.();
    if (fake.keepOpen) {
      fake.keepOpen = false;
      return;
    }
    this.record.closed = true;
    this.record.events.get('closed')?.();
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1440, height: 900 };
  }
  isMaximized() {
    return false;
  }
  maximize() {}
  loadURL(url: string) {
    this.record.urls.push(url);
    return Promise.resolve();
  }
}

export function fakeElectron() {
  const message = async (...args: unknown[]) => {
    const options = args.at(-1) as { message: string; detail?: string };
    fake.messages.push({ message: options.message, detail: options.detail ?? '' });
    return { response: 0 };
  };
  return {
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => {},
      on: (event: string, fn: Handler) => fake.appEvents.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => fake.userData,
      getVersion: () => '0.1.0-test',
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Handler) => fake.handlers.set(channel, fn) },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
        setCertificateVerifyProc: (fn: typeof fake.verify) => { fake.verify = fn; },
        on: () => {},
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: {
      setApplicationMenu: () => {},
      buildFromTemplate: (template: Array<Record<string, unknown>>) => {
        fake.menu = template;
        return template;
      },
    },
    dialog: {
      showErrorBox: (title: string, body: string) => { fake.errors.push(`${title}: ${body}`); },
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showMessageBox: message,
      showMessageBoxSync: () => 1,
    },
    shell: { openExternal: () => Promise.resolve(), openPath: async () => '' },
  };
}

/** Every label of the application menu, top level and below. */
export function menuLabels(): string[] {
  return fake.menu.flatMap((top) => [String(top.label), ...((top.submenu as Array<{ label?: string }>) ?? []).map((i) => i.label ?? '')]).filter(Boolean);
}

export function menuItem(label: string): { click: () => void } {
  for (const top of fake.menu) {
    for (const item of (top.submenu as Array<Record<string, unknown>>) ?? []) if (item.label === label) return item as { click: () => void };
  }
  throw new Error(`no menu item ${label}`);
}

export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}
