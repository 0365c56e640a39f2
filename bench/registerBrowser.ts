/**
 * The register in Chromium on a generated register: from navigation (a fresh page load) to the
 * grid's first rows, beside the same load of the app's 帮助 page (the app shell with no data); and
 * the JS heap once the whole register is in, beside the heap on 帮助. Needs the renderer built
 * (dist/renderer) and /usr/bin/chromium.
 */
import type { Page } from 'playwright-core';
import { canRunInBrowser, launchChromium, median, serve, timed } from './browserHost';
import { figure, sizeTag, type Figure } from './figures';

/**
 * Pages through the grid one screen per two frames; a string, so the bundler adds no helpers to it.
 * Bounded in pages and time: once the viewport was not where this expected (height 0), and the
 * loop never ended.
 */
export const SCROLL_ONE_SCREEN_PER_FRAME = `(async () => {
  const viewport = document.querySelector('.ag-body-viewport, .ag-grid-viewport');
  if (!viewport || viewport.clientHeight <= 0) throw new Error('the grid viewport is missing or has no height');
  const start = performance.now();
  let pages = 0;
  for (let top = 0; top < viewport.scrollHeight && pages < 5000 && performance.now() - start < 30000; top += viewport.clientHeight) {
    viewport.scrollTop = top;
    pages += 1;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  viewport.scrollTop = 0;
  return (performance.now() - start) / pages;
})()`;

const STEP = { timeout: 60_000 };

/** A fresh load of the app at `route` (via about:blank, so it is a real navigation, not a hash change). */
async function load(page: Page, origin: string, route: string, shown: string): Promise<number> {
  await page.goto('about:blank');
  return timed(async () => {
    await page.goto(`${origin}/${route}`);
    await page.locator(shown).first().waitFor(STEP);
  });
}

/** JS heap in use after a full garbage collection, in MB. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

export async function registerFigures(dbPath: string, n: number, runs: number): Promise<Figure[]> {
  if (!canRunInBrowser('register in Chromium')) return [];
  const { url, child } = await serve(dbPath);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    // Takes the token into the tab's session; the 首页 asks for the register's figures, as a user's first screen does.
    await page.goto(url);
    await page.waitForFunction(() => !window.location.hash.includes('token='), undefined, STEP);
    const origin = new URL(url).origin;
    const shell: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < runs; i++) {
      shell.push(await load(page, origin, '#/help', '.help'));
      first.push(await load(page, origin, '#/register', '[role="row"][row-id^="p"]'));
    }
    const tag = sizeTag(n);
    const out = [figure(`first-rows-${tag}`, median(first), median(shell), 'the same page load showing 帮助 (app shell, no data)', { target: n >= 30_000 ? '< 1500 ms' : '' })];
    // The heap once every row is in (the first screen's note gone), against the shell's.
    await page.locator('.register-partial').waitFor({ state: 'detached', ...STEP });
    await page.locator('.stat-count').first().waitFor(STEP);
    const full = await heapMb(page);
    await load(page, origin, '#/help', '.help');
    const bare = await heapMb(page);
    out.push(figure(`heap-${tag}`, full, bare, 'JS heap on 帮助 (app shell), after GC', { unit: 'MB', target: n >= 30_000 ? '< 300 MB' : '' }));
    return out;
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
