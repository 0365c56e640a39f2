/**
 * The desktop app on a 团队版 server (electron module replaced): a remembered server opens in a
 * window with no bridge and the usual hardening; only the pinned certificate is trusted; a server
 * that cannot be used shows 重试 and 切换到本机台账 instead of a blank page; 切换到本机台账 forgets
 * the server; 连接 checks a real team server before the window moves to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { loadOrMakeCertificate, type TeamCertificate } from '../../electron/transports/teamCertificate';
import { startTeamServer, type RunningTeamServer } from '../../electron/transports/teamServer';
import { openTemp, tempDir } from '../integration/helpers';
import { fake, menuItem, menuLabels, until } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron());

let ledger: Ledger;
let server: RunningTeamServer;
let cert: TeamCertificate;
let other: TeamCertificate;
const choiceFile = path.join(fake.userData, 'database.json');
const origin = () => server.url.replace(/\/$/, '');
const lastUrl = (i: number) => fake.windows[i]!.urls.at(-1) ?? '';
const fromApp = { senderFrame: { url: 'app://ledger/index.html' } };
/** Plays Electron's part when the server's page has loaded. */
const loaded = (i: number) => fake.windows[i]!.contentsEvents.get('did-finish-load')!();

beforeAll(async () => {
  ledger = await openTemp();
  cert = loadOrMakeCertificate(tempDir(), ['127.0.0.1']);
  other = loadOrMakeCertificate(tempDir(), ['127.0.0.1']);
  server = await startTeamServer(ledger, { host: '127.0.0.1', port: 0, publicNames: ['127.0.0.1'], tls: cert });
  // Remembered from an earlier 连接.
  fs.writeFileSync(choiceFile, JSON.stringify({ kind: 'team', url: origin(), fingerprint: cert.fingerprint }));
  const { runShell } = await import('../../electron/shell/app');
  runShell();
  await until(() => fake.windows.length > 0);
  loaded(0);
});
afterAll(async () => {
  await server.close();
  await ledger.close();
});

