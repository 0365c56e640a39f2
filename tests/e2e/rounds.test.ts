/**
 * 月度调度 → 下发与回收 as a clerk uses it: download one street's template, get it back filled in,
 * review what changes, merge it, see the street marked returned with the date, and undo it.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readWorkbook, workbookBytes } from '../../electron/services/excel/exceljs';
import { openApp, type AppSession } from './harness';

const WAIT = { timeout: 20_000 };
const SHOTS = process.env.LEDGER_SCREENSHOTS;

describe('月度调度 下发与回收', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp();
    ({ page } = session);
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('sends a street its template, merges the return after review, and undoes it', async () => {
    await page.getByRole('link', { name: '月度调度' }).click();
    const row = page.getByRole('row').filter({ hasText: '凤凰街道' });
    await row.getByText('未下发').waitFor(WAIT);
    expect(await page.getByLabel('填报月份').inputValue()).toBe('2026-11');

    const [download] = await Promise.all([page.waitForEvent('download', WAIT), row.getByRole('button', { name: '下载模板' }).click()]);
    expect(download.suggestedFilename()).toBe('凤凰街道_重大项目月度填报_2026年11月.xlsx');
    await row.getByText('未回收').waitFor(WAIT);

    // The street fills in 11月完成投资 for its first project and sends the file back under another name.
    const wb = await readWorkbook(new Uint8Array(fs.readFileSync((await download.path())!)));
    const ws = wb.getWorksheet('月度填报')!;
    const name = String(ws.getCell(5, 3).value);
    ws.getCell(5, 6).value = 66;
    ws.getCell(3, 3).value = '李娜';
    const returned = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rounds-e2e-')), '凤凰街道11月回传.xlsx');
    fs.writeFileSync(returned, await workbookBytes(wb));

    await page.getByLabel('回收填报文件…').setInputFiles(returned);
    const review = page.getByRole('region', { name: '回收预览：凤凰街道11月回传.xlsx' });
    await review.getByText('有变化 1 个项目，不变 1 个，拒绝 0 行，可疑 0 个').waitFor(WAIT);
    // In the screen's unit (万元 by default) with its decimals, the year to date beside it.
    await review.getByRole('row').filter({ hasText: name }).getByText(/^66\.00万元（累计 [\d,]+\.\d\d万元）$/).waitFor(WAIT);
    await review.getByText('填报人 李娜').waitFor(WAIT);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'rounds-review.png') });

    await review.getByRole('button', { name: '合并到台账' }).click();
    await page.getByText(/已合并「凤凰街道11月回传\.xlsx」：1 个项目有变化（导入批次 \d+/).waitFor(WAIT);
    await row.getByText('已回收').waitFor(WAIT);
    await row.getByText('凤凰街道11月回传.xlsx').waitFor(WAIT);
    await row.getByText('李娜').waitFor(WAIT);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'rounds-merged.png') });

    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: '撤销回收' }).click();
    await page.getByText(/已撤销导入批次 \d+，「凤凰街道」变回未回收。/).waitFor(WAIT);
    await row.getByText('未回收').waitFor(WAIT);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('downloads every area\'s template, one file each, when asked for all', async () => {
    await page.getByRole('link', { name: '月度调度' }).click();
    const button = page.getByRole('button', { name: /全部下载模板（14 个文件）/ });
    await button.waitFor(WAIT);
    const names: string[] = [];
    const done = new Promise<void>((resolve) => {
      page.on('download', (d) => {
        names.push(d.suggestedFilename());
        if (names.length === 14) resolve();
      });
    });
    await button.click();
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${names.length} downloads in 30 s`)), 30_000))]);
    expect(new Set(names).size).toBe(14);
    expect(names).toContain('东部新城_重大项目月度填报_2026年11月.xlsx');
    await page.getByText(/共 14 个单位：已下发 14，已回收 0，未回收 14/).waitFor(WAIT);
  }, 90_000);
});
