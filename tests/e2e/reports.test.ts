/** 报表 as a person uses it: pick the 推进情况表, narrow it to one 产业链 in 亿元, download it, open it. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import { openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };

describe('报表', () => {
  let session: AppSession;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openApp();
    ({ page, pageErrors } = session);
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('downloads the 重大项目推进情况表 with the chosen unit and scope, named for the report and month', async () => {
    await page.getByRole('link', { name: '报表' }).click();
    await page.getByRole('radio', { name: /重大项目推进情况表/ }).waitFor({ state: 'attached', ...WAIT });
    expect(await page.getByRole('radio', { name: /重大项目推进情况表/ }).isChecked()).toBe(true);
    // The period defaults to 1–N月 of today's month.
    expect(await page.getByRole('combobox', { name: '截至月份' }).inputValue()).toBe('11');

    await page.getByText('亿元', { exact: true }).click();
    await page.getByRole('combobox', { name: '按产业链筛选' }).selectOption('新能源');
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('区投资促进局_重大项目推进情况表_2026年1-11月.xlsx');
    await page.getByText(/已生成「区投资促进局_重大项目推进情况表_2026年1-11月\.xlsx」，共 \d+ 个项目。/).waitFor(WAIT);

    const file = await download.path();
    const ws = (await readWorkbook(fs.readFileSync(file))).worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('2026年重大项目推进情况表（1-11月）');
    expect(ws.getCell(2, 11).value).toBe('单位：亿元');
    const chains = new Set<string>();
    ws.eachRow((row, n) => { if (n > 3 && typeof row.getCell(1).value === 'number') chains.add(String(row.getCell(4).value)); });
    expect([...chains]).toEqual(['新能源']);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
