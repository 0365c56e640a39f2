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
  const windows: Array<{ options: Record<string, unknown>; url?: string }> = [];
  const state = { lock: true, quit: 0, permission: undefined as undefined | Handler, check: undefined as undefined | Handler, schemes: [] as unknown[], protocolHandled: [] as string[] };
  class BrowserWindow {
    static getAllWindows() {
      return [];
    }
    record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      windows.push(this.record);
    }
    once() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return { handlers, appEvents, windows, state, BrowserWindow };
});

vi.mock('electron', () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-test-'));
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
      },
    },
    Menu: { setApplicationMenu: () => {} },
    dialog: { showErrorBox: (title: string, body: string) => { throw new Error(`${title}: ${body}`); } },
    shell: { openExternal: () => Promise.resolve() },
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

  it('registers every contract method on the IPC bus, and nothing else', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `ledger:${m}`).sort());
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

  it('registers the app scheme as privileged before ready, and takes the single-instance lock', () => {
    expect(fake.state.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.state.quit).toBe(0);
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
