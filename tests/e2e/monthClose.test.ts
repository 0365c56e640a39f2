/** 月结与比上月 as a clerk uses it: October closed, the register edited, November compared, closed, closed again, the report saved. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };

describe('月结与比上月', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp();
    ({ page } = session);
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('shows November against the October closing, closes it, asks before closing it again, and saves the 比上月变化表', async () => {
    await page.getByRole('link', { name: '项目台账' }).waitFor(WAIT);
    expect((await callApi(page, 'months.close', { month: '2026-10' })).status).toBe(200);
    expect((await callApi(page, 'projects.create', { code: 'E2E-001', name: '比上月新入库测试项目', area: '织里镇', chain: '新能源', totalInvestment: 3_0000_0000 })).status).toBe(200);

    await page.getByRole('link', { name: '月度调度' }).click();
    await page.getByRole('button', { name: '月结与比上月' }).click();
    await page.getByRole('combobox', { name: '月份' }).selectOption('2026-11');
    await page.getByText('2026年11月（尚未月结，按当前数据、截至 2026-11-22 判定）与 2026年10月 月结（截至 2026-10-31）相比').waitFor(WAIT);
    const newOnes = page.getByRole('region', { name: '新入库' });
    await page.getByText(/本期没有：.*新签约/).waitFor(WAIT);
    await newOnes.getByRole('link', { name: '比上月新入库测试项目' }).waitFor(WAIT);
    // The sample's November figures are investment added since the October closing.
    expect(await page.locator('.close-count-added strong').innerText()).not.toBe('0.00');
    await page.screenshot({ path: '/tmp/ledger-month-changes.png', fullPage: false });

    await page.getByRole('button', { name: '月结 2026年11月' }).click();
    await page.getByText(/已月结 2026年11月：64 个项目，截至 2026-11-22。/).waitFor(WAIT);
    await page.getByText('2026年11月（已月结）与 2026年10月 月结（截至 2026-10-31）相比').waitFor(WAIT);

    await page.getByRole('button', { name: '重新月结 2026年11月' }).click();
    const dialog = page.getByRole('dialog', { name: '重新月结 2026年11月？' });
    await dialog.getByText(/原数据不再保留/).waitFor(WAIT);
    await dialog.getByRole('button', { name: '重新月结' }).click();
    await page.getByText(/已月结 2026年11月：64 个项目/).waitFor(WAIT);

    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: '导出比上月变化表' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('区投资促进局_重大项目比上月变化表_2026年11月.xlsx');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('shows the register and 投资汇总 as October closed them, read-only under a banner, and goes back to current data', async () => {
    await page.getByRole('link', { name: '项目台账' }).click();
    await page.getByRole('combobox', { name: '数据' }).selectOption('2026-10');
    await page.getByText(/正在查看 2026年10月 月结数据（只读）：截至 2026-10-31/).waitFor(WAIT);
    const count = () => page.locator('.stat-count').innerText();
    // The project added after October's closing is not in October's register.
    await expect.poll(count, WAIT).toBe('共 63 个项目');
    await page.getByRole('searchbox').fill('比上月新入库');
    await expect.poll(count, WAIT).toBe('共 0 个项目');
    await page.getByRole('searchbox').fill('');
    expect(await page.getByRole('button', { name: /新增项目/ }).count()).toBe(0);
    const weilan = page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: '卫蓝新能源年产20GWh固态电池项目', exact: true }) });
    const col = await page.getByRole('columnheader', { name: '年度计划投资（万元）', exact: true }).getAttribute('aria-colindex');
    await weilan.locator(`[role="gridcell"][aria-colindex="${col}"]`).dblclick();
    expect(await page.getByRole('textbox', { name: '万元' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/ledger-register-closed.png' });

    await page.getByRole('link', { name: '回到当前数据' }).click();
    await expect.poll(count, WAIT).toBe('共 64 个项目');
    expect(await page.getByText(/正在查看/).count()).toBe(0);

    await page.getByRole('link', { name: '投资汇总' }).click();
    await page.getByRole('combobox', { name: '数据' }).selectOption('2026-10');
    await page.getByText(/正在查看 2026年10月 月结数据（只读）/).waitFor(WAIT);
    await expect.poll(() => page.locator('.kpi').first().innerText(), WAIT).toContain('63');
    await page.screenshot({ path: '/tmp/ledger-rollups-closed.png' });
    await page.getByRole('combobox', { name: '数据' }).selectOption('');
    await expect.poll(() => page.locator('.kpi').first().innerText(), WAIT).toContain('64');
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
