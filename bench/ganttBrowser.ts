/**
 * 进度甘特 in Chromium on a generated register (3,000 and 30,000 projects × 9 nodes). Opening it
 * (from the register to rows drawn and the first nodes in: its first screen, before the whole
 * register's rows arrive), against fetching and parsing the
 * register's rows in the page; frame times while scrolling from top to bottom, 300 px a frame, as
 * p50/p95/max of the gaps between animation frames, against the same gaps on the idle page in the
 * same run (the display's own frame, 16.7 ms at 60 Hz); zoom 年→周 and 周→年 to the next painted
 * frame, against a click that changes nothing.
 */
import type { Page } from 'playwright-core';
import { evaluateWithin, inPage, median } from './browserHost';
import { figure, sizeTag, type Figure } from './figures';

/** Gaps between animation frames while `step` px are scrolled each frame (0: the idle page), top to bottom. */
function frameGaps(step: number, maxFrames: number): string {
  return `(async () => {
    const el = document.querySelector('.gantt-board');
    el.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const gaps = [];
    let last = await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    // Bounded in frames and in time (30 s): a slow machine samples fewer frames, never hangs.
    for (let i = 0; i < ${maxFrames} && el.scrollTop + el.clientHeight < el.scrollHeight - 1 && performance.now() - t0 < 30000; i++) {
      el.scrollTop += ${step};
      const now = await new Promise((r) => requestAnimationFrame(r));
      gaps.push(now - last);
      last = now;
    }
    el.scrollTop = 0;
    return gaps;
  })()`;
}

/**
 * A separate pass (reading pixels costs time): scrolling 307 px a frame (not a whole number of rows),
 * does the canvas show the rows of that frame's scroll position, or an earlier one? The row rules are
 * found in a column of pixels and their offset compared with the scroll position's.
 */
const STALE_FRAMES = `(async () => {
  const el = document.querySelector('.gantt-board');
  const canvas = document.querySelector('.gantt-canvas canvas');
  const ctx = canvas.getContext('2d');
  const scale = canvas.width / canvas.getBoundingClientRect().width;
  const rule = [0xe8, 0xec, 0xf1];
  el.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  let frames = 0;
  let stale = 0;
  for (let i = 0; i < 300 && el.scrollTop + el.clientHeight < el.scrollHeight - 1; i++) {
    el.scrollTop += 307;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const offsets = new Map();
    for (const x of [3, 37, 71]) {
      const data = ctx.getImageData(Math.round(x * scale), 0, 1, canvas.height).data;
      for (let y = 0; y < canvas.height; y++) {
        const j = y * 4;
        if (Math.abs(data[j] - rule[0]) + Math.abs(data[j + 1] - rule[1]) + Math.abs(data[j + 2] - rule[2]) < 6) {
          const off = Math.round(y / scale) % 30;
          offsets.set(off, (offsets.get(off) || 0) + 1);
        }
      }
    }
    if (offsets.size === 0) continue;
    const seen = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const expected = (((30 - (el.scrollTop % 30)) % 30) + 29) % 30;
    frames += 1;
    if (Math.abs(seen - expected) > 1 && Math.abs(seen - expected) < 29) stale += 1;
  }
  el.scrollTop = 0;
  return [stale, frames];
})()`;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

/** The rows the Gantt cannot do without, fetched and parsed in the page; a string, so the bundler adds no helpers to it. */
const FETCH_ROWS = `(async () => {
  const start = performance.now();
  await fetch('./api/projects.list', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': sessionStorage.getItem('ledger.token') ?? '' },
    body: '{}',
  }).then((r) => r.json());
  return performance.now() - start;
})()`;

/**
 * From the register to 进度甘特 with its first rows drawn and the nodes of the rows in view
 * arrived (and one frame painted after). Bounded like every loop in the page.
 */
const OPEN_GANTT = `(async () => {
  // The page's resource-timing buffer holds 250 entries: once full, the nodes' answer would never show.
  performance.clearResourceTimings();
  const t0 = performance.now();
  window.location.hash = '#/gantt';
  const arrived = () => performance.getEntriesByType('resource').some((e) => e.name.includes('nodes.ofProjects') && e.responseEnd > t0);
  while (!(document.querySelector('.gantt-row') && arrived()) && performance.now() - t0 < 110000) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
})()`;

const clickZoom = (name: string) => inPage(`[...document.querySelectorAll('[role=radio]')].find((b) => b.textContent === '${name}').click();`);

