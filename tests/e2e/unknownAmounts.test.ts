/**
 * A project whose 总投资 nobody has given, as a person meets it: 未填 in the register (not 0.00),
 * the 合计 row and its group saying 其中 1 个项目总投资未填, 投资汇总 counting it apart, and 项目详情
 * where an emptied amount goes back to 未填.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };
const NAME = '总投资待定的洽谈项目';
const SHOTS = '/tmp/unknown-amounts';

describe('总投资未填', () => {
  let session: AppSession;
  let page: Page;
  let pageErrors: string[];
  let id = 0;

  beforeAll(async () => {
    session = await openApp();
    ({ page, pageErrors } = session);
    await page.getByRole('heading', { name: '项目台账', level: 1 }).waitFor(WAIT);
    const created = await callApi<{ id: number; totalInvestment: number | null }>(page, 'projects.create', { code: 'UNK-1', name: NAME, chain: '新能源' });
    expect(created.status).toBe(200);
    expect(created.value.totalInvestment).toBeNull();
    id = created.value.id;
    await page.reload();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows 未填 in the register and says so in the 合计 row and the group heading', async () => {
    await page.getByRole('heading', { name: '项目台账', level: 1 }).waitFor(WAIT);
    const search = page.getByRole('searchbox', { name: '搜索项目' });
    await search.fill(NAME);
    const row = page.locator(`[role="row"][row-id="p${id}"]`);
    await row.waitFor(WAIT);
    await expect.poll(() => row.locator('[col-id="totalInvestment"]').innerText(), WAIT).toBe('未填');
    expect(await row.locator('[col-id="annualPlan"]').innerText()).toBe('未填');
    const totalRow = page.locator('[role="row"][row-id="total"]');
    // The note sits right after the count, where it is seen without scrolling.
    const total = totalRow.locator('[col-id="stage"]').first();
    await expect.poll(() => total.innerText(), WAIT).toBe('其中 1 个项目总投资未填，1 个项目年度计划未填');
    expect(await totalRow.locator('[col-id="name"]').first().innerText()).toBe('1 个项目');
    // Only unknowns summed: the 合计 says 未填, never 0.00.
    expect(await totalRow.locator('[col-id="totalInvestment"]').first().innerText()).toBe('未填');
    // With the whole register shown, the 合计 sums the others and still names the one left out.
    await search.fill('');
    await expect.poll(() => total.innerText(), WAIT).toMatch(/^其中 1 个项目总投资未填/);
    await page.screenshot({ path: `${SHOTS}-register.png` });
    await search.fill(NAME);
    await row.waitFor(WAIT);

    await page.getByRole('radio', { name: '产业链' }).click();
    // The group's heading row: its 总投资 cell reads 未填, and beside the sums it says why.
    const heading = page.locator('[role="row"][row-id="g:新能源"]');
    await heading.locator('[col-id="totalInvestment"]').waitFor(WAIT);
    expect((await heading.locator('[col-id="totalInvestment"]').innerText()).trim()).toBe('未填');
    expect(await heading.locator('[col-id="stage"]').innerText()).toContain('1 个项目总投资未填');
    await page.screenshot({ path: `${SHOTS}-register-grouped.png` });
    await page.getByRole('radio', { name: '不分组' }).click();
    await row.waitFor(WAIT);
  });

  it('clears an amount typed in the grid back to 未填', async () => {
    const cell = page.locator(`[role="row"][row-id="p${id}"] [col-id="totalInvestment"]`);
    await cell.dblclick();
    const editor = page.getByRole('textbox', { name: '万元' });
    await editor.fill('12亿');
    await editor.press('Enter');
    await expect.poll(() => cell.innerText(), WAIT).toBe('120,000.00');
    await cell.dblclick();
    await page.getByRole('textbox', { name: '万元' }).fill('');
    await page.getByRole('textbox', { name: '万元' }).press('Enter');
    await expect.poll(() => cell.innerText(), WAIT).toBe('未填');
    const stored = await callApi<{ project: { totalInvestment: number | null } }>(page, 'projects.get', { id });
    expect(stored.value.project.totalInvestment).toBeNull();
  });

  it('投资汇总 counts the project apart from the 总投资 sum', async () => {
    await page.getByRole('link', { name: /投资汇总/ }).click();
    await page.getByRole('heading', { name: '投资汇总', level: 1 }).waitFor(WAIT);
    await page.getByText('其中 1 个项目总投资未填').first().waitFor(WAIT);
    const chain = page.locator('.rollup-table tbody tr').filter({ hasText: '新能源' }).first();
    expect(await chain.innerText()).toContain('1 个未填');
    await page.screenshot({ path: `${SHOTS}-rollups.png`, fullPage: true });
  });

  it('投资汇总 of a slice whose every 总投资 is unknown shows 未填 in the headline, not 0.00', async () => {
    await callApi(page, 'codeLists.add', { list: 'chain', value: '待定产业' });
    expect((await callApi(page, 'projects.create', { code: 'UNK-2', name: '待定产业项目', chain: '待定产业' })).status).toBe(200);
    await page.evaluate(() => sessionStorage.setItem('rollups.slice', JSON.stringify({ chain: '待定产业' })));
    // Into the view afresh, so it takes the slice from the session.
    await page.getByRole('link', { name: /项目台账/ }).click();
    await page.getByRole('link', { name: /投资汇总/ }).click();
    await page.getByRole('heading', { name: '投资汇总', level: 1 }).waitFor(WAIT);
    const kpis = page.getByRole('group', { name: /合计|总计/ });
    await kpis.locator('.kpi').filter({ hasText: /^项目/ }).locator('.kpi-value').filter({ hasText: /^1个?$/ }).waitFor(WAIT);
    const totalKpi = kpis.locator('.kpi').filter({ hasText: /^总投资/ });
    expect(await totalKpi.locator('.kpi-value').innerText()).toBe('未填');
    await page.evaluate(() => sessionStorage.removeItem('rollups.slice'));
  });

  it('进度甘特 grouped by 产业链: the project reads 未填 and its group heading counts it', async () => {
    await page.goto(page.url().replace(/#.*$/, '#/gantt?chain=新能源&group=chain'));
    const heading = page.locator('.gantt-group-row').filter({ hasText: '新能源' }).first();
    await heading.waitFor(WAIT);
    expect(await heading.innerText()).toContain('其中 1 个总投资未填');
    const row = page.locator(`.gantt-row[data-project-id="${id}"]`);
    await row.waitFor(WAIT);
    expect(await row.locator('.gantt-amount').innerText()).toBe('未填');
    await page.screenshot({ path: `${SHOTS}-gantt.png` });
  });

  it('项目详情 shows the amount empty as 未填, and saving an emptied amount keeps it unknown', async () => {
    await page.goto(page.url().replace(/#.*$/, `#/project/${id}`));
    const total = page.locator('#f-totalInvestment');
    await total.waitFor(WAIT);
    expect(await total.inputValue()).toBe('');
    expect(await total.getAttribute('placeholder')).toBe('未填');
    expect(await page.locator('#f-cumulativeCompleted').count()).toBe(1);
    expect(await page.getByText('1–11月完成投资').count()).toBe(1);
    // A bare number is in the screen unit, 万元: 35,000 万元 is 3.5 亿元.
    await page.locator('#f-cumulativeCompleted').fill('35,000');
    await page.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(async () => (await callApi<{ project: { cumulativeCompleted: number | null } }>(page, 'projects.get', { id })).value.project.cumulativeCompleted, WAIT).toBe(350_000_000);
    await page.screenshot({ path: `${SHOTS}-detail.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
