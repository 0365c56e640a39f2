/** 投资汇总 as a leader's assistant uses it: the chain table and chart, a click into the register, a picture, the 晾晒. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };

describe('投资汇总', () => {
  let session: AppSession;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openApp();
    ({ page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the chain table and chart, and a click on the 新能源 bar opens the register on 新能源 with the same total', async () => {
    await page.getByRole('link', { name: /投资汇总/ }).click();
    await page.getByRole('heading', { name: '投资汇总', level: 1 }).waitFor(WAIT);
    const chart = page.getByRole('img', { name: '按产业链总投资', exact: true });
    await chart.waitFor(WAIT);

    const row = await tableRow(page, '新能源');
    const count = Number(await row.cell('项目数'));
    const total = await row.cell('总投资（万元）');
    expect(count).toBeGreaterThan(1);
    expect(total).toMatch(/^[\d,]+\.\d{2}$/);

    // Point along the chart until the tooltip names 新能源 and gives its total, then click there.
    const point = await pointAtCategory(page, chart, '新能源');
    expect(await chart.innerText()).toContain(`总投资：${total} 万元`);
    await page.mouse.click(point.x, point.y);

    await page.getByRole('heading', { name: '项目台账', level: 1 }).waitFor(WAIT);
    expect(decodeURIComponent(await page.evaluate(() => window.location.hash))).toContain('chain=新能源');
    await page.getByRole('group', { name: '当前范围' }).waitFor(WAIT);
    await expect.poll(() => page.getByText(/^共 \d+ 个项目$/).innerText(), WAIT).toBe(`共 ${count} 个项目`);
    // Every project row says 新能源 (the 合计 row has no chain).
    const chains = await page.getByRole('row').filter({ hasNotText: '合计' }).locator('[role="gridcell"][col-id="chain"]').allInnerTexts();
    expect(chains).toHaveLength(count);
    expect(new Set(chains)).toEqual(new Set(['新能源']));
    expect(await registerTotal(page, '总投资（万元）')).toBe(total.replace(/,/g, ''));
  });

  it('opens the register on a cell of 产业链 × 区域 with the cell\'s count and total', async () => {
    await page.goBack();
    await page.getByRole('button', { name: '产业链 × 区域' }).waitFor(WAIT);
    await page.getByRole('button', { name: '产业链 × 区域' }).click();
    const link = page.getByRole('link', { name: /^[\d,]+\.\d{2}\s*\d+ 个$/ }).first();
    await link.waitFor(WAIT);
    const [, amount, count] = /^([\d,]+\.\d{2})\s*(\d+) 个$/.exec((await link.innerText()).trim())!;
    await link.click();
    await page.getByRole('group', { name: '当前范围' }).waitFor(WAIT);
    await expect.poll(() => page.getByText(/^共 \d+ 个项目$/).innerText(), WAIT).toBe(`共 ${count} 个项目`);
    expect(await registerTotal(page, '总投资（万元）')).toBe(amount!.replace(/,/g, ''));
  });

  it('saves a chart as a PNG picture', async () => {
    await page.goBack();
    // Back from the register, the view is as it was left.
    await expect.poll(() => page.getByRole('button', { name: '产业链 × 区域' }).getAttribute('aria-pressed'), WAIT).toBe('true');
    const card = page.getByRole('region', { name: '按产业链总投资', exact: true });
    await card.waitFor(WAIT);
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '导出图片' }).click()]);
    expect(download.suggestedFilename()).toBe('按产业链总投资.png');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('ranks the areas for the quarter in 晾晒比拼', async () => {
    await page.getByRole('tab', { name: '晾晒比拼' }).click();
    const table = page.getByRole('table');
    await table.getByRole('columnheader', { name: '节点按期率' }).waitFor(WAIT);
    await expect.poll(() => page.getByText(/统计截至 2026-11-22，与2026年第三季度/).count(), WAIT).toBe(1);
    const first = table.getByRole('row').nth(1);
    expect((await first.getByRole('cell').first().innerText()).trim()).toMatch(/^1/);
    // Every area of the register is on the board.
    expect(await table.getByRole('rowheader').count()).toBe(14);
    await page.getByRole('button', { name: '责任单位' }).click();
    await expect.poll(() => table.getByRole('rowheader').count(), WAIT).toBe(17);
    expect(pageErrors).toEqual([]);
  });
});

/** A row of the rollup table, its cells read under their column headers. */
async function tableRow(page: Page, key: string): Promise<{ cell(header: string): Promise<string> }> {
  const table = page.getByRole('table');
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: key, exact: true }) });
  await row.waitFor(WAIT);
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/\s+/g, ''));
  return {
    async cell(header: string) {
      const index = headers.indexOf(header);
      if (index < 1) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
      // The first column is the row header; data cells follow it.
      return (await row.getByRole('cell').nth(index - 1).innerText()).trim();
    },
  };
}

/** Moves down the chart reading the tooltip; rests on the middle of the band that names the category. */
async function pointAtCategory(page: Page, chart: Locator, name: string): Promise<{ x: number; y: number }> {
  const box = (await chart.boundingBox())!;
  const x = box.x + box.width * 0.35;
  const hits: number[] = [];
  for (let y = box.y + 4; y < box.y + box.height; y += 5) {
    await page.mouse.move(x, y);
    const text = await chart.innerText();
    if (text.includes('总投资：') && text.trim().startsWith(name)) hits.push(y);
    else if (hits.length) break;
  }
  if (!hits.length) throw new Error(`no bar named ${name} under the pointer`);
  const y = hits[Math.floor(hits.length / 2)]!;
  await page.mouse.move(x, y);
  return { x, y };
}

/** The register's 合计 row, read under a column header. */
async function registerTotal(page: Page, header: string): Promise<string> {
  const col = await page.getByRole('columnheader', { name: header, exact: true }).getAttribute('aria-colindex');
  const total = page.getByRole('row').filter({ hasText: '合计' });
  return (await total.locator(`[role="gridcell"][aria-colindex="${col}"]`).innerText()).trim().replace(/,/g, '');
}
