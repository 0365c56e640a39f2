/** 项目台账 as a person meets it: the sample register, a search, the row and the totals it shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, startApp, type RunningApp, type RunningBrowser } from './harness';

const WAIT = { timeout: 15_000 };

describe('项目台账', () => {
  let app: RunningApp;
  let browser: RunningBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startApp({ today: '2026-11-22' });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // CSP refusals and uncaught exceptions land here: the app must run without either.
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => { if (msg.type() === 'error') pageErrors.push(msg.text()); });
    await page.goto(app.url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens on the register with the sample projects', async () => {
    await page.getByRole('heading', { name: '项目台账', level: 1 }).waitFor(WAIT);
    await expect.poll(() => countText(page), WAIT).toMatch(/^共 \d+ 个项目$/);
    const shown = Number(/\d+/.exec(await countText(page))?.[0]);
    expect(shown).toBeGreaterThan(1);
    await expect.poll(() => page.getByText(`在库项目 ${shown} 个`).count(), WAIT).toBe(1);
    expect(await page.getByText('今天 2026-11-22').count()).toBe(1);
    expect(await bodyRows(page).count()).toBeGreaterThan(1);
    for (const header of ['项目编号', '项目名称', '建设单位', '产业链', '区域', '总投资（亿元）', '阶段', '灯', '当前节点']) {
      expect(await page.getByRole('columnheader', { name: header, exact: true }).count(), header).toBe(1);
    }
  });

  it('finds 卫蓝 by search, with its 总投资 of 139.00 亿元 and the totals following the search', async () => {
    const search = page.getByPlaceholder('搜索项目名称、建设单位、编号…');
    await search.fill('卫蓝');
    // Every row left shows 卫蓝, and the count describes exactly those rows.
    const rows = bodyRows(page);
    const searched = async () => {
      const texts = await rows.allInnerTexts();
      const allMatch = texts.length > 0 && texts.every((text) => text.includes('卫蓝'));
      return allMatch && (await countText(page)) === `共 ${texts.length} 个项目`;
    };
    await expect.poll(searched, WAIT).toBe(true);
    const found = await rows.count();

    // The sample also holds 卫蓝's 2021 phase one: a second word narrows to the 20GWh project.
    if (found > 1) await search.fill('卫蓝 20GWh');
    await expect.poll(() => countText(page), WAIT).toBe('共 1 个项目');
    await expect.poll(() => rows.count(), WAIT).toBe(1);
    const row = rows.first();
    expect(await row.innerText()).toContain('卫蓝');
    expect(await (await cellIn(page, row, '总投资（亿元）')).innerText()).toBe('139.00');

    const total = page.getByRole('row').filter({ hasText: '合计' });
    expect(await total.count()).toBe(1);
    expect(await (await cellIn(page, total, '总投资（亿元）')).innerText()).toBe('139.00');
    expect(await total.innerText()).toContain('1 个项目');
  });

  it('brings every project back when the search is cleared', async () => {
    await page.getByRole('button', { name: '清除搜索' }).click();
    await expect.poll(() => countText(page), WAIT).not.toBe('共 1 个项目');
    await expect.poll(() => bodyRows(page).count(), WAIT).toBeGreaterThan(1);
  });

  it('says plainly that a view not built yet is not built yet', async () => {
    await page.getByRole('link', { name: /进度甘特/ }).click();
    await page.getByRole('heading', { name: '该功能尚在建设中' }).waitFor(WAIT);
    expect(await page.getByRole('heading', { name: '进度甘特', level: 1 }).count()).toBe(1);
    await page.getByRole('link', { name: '返回项目台账' }).click();
    await page.getByRole('heading', { name: '项目台账', level: 1 }).waitFor(WAIT);
  });

  it('ran without script errors or CSP refusals', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** The "共 N 个项目" text above the grid. */
async function countText(page: Page): Promise<string> {
  const found = page.getByText(/^共 \d+ 个项目$/);
  return (await found.count()) === 1 ? (await found.innerText()).trim() : '';
}

/** The grid's project rows: rows of cells, less the pinned 合计 row. */
function bodyRows(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('gridcell') }).filter({ hasNotText: /^合计/ });
}

/** The cell of `row` under the column headed `header`, lined up by column position as a reader would. */
async function cellIn(page: Page, row: Locator, header: string): Promise<Locator> {
  const index = await page.getByRole('columnheader', { name: header, exact: true }).getAttribute('aria-colindex');
  if (!index) throw new Error(`no column headed ${header}`);
  return row.locator(`[role="gridcell"][aria-colindex="${index}"]`);
}
