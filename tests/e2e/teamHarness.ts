/**
 * e2e of the 团队版 server: a fresh register with the sample data, the first 管理员 made with the
 * CLI as an office would (`ledger team add-user`), the server started with `npm run team`'s script
 * on 127.0.0.1 over plain HTTP, and one Chromium with a context (its own cookie jar) per person.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TEST_ENGINE, testDatabaseUrlSync } from '../pg/engine';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const START_TIMEOUT_MS = 60_000;

export interface TeamApp {
  url: string;
  /** A call as the given person, from outside any browser (as a script would). */
  callAs<T>(name: string, password: string, method: string, input: unknown): Promise<{ status: number; body: { ok: boolean; value?: T; error?: { code: string; message: string } } }>;
  stop(): Promise<void>;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`ledger ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`team.ts printed no address within ${START_TIMEOUT_MS / 1000}s`), START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code, signal) => fail(`team.ts exited before serving (code ${code}, signal ${signal})`));
  });
}

/** The team server on a fresh sample register, its first 管理员 `admin` with `adminPassword`. */
export async function startTeamApp(options: { today?: string; adminPassword: string }): Promise<TeamApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-team-e2e-'));
  // On the postgres test project the office's register is a database of the test cluster, as with `--pg` in an office.
  const file = path.join(dir, 'team.sqlite');
  const db = TEST_ENGINE === 'postgres' ? ['--pg', testDatabaseUrlSync(file)] : ['--db', file];
  cli(['init', ...db]);
  cli(['seed', ...db]);
  cli(['team', 'add-user', 'admin', '--role', 'admin', '--display-name', '管理员老周', ...db], { LEDGER_NEW_PASSWORD: options.adminPassword });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/team.ts', ...db, '--http', '--host', '127.0.0.1', '--port', '0', '--name', '127.0.0.1', '--no-build', '--today', options.today ?? '2026-11-22'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async () => {
    await terminate(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  let url: string;
  try {
    url = await waitForUrl(child);
  } catch (err) {
    await stop();
    throw err;
  }
  const cookies = new Map<string, string>();
  const callAs: TeamApp['callAs'] = async (name, password, method, input) => {
    let cookie = cookies.get(name);
    if (!cookie) {
      const login = await fetch(new URL('/auth/login', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, password }) });
      if (login.status !== 200) throw new Error(`sign-in of ${name} answered ${login.status}`);
      cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      cookies.set(name, cookie);
    }
    const res = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(input) });
    return { status: res.status, body: (await res.json()) as { ok: boolean } };
  };
  return { url, callAs, stop };
}

export interface TeamBrowser {
  browser: Browser;
  /** A person's own browser: its own cookies, as another PC or phone would have. */
  person(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function launchTeamBrowser(): Promise<TeamBrowser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    person: async (viewport = { width: 1366, height: 768 }) => {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      return { context, page, errors };
    },
    close: () => browser.close(),
  };
}

/** Opens the server in `page` and signs in through the sign-in page, as a person would. */
export async function signInAs(page: Page, url: string, name: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('用户名').fill(name);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}
