/**
 * The register in Chromium on a generated register: how long from opening the page to the grid
 * drawn, a quick search, grouping by 区域 and folding a group, and scrolling to the end, each as a
 * ratio against fetching and parsing `projects.list` in the same page (the data the grid shows).
 * Needs the renderer built (dist/renderer) and /usr/bin/chromium.
 */
import type { Page } from 'playwright-core';
import { canRunInBrowser, evaluateWithin, inPage, launchChromium, median, serve, timed } from './browserHost';

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

async function openRegister(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The app opens on 首页; the register is one step away.
  await page.waitForFunction(() => !window.location.hash.includes('token='), undefined, { timeout: 60_000 });
  await page.evaluate(() => { window.location.hash = '#/register'; });
  await page.locator('[role="row"][row-id^="p"]').first().waitFor({ timeout: 60_000 });
}

export async function benchRegisterInBrowser(dbPath: string, runs: number): Promise<void> {
  if (!canRunInBrowser('register in Chromium')) return;
  const { url, child } = await serve(dbPath);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await openRegister(page, url);
    const samples: Record<string, number[]> = { baseline: [], open: [], search: [], group: [], fold: [], scroll: [] };
    for (let i = 0; i < runs; i++) {
      samples.baseline!.push(await evaluateWithin<number>(page, `(async () => {
        const start = performance.now();
        const response = await fetch('./api/projects.list', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': sessionStorage.getItem('ledger.token') ?? '' },
          body: '{}',
        });
        await response.json();
        return performance.now() - start;
      })()`, 'fetching projects.list'));
      samples.open!.push(await timed(() => page.reload().then(() => page.locator('[role="row"][row-id^="p"]').first().waitFor({ timeout: 60_000 }))));
      const search = page.getByRole('searchbox', { name: '搜索项目' });
      samples.search!.push(await evaluateWithin<number>(page, inPage(`
        const input = document.querySelector('input[type=search]');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '新能源');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const before = document.querySelector('.stat-count').textContent;`, "document.querySelector('.stat-count').textContent !== before"), 'quick search'));
      await search.fill('');
      samples.group!.push(await evaluateWithin<number>(page, inPage(`
        [...document.querySelectorAll('[role=radio]')].find((b) => b.textContent === '区域').click();`), 'grouping by 区域'));
      await page.locator('.group-row').first().waitFor({ timeout: 60_000 });
      samples.fold!.push(await evaluateWithin<number>(page, inPage(`document.querySelector('.group-toggle').click();`), 'folding a group'));
      await page.locator('.group-toggle').first().click({ timeout: 60_000 });
      await page.getByRole('radio', { name: '不分组' }).click({ timeout: 60_000 });
      samples.scroll!.push(await evaluateWithin<number>(page, SCROLL_ONE_SCREEN_PER_FRAME, 'scrolling the grid'));
    }
    const base = median(samples.baseline!);
    const row = (name: string, ms: number) => console.log(`  ${name.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms   ×${(ms / base).toFixed(2)}`);
    console.log(`  register in Chromium (1366×768), ${runs} runs, median; ratio = time / fetch+parse projects.list in the page`);
    row('baseline: fetch + JSON projects.list', base);
    row('open register → first rows drawn', median(samples.open!));
    row('quick search 新能源 → count updated', median(samples.search!));
    row('group by 区域 → next frame', median(samples.group!));
    row('fold one group → next frame', median(samples.fold!));
    row('scroll one screen (to the end)', median(samples.scroll!));
    console.log('');
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