export async function ganttFigures(page: Page, n: number, runs: number): Promise<Figure[]> {
  await page.evaluate(() => { window.location.hash = '#/register'; });
  await page.locator('[role="row"]').first().waitFor({ timeout: 60_000 });
  const s: Record<string, number[]> = { fetch: [], open: [], idle: [], p50: [], p95: [], max: [], frames: [], noop: [], yearToWeek: [], weekToYear: [], stale: [], checked: [] };
  for (let i = 0; i < runs; i++) {
    s.fetch!.push(await evaluateWithin<number>(page, FETCH_ROWS, 'fetching projects.list'));
    await page.evaluate(() => { window.location.hash = '#/register'; });
    await page.locator('[role="row"]').first().waitFor({ timeout: 60_000 });
    // At 30,000 projects on a loaded machine the whole register's rows alone take tens of seconds to arrive.
    s.open!.push(await evaluateWithin<number>(page, OPEN_GANTT, 'opening 进度甘特', 120_000));
    await page.locator('.gantt-row').first().waitFor({ timeout: 60_000 });
    // The figures after the opening are of the whole chart: the first screen's rows are not all.
    await page.locator('.gantt-partial').waitFor({ state: 'detached', timeout: 120_000 });
    await page.waitForTimeout(300);
    const idle = await evaluateWithin<number[]>(page, frameGaps(0, 120), 'idle frame gaps');
    s.idle!.push(percentile(idle, 0.95));
    const gaps = await evaluateWithin<number[]>(page, frameGaps(300, 1500), 'scrolling frame gaps');
    s.frames!.push(gaps.length);
    s.p50!.push(percentile(gaps, 0.5));
    s.p95!.push(percentile(gaps, 0.95));
    s.max!.push(Math.max(...gaps));
    const [stale, checked] = await evaluateWithin<[number, number]>(page, STALE_FRAMES, 'stale-frame check');
    s.stale!.push(stale);
    s.checked!.push(checked);
    await evaluateWithin<number>(page, clickZoom('年'), 'zoom 年');
    s.noop!.push(await evaluateWithin<number>(page, clickZoom('年'), 'zoom 年 again'));
    s.yearToWeek!.push(await evaluateWithin<number>(page, clickZoom('周'), 'zoom 年 → 周'));
    s.weekToYear!.push(await evaluateWithin<number>(page, clickZoom('年'), 'zoom 周 → 年'));
    await evaluateWithin<number>(page, clickZoom('月'), 'zoom 月');
  }
  const ratioRow = (name: string, ms: number, base: number) => console.log(`  ${name.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms   ×${(ms / base).toFixed(2)}`);
  const idle = median(s.idle!);
  const noop = median(s.noop!);
  const fetchMs = median(s.fetch!);
  console.log(`  进度甘特 in Chromium (1366×768), ${runs} runs, median of each figure`);
  ratioRow('baseline: fetch + JSON projects.list', fetchMs, fetchMs);
  ratioRow('open 进度甘特 → first rows drawn', median(s.open!), fetchMs);
  console.log(`  frames while scrolling top to bottom, 300 px a frame (${median(s.frames!)} frames); ratio = gap / idle page's p95 gap`);
  ratioRow('baseline: idle page, p95 frame gap', idle, idle);
  ratioRow('scroll: p50 frame gap', median(s.p50!), idle);
  ratioRow('scroll: p95 frame gap (target ≤ 20 ms)', median(s.p95!), idle);
  ratioRow('scroll: longest frame gap', median(s.max!), idle);
  console.log(`  canvas behind the scroll position: ${median(s.stale!)} of ${median(s.checked!)} frames checked (307 px a frame)`);
  console.log('  zoom, click → next frame painted; ratio = time / a click that changes nothing');
  ratioRow('baseline: click on the active zoom', noop, noop);
  ratioRow('zoom 年 → 周 (target ≤ 200 ms)', median(s.yearToWeek!), noop);
  ratioRow('zoom 周 → 年', median(s.weekToYear!), noop);
  console.log('');
  const tag = sizeTag(n);
  return [
    figure(`gantt-open-${tag}`, median(s.open!), fetchMs, 'fetch + JSON.parse of projects.list in the page', { target: n >= 30_000 ? '< 2000 ms' : '' }),
    figure(`gantt-scroll-p95-${tag}`, median(s.p95!), idle, 'p95 frame gap of the idle page', { target: '≤ 20 ms' }),
    figure(`gantt-zoom-year-week-${tag}`, median(s.yearToWeek!), noop, 'a click on the active zoom', { target: '≤ 200 ms' }),
  ];
}
