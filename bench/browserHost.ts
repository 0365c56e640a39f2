/** What the Chromium benches share: the browser host on a bench database, Debian's Chromium, medians and in-page timers. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function canRunInBrowser(what: string): boolean {
  if (fs.existsSync('/usr/bin/chromium') && fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) return true;
  console.log(`  (${what}: skipped — needs /usr/bin/chromium and a built renderer, \`npx vite build\`)\n`);
  return false;
}

/** How long the host may take to print its address: it opens, checks and backs up the file first. */
const HOST_START_MS = 120_000;

export function serve(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--db', dbPath, '--port', '0', '--today', '2026-11-22', '--no-build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the browser host printed no address within ${HOST_START_MS / 1000} s:\n${out}`));
    }, HOST_START_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.includes('#token='));
      if (line) {
        clearTimeout(timer);
        resolve({ url: line.trim(), child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.ts exited (${code}):\n${out}`));
    });
  });
}

/** How long the first page may take to show 首页's figures: the host computes the register's lights then. */
const FIRST_PAGE_MS = 180_000;

/**
 * The browser host on `dbPath` with one Chromium page signed in, for the figures of one register
 * size. The page first shows 首页, as a user's first screen does, and its figures are waited for
 * (bounded): the timed loads after it are then each a fresh navigation against a host that is up.
 */
export async function withBrowserHost<T>(dbPath: string, fn: (page: Page, origin: string) => Promise<T>): Promise<T> {
  const { url, child } = await serve(dbPath);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.setDefaultTimeout(PAGE_STEP_MS);
    page.setDefaultNavigationTimeout(PAGE_STEP_MS);
    await page.goto(url);
    await page.waitForFunction(() => !window.location.hash.includes('token='), undefined, { timeout: PAGE_STEP_MS });
    await page.locator('.home').first().waitFor({ timeout: FIRST_PAGE_MS });
    return await fn(page, new URL(url).origin);
  } finally {
    await browser?.close();
    child.kill('SIGTERM');
  }
}

export async function launchChromium(): Promise<Browser> {
  return await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}

/** Longest any one measurement in the page may take: Playwright's evaluate has no timeout of its own. */
export const PAGE_STEP_MS = 60_000;

/**
 * A script evaluated in the page, bounded: a page that never shows what the script waits for (the
 * grid's viewport elsewhere, a frame that never comes) fails the bench instead of hanging it.
 */
export async function evaluateWithin<T>(page: Page, script: string, what: string, ms = PAGE_STEP_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} did not finish in the page within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([page.evaluate<T>(script), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Times a user action in the page, from the event to the next frame painted after React's update. */
export function inPage(action: string, until = 'true'): string {
  return `(async () => {
    const t0 = performance.now();
    ${action}
    await new Promise((r) => setTimeout(r, 0));
    // Bounded: a bench must end even when the page never shows what it waits for.
    while (!(${until}) && performance.now() - t0 < 10000) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  })()`;
}
