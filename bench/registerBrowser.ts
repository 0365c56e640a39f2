/**
 * The register in Chromium on a generated register: from navigation (a fresh page load) to the
 * grid's first rows, beside the same load of the app's 帮助 page (the app shell with no data); and
 * the JS heap once the whole register is in, beside the heap on 帮助.
 */
import type { Page } from 'playwright-core';
import { median, timed } from './browserHost';
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

/** First rows of the register on a fresh load, beside the app shell's load (帮助); then the heap once every row is in. */
export async function registerFigures(page: Page, origin: string, n: number, runs: number): Promise<Figure[]> {
  const tag = sizeTag(n);
  const shell: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < runs; i++) {
    shell.push(await load(page, origin, '#/help', '.help'));
    first.push(await load(page, origin, '#/register', '[role="row"][row-id^="p"]'));
  }
  return [figure(`first-rows-${tag}`, median(first), median(shell), 'the same page load showing 帮助 (app shell, no data)', { target: n >= 30_000 ? '< 1500 ms' : '' })];
}

/** The JS heap once the whole register is in (the first screen's note gone), against the shell's. */
export async function heapFigures(page: Page, origin: string, n: number): Promise<Figure[]> {
  await load(page, origin, '#/register', '[role="row"][row-id^="p"]');
  await page.locator('.register-partial').waitFor({ state: 'detached', ...STEP });
  await page.locator('.stat-count').first().waitFor(STEP);
  const full = await heapMb(page);
  await load(page, origin, '#/help', '.help');
  const bare = await heapMb(page);
  return [figure(`heap-${sizeTag(n)}`, full, bare, 'JS heap on 帮助 (app shell), after GC', { unit: 'MB', target: n >= 30_000 ? '< 300 MB' : '' })];
}
