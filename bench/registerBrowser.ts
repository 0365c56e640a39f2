/**
 * The register in Chromium on a generated register: how long from opening the page to the grid
 * drawn, a quick search, grouping by 区域 and folding a group, and scrolling to the end, each as a
 * ratio against fetching and parsing `projects.list` in the same page (the data the grid shows).
 * Needs the renderer built (dist/renderer) and /usr/bin/chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function serve(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--db', dbPath, '--port', '0', '--today', '2026-11-22', '--no-build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.ts printed no address:\n${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.includes('#token='));
      if (line) {
        clearTimeout(timer);
        resolve({ url: line.trim(), child });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve.ts exited (${code}):\n${out}`)));
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Pages through the grid one screen per two frames; a string, so the bundler adds no helpers to it. */
const SCROLL_ONE_SCREEN_PER_FRAME = `(async () => {
  const viewport = document.querySelector('.ag-body-viewport, .ag-grid-viewport');
  const start = performance.now();
  let pages = 0;
  for (let top = 0; top < viewport.scrollHeight; top += viewport.clientHeight) {
    viewport.scrollTop = top;
    pages += 1;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  viewport.scrollTop = 0;
  return (performance.now() - start) / pages;
})()`;

/** Times a user action in the page, from the event to the next frame painted after React's update. */
function inPage(action: string, until = 'true'): string {
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

async function openRegister(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[role="row"][row-id^="p"]').first().waitFor({ timeout: 60_000 });
}

export async function benchRegisterInBrowser(dbPath: string, runs: number): Promise<void> {
  if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    console.log('  (register in Chromium: skipped — needs /usr/bin/chromium and a built renderer, `npx vite build`)\n');
    return;
  }
  const { url, child } = await serve(dbPath);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await openRegister(page, url);
    const samples: Record<string, number[]> = { baseline: [], open: [], search: [], group: [], fold: [], scroll: [] };
    for (let i = 0; i < runs; i++) {
      samples.baseline!.push(await page.evaluate(async () => {
        const start = performance.now();
        const response = await fetch('./api/projects.list', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': sessionStorage.getItem('ledger.token') ?? '' },
          body: '{}',
        });
        await response.json();
        return performance.now() - start;
      }));
      samples.open!.push(await timed(() => page.reload().then(() => page.locator('[role="row"][row-id^="p"]').first().waitFor({ timeout: 60_000 }))));
      const search = page.getByRole('searchbox', { name: '搜索项目' });
      samples.search!.push(await page.evaluate<number>(inPage(`
        const input = document.querySelector('input[type=search]');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '新能源');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const before = document.querySelector('.stat-count').textContent;`, "document.querySelector('.stat-count').textContent !== before")));
      await search.fill('');
      samples.group!.push(await page.evaluate<number>(inPage(`
        [...document.querySelectorAll('[role=radio]')].find((b) => b.textContent === '区域').click();`)));
      await page.locator('.group-row').first().waitFor();
      samples.fold!.push(await page.evaluate<number>(inPage(`document.querySelector('.group-toggle').click();`)));
      await page.locator('.group-toggle').first().click();
      await page.getByRole('radio', { name: '不分组' }).click();
      samples.scroll!.push(await page.evaluate<number>(SCROLL_ONE_SCREEN_PER_FRAME));
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
