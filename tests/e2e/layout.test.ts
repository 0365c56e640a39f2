/**
 * The register on the common government laptop (1366×768) as a clerk meets it: 阶段 and 灯 in view
 * without scrolling sideways, a toolbar of one line, group subtotals under their own columns
 * (still so after a column is hidden), checklist filters with counts kept across a reload, and 打印
 * of every filtered row rather than the screenful the grid draws. 首页's overdue 卡点 open the
 * project's 卡点 tab. Screenshots go to /tmp/layout-*.png for a person to look at.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };
const SHOTS = '/tmp/layout';

interface Row { id: number; code: string; name: string; chain: string | null; area: string | null; light: { color: string } }

describe('项目台账 at 1366×768', () => {
  let session: AppSession;
  let page: Page;
  let pageErrors: string[];
  let rows: Row[] = [];

  beforeAll(async () => {
    session = await openApp();
    ({ page, pageErrors } = session);
    await page.locator('[role="row"][row-id^="p"]').first().waitFor(WAIT);
    rows = (await callApi<Row[]>(page, 'projects.list', {})).value;
  }, 60_000);
  afterAll(() => session?.close());

  const count = async () => Number(/^共 (\d+) 个项目$/.exec((await page.getByText(/^共 \d+ 个项目$/).innerText()).trim())?.[1]);
  const header = (colId: string) => page.locator(`.ag-header-cell[col-id="${colId}"]`);
  const toolbar = () => page.locator('.register .toolbar-block > .toolbar').first();

  /** The toolbar is one line: every item's top within a few pixels of the others, the bar no taller than its tallest item. */
  async function expectOneLine(): Promise<void> {
    const { height, tops, tallest } = await toolbar().evaluate((bar) => {
      const items = [...bar.children].filter((el) => (el as HTMLElement).offsetWidth > 0 && !el.classList.contains('toolbar-spacer'));
      const boxes = items.map((el) => el.getBoundingClientRect());
      return { height: bar.getBoundingClientRect().height, tops: boxes.map((b) => Math.round(b.top + b.height / 2)), tallest: Math.max(...boxes.map((b) => b.height)) };
    });
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    expect(height).toBeLessThanOrEqual(tallest + 1);
    // Nothing spills out of the bar's right end either.
    const spill = await toolbar().evaluate((bar) => bar.scrollWidth - bar.clientWidth);
    expect(spill).toBeLessThanOrEqual(1);
  }

  it('shows 阶段 and 灯 without scrolling sideways, with the toolbar on one line', async () => {
    const grid = page.locator('.register-grid');
    const gridBox = (await grid.boundingBox())!;
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    const scrolled = await page.locator('.register-grid .ag-grid-viewport').evaluate((el) => el.scrollLeft);
    expect(scrolled).toBe(0);
    for (const colId of ['stage', 'light']) {
      const box = (await header(colId).boundingBox())!;
      expect(box.x, colId).toBeGreaterThanOrEqual(gridBox.x);
      expect(box.x + box.width, colId).toBeLessThanOrEqual(Math.min(gridBox.x + gridBox.width, 1366));
    }
    await expectOneLine();
    // A compact grid: at least 15 projects in view (13 before).
    const inView = await page.locator('[role="row"][row-id^="p"]').evaluateAll((els) => {
      // Between the header and the pinned 合计 row, wholly.
      const top = document.querySelector('.register-grid .ag-header')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector('.register-grid [role="row"][row-id="total"]')!.getBoundingClientRect().top;
      return els.filter((el) => { const r = el.getBoundingClientRect(); return r.top >= top - 1 && r.bottom <= bottom + 1; }).length;
    });
    expect(inView).toBeGreaterThanOrEqual(15);
    await page.screenshot({ path: `${SHOTS}-register-1366.png` });
  });

  it('keeps the toolbar on one line when grouped, with each subtotal under its own column', async () => {
    await page.getByRole('radio', { name: '产业链' }).click();
    const heading = page.locator('[role="row"][row-id="g:新能源"]');
    await heading.locator('[col-id="totalInvestment"]').waitFor(WAIT);
    await expectOneLine();
    await expectSubtotalsUnderHeaders(page, heading);
    // The subtotal is the sum of the group's 总投资 as the rows show them.
    const members = rows.filter((r) => r.chain === '新能源');
    expect(await heading.locator('.group-count').innerText()).toBe(`${members.length} 个项目`);
    const shown = await page.evaluate(() => [...document.querySelectorAll('.register-grid [role="row"][row-id^="p"]')]
      .filter((row) => row.querySelector('[col-id="chain"]')?.textContent?.trim() === '新能源')
      .map((row) => row.querySelector('[col-id="totalInvestment"]')?.textContent?.trim() ?? ''));
    expect(shown).toHaveLength(members.length);
    expect(cents(await heading.locator('[col-id="totalInvestment"]').innerText())).toBe(shown.reduce((sum, text) => sum + cents(text), 0));
    await page.screenshot({ path: `${SHOTS}-register-grouped-1366.png` });

    // Hide 级别 from 列设置 (it may sit in 更多): the subtotals move with their columns.
    const before = (await header('totalInvestment').boundingBox())!.x;
    await openTool(page, '列设置');
    await page.getByRole('checkbox', { name: '级别' }).uncheck();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await header('totalInvestment').boundingBox())!.x, WAIT).toBeLessThan(before - 20);
    await expectSubtotalsUnderHeaders(page, heading);
    await openTool(page, '列设置');
    await page.getByRole('checkbox', { name: '级别' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: '不分组' }).click();
  });

  it('exports to CSV every filtered project, those in folded groups too, each under its group', async () => {
    await page.getByRole('radio', { name: '产业链' }).click();
    const heading = page.locator('[role="row"][row-id="g:新能源"]');
    await heading.getByRole('button', { expanded: true }).click();
    await heading.getByRole('button', { expanded: false }).waitFor(WAIT);
    const folded = rows.filter((r) => r.chain === '新能源');
    expect(folded.length).toBeGreaterThan(1);
    // Folded: its projects are not drawn, but the clerk still expects them in the file.
    await expect.poll(() => page.locator('.register-grid [role="row"][row-id^="p"]').filter({ hasText: folded[0]!.code }).count(), WAIT).toBe(0);

    await openTool(page, '导出 CSV');
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('menuitem', { name: /UTF-8/ }).click()]);
    const lines = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]!.split(',')[0]).toBe('项目编号');
    const codes = lines.slice(1).map((line) => line.split(',')[0]!.replace(/^"|"$/g, ''));
    expect([...codes].sort()).toEqual(rows.map((r) => r.code).sort());
    // In the grid's order: a group's projects together, the folded group's where its heading is.
    const at = codes.map((code) => rows.find((r) => r.code === code)!.chain ?? '');
    const runs = at.filter((chain, i) => i === 0 || chain !== at[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);

    await heading.getByRole('button', { expanded: false }).click();
    await page.getByRole('radio', { name: '不分组' }).click();
  });

  it('filters 产业链 by a checklist of its values with their counts, and 区域 counts follow it', async () => {
    const chainFilter = await openFilter(page, 'chain');
    const members = rows.filter((r) => r.chain === '新能源');
    await expect.poll(() => entryCount(chainFilter, '新能源'), WAIT).toBe(members.length);
    await chainFilter.getByRole('checkbox', { name: '全选' }).uncheck();
    await chainFilter.getByRole('checkbox', { name: '新能源' }).check();
    await chainFilter.getByRole('button', { name: '确定' }).click();
    await expect.poll(count, WAIT).toBe(members.length);

    // Under the 产业链 filter, 区域 offers only the areas of those projects, counted among them.
    const areaFilter = await openFilter(page, 'area');
    const byArea = new Map<string, number>();
    for (const r of members) byArea.set(r.area ?? '', (byArea.get(r.area ?? '') ?? 0) + 1);
    for (const [area, n] of byArea) expect(await entryCount(areaFilter, area || '（空白）'), area).toBe(n);
    await page.keyboard.press('Escape');

    // The filter is part of the remembered layout: a reload brings it back.
    await page.waitForTimeout(1_000);
    await page.reload();
    await page.locator('[role="row"][row-id^="p"]').first().waitFor(WAIT);
    await expect.poll(count, WAIT).toBe(members.length);
    const again = await openFilter(page, 'chain');
    await again.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(count, WAIT).toBe(rows.length);
  });

  it('filters 灯 by colour, 红灯 giving the red projects', async () => {
    const red = rows.filter((r) => r.light.color === 'red').length;
    const filter = await openFilter(page, 'light');
    await filter.getByRole('searchbox', { name: '在筛选值中搜索' }).fill('红灯');
    await expect.poll(() => filter.locator('.checklist-list .checklist-item').count(), WAIT).toBe(1);
    await filter.getByRole('searchbox', { name: '在筛选值中搜索' }).press('Enter');
    await expect.poll(count, WAIT).toBe(red);
    await page.screenshot({ path: `${SHOTS}-register-filtered-1366.png` });
    const again = await openFilter(page, 'light');
    await again.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(count, WAIT).toBe(rows.length);
  });

  it('prints every filtered row, not the screenful the grid has drawn', async () => {
    const drawn = await page.locator('.register-grid [role="row"][row-id^="p"]').count();
    expect(drawn).toBeLessThan(rows.length);
    const printed = page.locator('.register-print tbody tr.print-project');
    // What the browser does before printing (Ctrl+P, 打印, the menu): the print table is laid out.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await printed.count()).toBe(rows.length);
    expect(await page.locator('.register-print tbody tr.print-total').innerText()).toContain(`${rows.length} 个项目`);
    expect(await page.locator('.register-print').innerText()).toContain(rows.at(-1)!.code);
    expect(await page.locator('.register-print').isVisible()).toBe(true);
    expect(await page.locator('.register-grid').isVisible()).toBe(false);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, path: `${SHOTS}-register.pdf` });
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.register-print').count()).toBe(0);
    expect(await page.locator('.register-grid').isVisible()).toBe(true);

    // Only the red projects shown: only they print.
    const red = rows.filter((r) => r.light.color === 'red').length;
    await page.locator('.stat-light').first().click();
    await expect.poll(count, WAIT).toBe(red);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await printed.count()).toBe(red);
    expect(await page.locator('.register-print-meta').innerText()).toContain(`已筛选（共 ${rows.length} 个项目）`);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.locator('.stat-light').first().click();
    await expect.poll(count, WAIT).toBe(rows.length);

    // A slice from the route is named on paper, as the chips name it on screen.
    const members = rows.filter((r) => r.chain === '新能源').length;
    await page.evaluate(() => { window.location.hash = '#/register?chain=新能源'; });
    await expect.poll(count, WAIT).toBe(members);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await printed.count()).toBe(members);
    expect(await page.locator('.register-print-meta').innerText()).toContain('产业链：新能源');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.evaluate(() => { window.location.hash = '#/register'; });
    await expect.poll(count, WAIT).toBe(rows.length);
  });

  it('opens an overdue 卡点 from 首页 on the project’s 卡点 tab', async () => {
    await page.getByRole('link', { name: '首页', exact: true }).click();
    const panel = page.locator('.home-problems');
    const link = panel.getByRole('link').first();
    await link.waitFor(WAIT);
    const name = (await link.innerText()).split(' · ')[0]!.trim();
    await link.click();
    await page.getByRole('heading', { name, level: 2 }).waitFor(WAIT);
    expect(await page.getByRole('tab', { name: '卡点' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('link', { name: /返回首页/ }).count()).toBe(1);
  });

  it('folds 视图, 列设置, 导出 and 打印 into More when the English labels leave no room, still one line', async () => {
    await page.getByRole('link', { name: '项目台账', exact: true }).click();
    await page.locator('[role="row"][row-id^="p"]').first().waitFor(WAIT);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('radio', { name: 'Chain' }).click();
    await page.locator('[role="row"][row-id="g:新能源"]').waitFor(WAIT);
    await page.getByRole('button', { name: 'More' }).waitFor(WAIT);
    await expectOneLine();
    await page.getByRole('button', { name: 'More' }).click();
    await page.locator('.toolbar-secondary').getByRole('button', { name: 'Columns', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Level' }).waitFor(WAIT);
    await page.screenshot({ path: `${SHOTS}-register-more-en-1366.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('radio', { name: '不分组' }).click();
    // Back in Chinese and ungrouped, the tools have room again and unfold.
    await page.locator('.toolbar-secondary').getByRole('button', { name: '视图', exact: true }).waitFor(WAIT);
    await expectOneLine();
  });

  it('reads every English header whole (wrapped, not cut) and the stage words whole, at 1366 and at 1920', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: /Total investment/ }).waitFor(WAIT);
    for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      // Every header shown in the grid's width, scrolled through: its text neither cut nor hidden.
      const cut = await page.evaluate(async () => {
        const viewport = document.querySelector('.register-grid .ag-body-horizontal-scroll-viewport')!;
        const found = new Set<string>();
        for (let left = 0; left <= viewport.scrollWidth; left += 400) {
          viewport.scrollLeft = left;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          for (const text of document.querySelectorAll<HTMLElement>('.register-grid .ag-header-cell-text')) {
            if (text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1) found.add(text.textContent ?? '');
          }
        }
        viewport.scrollLeft = 0;
        return [...found];
      });
      expect(cut, `${size.width}px`).toEqual([]);
      const stages = await page.locator('.register-grid .stage').evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().right > el.closest('.ag-cell')!.getBoundingClientRect().right + 1).map((el) => el.textContent));
      expect(stages, `${size.width}px`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}-register-en-${size.width}.png` });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('columnheader', { name: /总投资/ }).waitFor(WAIT);
  });

  it('keeps the 投资汇总 filters and the month on one line in English at 1366', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.evaluate(() => { window.location.hash = '#/rollups'; });
    const filters = page.locator('.rollup-filters');
    await filters.getByText('As of').waitFor(WAIT);
    const tops = await filters.evaluate((bar) => [...bar.children].filter((el) => (el as HTMLElement).offsetWidth > 0).map((el) => { const r = el.getBoundingClientRect(); return Math.round(r.top + r.height / 2); }));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    await page.screenshot({ path: `${SHOTS}-rollups-en-1366.png` });
    await page.getByRole('button', { name: '中文' }).click();
    await page.evaluate(() => { window.location.hash = '#/register'; });
    await page.locator('[role="row"][row-id^="p"]').first().waitFor(WAIT);
  });

  it('ran without script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Each group subtotal cell starts and ends where its column's header does. */
async function expectSubtotalsUnderHeaders(page: Page, heading: Locator): Promise<void> {
  for (const colId of ['totalInvestment', 'annualPlan', 'completedYtd']) {
    const head = (await page.locator(`.ag-header-cell[col-id="${colId}"]`).boundingBox())!;
    const cell = (await heading.locator(`[col-id="${colId}"]`).boundingBox())!;
    expect(Math.abs(cell.x - head.x), colId).toBeLessThanOrEqual(1);
    expect(Math.abs(cell.width - head.width), colId).toBeLessThanOrEqual(1);
    expect((await heading.locator(`[col-id="${colId}"]`).innerText()).trim(), colId).toMatch(/^[\d,]+\.\d{2}$|^未填$/);
  }
}

/** A toolbar button, opened from 更多 when the toolbar has folded it there. */
async function openTool(page: Page, name: string): Promise<void> {
  const direct = page.locator('.toolbar-secondary').getByRole('button', { name, exact: true });
  if (await direct.count() === 0) await page.getByRole('button', { name: '更多' }).click();
  await page.locator('.toolbar-secondary').getByRole('button', { name, exact: true }).click();
}

/** Opens a column's filter from its header (the funnel shows on hover) and returns the checklist. */
async function openFilter(page: Page, colId: string): Promise<Locator> {
  const head = page.locator(`.ag-header-cell[col-id="${colId}"]`);
  await head.hover();
  await head.locator('.ag-header-cell-filter-button').click();
  const list = page.locator('.checklist-filter');
  await list.waitFor(WAIT);
  return list;
}

async function entryCount(filter: Locator, value: string): Promise<number> {
  const item = filter.locator('.checklist-item').filter({ has: filter.page().getByText(value, { exact: true }) });
  return Number(await item.locator('.checklist-count').innerText());
}

function cents(text: string): number {
  const m = /^(\d+)\.(\d{2})$/.exec(text.trim().replace(/,/g, ''));
  if (!m) throw new Error(`not an amount with two decimals: "${text}"`);
  return Number(m[1]) * 100 + Number(m[2]);
}

/** Pages in a PDF Chromium wrote: its page tree's /Count. */
function pdfPages(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return Math.max(0, ...counts);
}
