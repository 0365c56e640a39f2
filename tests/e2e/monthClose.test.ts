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
});