describe('the desktop app on a team server', () => {
  it('opens the remembered server in a window with no preload, every secure preference, and the server in its title', () => {
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.urls).toEqual([`${origin()}/`]);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs.preload).toBeUndefined();
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false });
    expect(win.options.title).toBe(`重大项目台账 — 团队服务器 127.0.0.1:${server.port}`);
    // The page's own <title> does not replace it.
    let kept = 0;
    win.events.get('page-title-updated')!({ preventDefault: () => { kept += 1; } }, '项目台账');
    expect(kept).toBe(1);
  });

  it('has 切换到本机台账 in 文件, and none of the local file\'s items (backup, restore, data folder)', () => {
    const labels = menuLabels();
    expect(labels).toContain('切换到本机台账');
    for (const local of ['备份数据库…', '从备份恢复…', '打开数据文件夹']) expect(labels).not.toContain(local);
    menuItem('项目台账').click();
    expect(lastUrl(0)).toBe(`${origin()}/#/register`);
  });

  it('tells the shell\'s callers which server it is on; the local register is not open', async () => {
    expect(await fake.handlers.get('desktop:database')!(fromApp)).toEqual({ kind: 'team', url: origin(), fingerprint: cert.fingerprint });
    expect(await fake.handlers.get('ledger:data.info')!(fromApp, {})).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('trusts only the pinned certificate; another one stops the window with 证书指纹不符', async () => {
    const answer = (hostname: string, pem: string) => new Promise<number>((resolve) => fake.verify!({ hostname, certificate: { data: pem } }, resolve));
    expect(await answer('127.0.0.1', cert.cert)).toBe(0);
    expect(lastUrl(0)).toBe(`${origin()}/#/register`);
    expect(await answer('example.org', cert.cert)).toBe(-2);
    expect(await answer('127.0.0.1', other.cert)).toBe(-2);
    expect(lastUrl(0)).toBe(`app://ledger/shell/team-problem.html?problem=fingerprint&host=127.0.0.1%3A${server.port}`);
    const { rendererResponse } = await import('../../electron/shell/protocol');
    const page = await (await rendererResponse(tempDir())(new Request(lastUrl(0)))).text();
    expect(page).toContain('证书指纹不符，可能不是贵单位的服务器');
    expect(page).toContain('href="app://ledger/shell/retry"');
    expect(page).toContain('href="app://ledger/shell/use-local"');
    expect(page).not.toContain('<script');
  });

  it('lets the page navigate only within its server, and opens no windows', () => {
    const events = new Map<string, (...args: unknown[]) => unknown>();
    let openHandler: ((d: { url: string }) => unknown) | undefined;
    const contents = { id: fake.windows[0]!.id, on: (e: string, fn: (...args: unknown[]) => unknown) => events.set(e, fn), setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => (openHandler = fn) };
    fake.appEvents.get('web-contents-created')!({}, contents);
    const prevented: string[] = [];
    for (const url of ['https://evil.example/', 'app://ledger/index.html', `https://127.0.0.1:${server.port + 1}/`, `${origin()}/#/gantt`, `${origin()}/index.html`]) {
      events.get('will-navigate')!({ preventDefault: () => prevented.push(url) }, url);
    }
    expect(prevented).toEqual(['https://evil.example/', 'app://ledger/index.html', `https://127.0.0.1:${server.port + 1}/`]);
    expect(openHandler!({ url: `${origin()}/#/register` })).toEqual({ action: 'deny' });
  });

  it('重试 loads the server again; a server that cannot be reached shows so, with 重试', () => {
    const win = fake.windows[0]!;
    const retry = () => {
      let prevented = 0;
      win.contentsEvents.get('will-navigate')!({ preventDefault: () => { prevented += 1; } }, 'app://ledger/shell/retry');
      expect(prevented).toBe(1);
      expect(lastUrl(0)).toBe(`${origin()}/`);
    };
    retry(); // from the 证书指纹不符 page above
    win.contentsEvents.get('did-fail-load')!({}, -102, 'ERR_CONNECTION_REFUSED', `${origin()}/`, true);
    expect(lastUrl(0)).toBe(`app://ledger/shell/team-problem.html?problem=unreachable&host=127.0.0.1%3A${server.port}`);
    retry();
    loaded(0);
    // The server's own page is not the problem page: its links to those addresses do nothing.
    const before = win.urls.length;
    win.contentsEvents.get('will-navigate')!({ preventDefault: () => {} }, 'app://ledger/shell/use-local');
    expect(win.urls.length).toBe(before);
    expect(fake.windows).toHaveLength(1);
  });

  it('切换到本机台账 forgets the server and opens the register on this PC in a window with the bridge', async () => {
    menuItem('切换到本机台账').click();
    await until(() => fake.windows.length === 2);
    expect(JSON.parse(fs.readFileSync(choiceFile, 'utf8'))).toEqual({ kind: 'local' });
    const local = fake.windows[1]!;
    expect(String((local.options.webPreferences as Record<string, unknown>).preload)).toMatch(/preload\.cjs$/);
    expect(local.urls).toEqual(['app://ledger/index.html']);
    expect(fake.windows[0]!.closed).toBe(true);
    expect(menuLabels()).toContain('备份数据库…');
    expect(menuLabels()).not.toContain('切换到本机台账');
    expect(await fake.handlers.get('desktop:database')!(fromApp)).toEqual({ kind: 'local' });
    expect(await fake.handlers.get('ledger:data.info')!(fromApp, {})).toMatchObject({ ok: true });
  });

  it('连接 with another certificate\'s fingerprint is refused and changes nothing; with the printed one the window moves to the server', async () => {
    const connect = fake.handlers.get('desktop:connectTeam')!;
    const wrong = await connect(fromApp, { url: `127.0.0.1:${server.port}`, fingerprint: other.fingerprint });
    expect(wrong).toMatchObject({ ok: false, error: { message: '证书指纹不符，可能不是贵单位的服务器' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.windows).toHaveLength(2);
    expect(JSON.parse(fs.readFileSync(choiceFile, 'utf8'))).toEqual({ kind: 'local' });

    const right = await connect(fromApp, { url: `127.0.0.1:${server.port}`, fingerprint: cert.fingerprint.toLowerCase() });
    expect(right).toEqual({ ok: true, value: { url: origin(), fingerprint: cert.fingerprint } });
    await until(() => fake.windows.length === 3);
    loaded(2);
    expect(JSON.parse(fs.readFileSync(choiceFile, 'utf8'))).toEqual({ kind: 'team', url: origin(), fingerprint: cert.fingerprint });
    expect(fake.windows[2]!.urls).toEqual([`${origin()}/`]);
    expect((fake.windows[2]!.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(fake.windows[1]!.closed).toBe(true);
  });

  it('the problem page\'s 切换到本机台账 goes back to the register on this PC', async () => {
    const win = fake.windows[2]!;
    win.contentsEvents.get('did-fail-load')!({}, -105, 'ERR_NAME_NOT_RESOLVED', `${origin()}/`, true);
    expect(lastUrl(2)).toContain('problem=not_found');
    win.contentsEvents.get('will-navigate')!({ preventDefault: () => {} }, 'app://ledger/shell/use-local');
    await until(() => fake.windows.length === 4);
    expect(fake.windows[3]!.urls).toEqual(['app://ledger/index.html']);
    expect(JSON.parse(fs.readFileSync(choiceFile, 'utf8'))).toEqual({ kind: 'local' });
  });
});

describe('a team window kept open for unsaved edits after 切换到本机台账', () => {
  it('keeps trusting its pinned certificate (its save still goes through), and only that one', async () => {
    const connect = fake.handlers.get('desktop:connectTeam')!;
    expect(await connect(fromApp, { url: origin(), fingerprint: cert.fingerprint })).toMatchObject({ ok: true });
    await until(() => fake.windows.length === 5);
    const kept = fake.windows[4]!;
    loaded(4);
    fake.keepOpen = true;
    menuItem('切换到本机台账').click();
    await until(() => fake.windows.length === 6);
    expect(kept.closed).toBe(false);
    expect(fake.windows[5]!.urls).toEqual(['app://ledger/index.html']);
    const answer = (pem: string) => new Promise<number>((resolve) => fake.verify!({ hostname: '127.0.0.1', certificate: { data: pem } }, resolve));
    expect(await answer(cert.cert)).toBe(0);
    expect(await answer(other.cert)).toBe(-2);
    expect(kept.urls.at(-1)).toContain('problem=fingerprint');
    // Once it closes, its pin goes with it.
    (kept.events.get('closed')!)();
    expect(await answer(cert.cert)).toBe(-2);
  });
});

describe('a team server that answers nothing', () => {
  it('does not leave a blank window: after the wait, the window says it cannot reach the server', async () => {
    const { openTeamWindow } = await import('../../electron/shell/teamWindow');
    const before = fake.windows.length;
    openTeamWindow({ url: 'https://10.255.255.1:5443', fingerprint: cert.fingerprint }, {}, () => {}, 50);
    const win = fake.windows[before]!;
    expect(win.options.show).toBe(true);
    expect(win.urls).toEqual(['https://10.255.255.1:5443/']);
    await until(() => win.urls.length === 2);
    expect(win.stops).toBe(1);
    expect(win.urls[1]).toBe('app://ledger/shell/team-problem.html?problem=unreachable&host=10.255.255.1%3A5443');

    // A page that loads in time keeps its window.
    openTeamWindow({ url: 'https://10.255.255.1:5443', fingerprint: cert.fingerprint }, {}, () => {}, 50);
    const quick = fake.windows[before + 1]!;
    quick.contentsEvents.get('did-finish-load')!();
    await new Promise((r) => setTimeout(r, 120));
    expect(quick.urls).toEqual(['https://10.255.255.1:5443/']);
    expect(quick.stops).toBe(0);
  });
});
