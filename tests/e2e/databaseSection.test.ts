/**
 * 设置与数据 → 数据库 in Chromium. In the browser host the team choice is the desktop app's and the
 * section says so (no dead button). With the desktop shell's bridge stood in, its 连接 runs the
 * shell's real check against a real team server (HTTPS, self-signed certificate made by openssl as
 * `npm run team` makes it): another fingerprint is refused with the message, the printed one accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Ledger } from '../../electron/services/ledger';
import { checkTeamServer } from '../../electron/shell/teamCheck';
import { loadOrMakeCertificate, type TeamCertificate } from '../../electron/transports/teamCertificate';
import { startTeamServer, type RunningTeamServer } from '../../electron/transports/teamServer';
import type { TeamServerInput } from '../../shared/desktop';
import { openTemp, tempDir } from '../integration/helpers';
import { gotoApp, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };
const SHOTS = process.env.LEDGER_SCREENSHOTS;

describe('设置与数据 → 数据库', () => {
  let session: AppSession;
  let ledger: Ledger;
  let server: RunningTeamServer;
  let cert: TeamCertificate;
  let other: TeamCertificate;

  beforeAll(async () => {
    ledger = await openTemp();
    cert = loadOrMakeCertificate(tempDir(), ['127.0.0.1']);
    other = loadOrMakeCertificate(tempDir(), ['127.0.0.1']);
    server = await startTeamServer(ledger, { host: '127.0.0.1', port: 0, publicNames: ['127.0.0.1'], tls: cert });
    session = await openApp({ route: '#/settings' });
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await ledger?.close();
  });

  const openSection = async (page: Page, name: string) => {
    await page.locator('.settings-nav button').filter({ hasText: name }).click();
    await page.getByRole('heading', { name, level: 3 }).waitFor(WAIT);
  };

  it('in a browser: shows the register file, and that the team server is chosen in the desktop app', async () => {
    const { page } = session;
    await openSection(page, '数据库');
    const panel = page.locator('.settings-database');
    await expect.poll(() => panel.locator('.settings-path').innerText(), WAIT).toMatch(/ledger\.sqlite$/);
    expect(await page.getByRole('note').filter({ hasText: '团队服务器：只在桌面版中可用。' }).count()).toBe(1);
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await panel.getByRole('textbox').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/database-browser-zh.png` });
    expect(session.pageErrors).toEqual([]);
  });

  it('in the desktop app\'s window on a team server (Electron, no bridge): says which server, and the way back', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'userAgent', { get: () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) zhongda/0.1.0 Chrome/140.0.0.0 Electron/41.7.1 Safari/537.36' });
    });
    await gotoApp(page, session.app.url, '#/settings');
    await openSection(page, '数据库');
    const host = new URL(session.app.url).host;
    await page.getByRole('note').filter({ hasText: `本窗口连接的是团队服务器 ${host}。` }).waitFor(WAIT);
    expect(await page.getByRole('note').innerText()).toContain('菜单「文件 → 切换到本机台账」');
    expect(await page.locator('.settings-database').getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('in the desktop app: 连接 names a wrong fingerprint, and accepts the one the server printed', async () => {
    const page = await session.browser.context.newPage();
    const asked: TeamServerInput[] = [];
    // The shell's side of the bridge, run here: the same check the desktop shell runs before it moves the window.
    await page.exposeFunction('shellConnectTeam', async (input: TeamServerInput) => {
      asked.push(input);
      return await checkTeamServer(input);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { ledgerDesktop: unknown; shellConnectTeam: (input: unknown) => Promise<unknown> };
      w.ledgerDesktop = { database: async () => ({ kind: 'local' }), connectTeam: (input: unknown) => w.shellConnectTeam(input) };
    });
    await gotoApp(page, session.app.url, '#/settings');
    await openSection(page, '数据库');
    const panel = page.locator('.settings-database');
    await panel.getByRole('radio', { name: /本机文件/ }).waitFor(WAIT);
    expect(await panel.getByRole('radio', { name: /本机文件/ }).isChecked()).toBe(true);
    await panel.getByRole('radio', { name: /团队服务器/ }).check();
    const connect = panel.getByRole('button', { name: '连接' });
    expect(await connect.isDisabled()).toBe(true);
    await panel.getByRole('textbox', { name: /服务器地址/ }).fill(`127.0.0.1:${server.port}`);
    await panel.getByRole('textbox', { name: /证书指纹/ }).fill(other.fingerprint);
    await connect.click();
    await panel.getByRole('alert').filter({ hasText: '证书指纹不符，可能不是贵单位的服务器' }).waitFor(WAIT);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/database-desktop-zh.png` });

    await panel.getByRole('textbox', { name: /证书指纹/ }).fill(cert.fingerprint.replace(/:/g, ' ').toLowerCase());
    await connect.click();
    await panel.getByRole('status').filter({ hasText: '已确认是本单位的团队服务器' }).waitFor(WAIT);
    expect(asked.at(-1)).toEqual({ url: `127.0.0.1:${server.port}`, fingerprint: cert.fingerprint.replace(/:/g, ' ').toLowerCase() });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Database', level: 3 }).waitFor(WAIT);
    await panel.getByRole('textbox', { name: /Certificate fingerprint/ }).fill(other.fingerprint);
    await panel.getByRole('button', { name: 'Connect' }).click();
    await panel.getByRole('alert').filter({ hasText: "The certificate fingerprint differs: this may not be your office's server" }).waitFor(WAIT);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/database-desktop-en.png` });
    await page.getByRole('button', { name: '中文' }).click();
    await page.close();
  });
});
