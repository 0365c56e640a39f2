/**
 * e2e harness: the browser host on a fresh temporary database, and Debian's Chromium driven by
 * playwright-core. The renderer is built once by tests/globalSetup.ts, hence `--no-build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const START_TIMEOUT_MS = 60_000;

export interface RunningApp {
  /** The address printed at start-up, token included. */
  url: string;
  stop(): Promise<void>;
}

export async function startApp(options: { today?: string } = {}): Promise<RunningApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '--db', path.join(dir, 'ledger.sqlite'), '--port', '0', '--today', options.today ?? '2026-11-22', '--no-build'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async () => {
    await terminate(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await waitForOpenUrl(child);
    return { url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function waitForOpenUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`serve.ts printed no address within ${START_TIMEOUT_MS / 1000}s`), START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.includes('#token='));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('exit', (code, signal) => fail(`serve.ts exited before serving (code ${code}, signal ${signal})`));
  });
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

export interface RunningBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium with a throwaway profile. Playwright refuses `--user-data-dir` among the args (it owns
 * the profile), so the profile goes through launchPersistentContext; it adds `--headless` itself.
 */
export async function launchBrowser(viewport = { width: 1366, height: 768 }, timezoneId?: string): Promise<RunningBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'zh-CN',
    ...(timezoneId ? { timezoneId } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AppSession {
  app: RunningApp;
  browser: RunningBrowser;
  page: Page;
  /** Uncaught exceptions and console errors (CSP refusals among them): the app must run without. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Opens the printed address (its #token) in `page`, then goes to `route`: the app opens on 首页,
 * and most tests start from another view. `route: null` stays where the app opened.
 */
export async function gotoApp(page: Page, url: string, route: string | null = '#/register'): Promise<void> {
  await page.goto(url);
  if (route === null) return;
  await page.waitForFunction(() => !window.location.hash.includes('token='), undefined, { timeout: 15_000 });
  await page.evaluate((hash) => { window.location.hash = hash; }, route);
}

/** The served app on a fresh sample register, opened in a Chromium page at the printed address (on the register unless `route` says otherwise). */
export async function openApp(options: { today?: string; timezoneId?: string; route?: string | null } = {}): Promise<AppSession> {
  const app = await startApp({ today: options.today ?? '2026-11-22' });
  const browser = await launchBrowser(undefined, options.timezoneId);
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  await gotoApp(page, app.url, options.route === undefined ? '#/register' : options.route);
  return {
    app,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}

/** Calls an API method from inside the page, as the app does (its token, its transport); returns the result. */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<{ status: number; value: T }> {
  return page.evaluate(async ({ method, input }) => {
    const response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': sessionStorage.getItem('ledger.token') ?? '' },
      body: JSON.stringify(input),
    });
    return { status: response.status, value: ((await response.json()) as { value: T }).value };
  }, { method, input });
}
