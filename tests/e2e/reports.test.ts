/** 报表 as a person uses it: pick the 推进情况表, narrow it to one 产业链 in 亿元, download it, open it. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import { callApi, openApp, type AppSession } from './harness';

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
    expect(ws.getCell(2, ws.columnCount).value).toBe('单位：亿元');
    const chains = new Set<string>();
    ws.eachRow((row, n) => { if (n > 3 && typeof row.getCell(1).value === 'number') chains.add(String(row.getCell(4).value)); });
    expect([...chains]).toEqual(['新能源']);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('exports the register as shown after a search to CSV, a formula-like name kept as text, in UTF-8 or GB18030', async () => {
    const formula = '=HYPERLINK("http://x","y")';
    // A project whose name would run as a formula; its company matches the search below.
    const { status } = await callApi(page, 'projects.create', { code: 'CSV-1', name: formula, company: '卫蓝配套材料有限公司' });
    expect(status).toBe(200);
    await page.reload();
    await page.getByRole('link', { name: '项目台账' }).click();
    await page.getByRole('searchbox', { name: '搜索项目' }).fill('卫蓝');
    const projectRows = page.locator('[role="row"][row-id^="p"]');
    // The search has applied when the new project shows and the older, unrelated ones have gone.
    await projectRows.filter({ hasText: 'CSV-1' }).first().waitFor(WAIT);
    await page.getByText(/^共 \d+ 个项目$/).waitFor(WAIT);
    await page.waitForFunction(() => document.querySelectorAll('[role="row"][row-id^="p"]').length < 40, undefined, WAIT);
    const shown = Number(/共 (\d+) 个项目/.exec(await page.getByText(/^共 \d+ 个项目$/).innerText())![1]);
    const shownCodes = (await projectRows.locator('[role="gridcell"][col-id="code"]').allInnerTexts()).map((c) => c.trim());
    const headers = (await page.getByRole('columnheader').allInnerTexts()).map((h) => h.trim()).filter(Boolean);

    const exportAs = async (encoding: RegExp) => {
      await page.getByRole('button', { name: '导出 CSV' }).click();
      const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('menuitem', { name: encoding }).click()]);
      return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
    };
    const utf8 = await exportAs(/UTF-8/);
    expect(utf8.name).toBe('项目台账_2026-11-22.csv');
    expect([...utf8.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(utf8.bytes.subarray(3).toString('utf8')) as string[][];
    expect(rows[0]).toEqual(headers);
    expect(rows.length - 1).toBe(shown);
    const codeAt = rows[0]!.indexOf('项目编号');
    const nameAt = rows[0]!.indexOf('项目名称');
    expect(rows.slice(1).map((r) => r[codeAt])).toEqual(shownCodes);
    expect(shownCodes).toHaveLength(shown);
    expect(rows.slice(1).map((r) => r[nameAt])).toEqual(expect.arrayContaining(['卫蓝新能源年产20GWh固态电池项目', `'${formula}`]));

    const gb = await exportAs(/GB18030/);
    expect(parse(new TextDecoder('gb18030').decode(gb.bytes))).toEqual(rows);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('exports the 投资汇总 table as shown, 合计 row last, amounts as numbers', async () => {
    await page.getByRole('link', { name: '投资汇总' }).click();
    const table = page.getByRole('table');
    const newEnergyRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '新能源', exact: true }) });
    await newEnergyRow.waitFor(WAIT);
    const shownCells = (await newEnergyRow.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    const shownTotal = (await table.getByRole('row').last().getByRole('cell').first().innerText()).trim();
    await page.getByRole('button', { name: 'CSV', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('menuitem', { name: /UTF-8/ }).click()]);
    expect(download.suggestedFilename()).toBe('投资汇总_产业链_2026-11-22.csv');
    const rows = parse(fs.readFileSync(await download.path()).subarray(3).toString('utf8')) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual(['产业链', '项目数', '总投资（万元）']);
    const newEnergy = rows.find((r) => r[0] === '新能源')!;
    // Same figures as the cells, without the thousands separators (a number, not text, in Excel).
    expect(newEnergy.slice(1, 3)).toEqual([shownCells[0], String(Number(shownCells[1]!.replace(/,/g, '')))]);
    expect(rows.at(-1)![0]).toBe('合计');
    expect(rows.at(-1)![1]).toBe(shownTotal);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('exports the 推进情况表 of exactly the projects the register shows in the saved view 省重大', async () => {
    const { value: all } = await callApi<Array<{ name: string; level: string | null }>>(page, 'projects.list', {});
    const provincial = all.filter((r) => r.level === '省重大').map((r) => r.name);
    expect(provincial.length).toBeGreaterThan(1);
    await page.getByRole('link', { name: '项目台账' }).click();
    await page.getByRole('searchbox', { name: '搜索项目' }).fill('');
    await page.getByRole('button', { name: '省重大', exact: true }).click();
    await page.getByText(`共 ${provincial.length} 个项目`, { exact: true }).waitFor(WAIT);
    const shown = Number(/共 (\d+) 个项目/.exec(await page.getByText(/^共 \d+ 个项目$/).innerText())![1]);

    await page.getByRole('button', { name: '导出报表' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('menuitem', { name: '重大项目推进情况表' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('区投资促进局_重大项目推进情况表_2026年1-11月.xlsx');
    const ws = (await readWorkbook(fs.readFileSync(await download.path()))).worksheets[0]!;
    const names: string[] = [];
    ws.eachRow((row, n) => { if (n > 3 && typeof row.getCell(1).value === 'number') names.push(String(row.getCell(2).value)); });
    expect(names).toHaveLength(shown);
    expect(names.sort()).toEqual(provincial.sort());
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
