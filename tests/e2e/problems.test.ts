/**
 * 卡点督办 as a clerk works it: record a 卡点 on a node in 项目详情 with the department asked and its
 * promise; past the promise the node and the project show red with the reason; the 督办清单 lists it
 * among the overdue, filters by department, exports that department's 督办单 and solves it; the
 * light recovers and the project's history shows every step.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };
const PROBLEM = '二期产线能评批复未下达';
const DEPARTMENT = '区发展和改革局';

describe('卡点督办', () => {
  let session: AppSession;
  let page: Page;
  let projectId: number;

  beforeAll(async () => {
    session = await openApp();
    page = session.page;
    await page.getByRole('link', { name: '项目台账' }).waitFor(WAIT);
    const { value } = await callApi<Array<{ id: number; code: string }>>(page, 'projects.list', { query: 'NTH-2023-001' });
    projectId = value[0]!.id;
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  it('records a 卡点 on a node in 项目详情; past its promise the node and the project turn red with the reason', async () => {
    await page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, projectId);
    const header = page.locator('.project-head .light-badge');
    await header.waitFor(WAIT);
    expect(await header.textContent()).not.toContain('卡点逾期');

    await page.getByRole('tab', { name: '卡点' }).click();
    await page.getByText('这个项目没有登记卡点。').waitFor(WAIT);
    await page.getByRole('button', { name: '＋ 登记卡点' }).click();
    const dialog = page.getByRole('dialog', { name: '登记卡点' });
    await dialog.getByLabel('卡点节点', { exact: true }).selectOption({ label: '达产' });
    await dialog.getByLabel(/^卡点问题/).fill(PROBLEM);
    await dialog.getByLabel(/^责任单位（负责解决的部门）/).fill(DEPARTMENT);
    await dialog.getByLabel('承诺解决时间', { exact: true }).fill('2026-11-10');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });

    const row = page.locator('.problem-table tbody tr', { hasText: PROBLEM });
    await row.getByText('逾期 12天').waitFor(WAIT);
    await row.getByText('已使「达产」亮红灯').waitFor(WAIT);
    await page.waitForFunction(() => document.querySelector('.project-head .light-badge')?.textContent?.includes('卡点逾期'), null, WAIT);
    expect(await header.textContent()).toBe(`达产：卡点逾期：${PROBLEM}`);
    expect(await header.getAttribute('class')).toContain('light-red');

    await page.getByRole('tab', { name: '节点计划' }).click();
    const node = page.locator('tr.node-row', { has: page.locator('input[aria-label="达产 节点名称"]') });
    await node.locator('.light-reason').waitFor(WAIT);
    expect(await node.locator('.node-light').textContent()).toBe(`逾期 12天卡点逾期：${PROBLEM}`);
  }, 60_000);

  it('lists it in the 督办清单 among the overdue, filters by department and exports that department\'s 督办单', async () => {
    await page.evaluate(() => { window.location.hash = '#/monthly'; });
    await page.getByRole('button', { name: '督办清单' }).click();
    const rows = page.locator('.problem-table tbody tr');
    await rows.first().waitFor(WAIT);
    await page.getByText('截至 2026-11-22：未解决 8 项，其中逾期 5 项').waitFor(WAIT);
    // Overdue first, the longest overdue on top: 22 days, then ours at 12, then 7, 4, 2.
    const statuses = await page.locator('.problem-table tbody tr .problem-status').allTextContents();
    expect(statuses.slice(0, 6)).toEqual(['逾期 22天', '逾期 12天', '逾期 7天', '逾期 4天', '逾期 2天', '3天内到期']);
    expect(await rows.nth(1).textContent()).toContain(PROBLEM);

    await page.getByRole('combobox', { name: '责任单位' }).selectOption({ label: `${DEPARTMENT}（1项，逾期1）` });
    await page.waitForFunction(() => document.querySelectorAll('.problem-table tbody tr').length === 1, null, WAIT);
    expect(await rows.first().textContent()).toContain(PROBLEM);

    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: '导出督办单', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`区投资促进局_卡点督办单_${DEPARTMENT}_2026-11-22.xlsx`);
    const wb = await readWorkbook(fs.readFileSync((await download.path())!));
    expect(wb.worksheets.map((w) => w.name)).toEqual([DEPARTMENT]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe(`重大项目卡点督办单（${DEPARTMENT}）`);
    expect(ws.getCell('A2').value).toBe('填报单位：区投资促进局');
    expect(ws.getRow(4).values).toEqual(expect.arrayContaining(['卫蓝新能源年产20GWh固态电池项目', '达产', PROBLEM, '2026-11-10', '逾期 12天', 'NTH-2023-001']));
  }, 60_000);

  it('solves it from the 督办清单: it leaves the open list, the light recovers, and the history shows every step', async () => {
    await page.locator('.problem-table tbody tr', { hasText: PROBLEM }).getByRole('button', { name: `解决 ${PROBLEM}` }).click();
    const dialog = page.getByRole('dialog', { name: '解决卡点' });
    await dialog.getByLabel('解决情况').fill('发改局已出具能评批复');
    await dialog.getByRole('button', { name: '标记为已解决' }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    await page.getByText('没有符合条件的卡点。').waitFor(WAIT);
    await page.getByRole('combobox', { name: '责任单位' }).selectOption({ label: '全部责任单位' });
    await page.getByText('截至 2026-11-22：未解决 7 项，其中逾期 4 项').waitFor(WAIT);
    expect(await page.locator('.problem-table tbody').textContent()).not.toContain(PROBLEM);

    await page.getByRole('combobox', { name: '状态' }).selectOption({ label: '已解决' });
    const solved = page.locator('.problem-table tbody tr', { hasText: PROBLEM });
    await solved.getByText('2026-11-22 解决：发改局已出具能评批复').waitFor(WAIT);
    await solved.getByRole('link', { name: '卫蓝新能源年产20GWh固态电池项目' }).click();

    // Opened on its 卡点 tab, with the way back to the list.
    await page.getByRole('link', { name: '‹ 返回督办清单' }).waitFor(WAIT);
    expect(await page.getByRole('tab', { name: '卡点' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.project-head .light-badge').textContent()).not.toContain('卡点逾期');

    await page.getByRole('tab', { name: '变更记录' }).click();
    const history = page.locator('.history-table tbody');
    await history.getByText(`卡点「${PROBLEM}」 · 解决情况`).waitFor(WAIT);
    const text = await history.textContent();
    expect(text).toContain(`卡点：${PROBLEM}（责任单位：${DEPARTMENT}，承诺时间：2026-11-10，节点：达产）`);
    expect(text).toContain(`卡点「${PROBLEM}」 · 解决日期`);
    expect(text).toContain('发改局已出具能评批复');
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it('offers the 督办单 in 报表 too: every department with open 卡点, a sheet each', async () => {
    await page.getByRole('link', { name: '报表' }).click();
    const section = page.locator('.supervision-export');
    await section.getByRole('combobox', { name: '责任单位' }).waitFor(WAIT);
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      section.getByRole('button', { name: '导出督办单' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('区投资促进局_卡点督办单_各责任单位_2026-11-22.xlsx');
    const wb = await readWorkbook(fs.readFileSync((await download.path())!));
    // The solved 卡点's department has nothing open left, so no sheet.
    expect(wb.worksheets.map((w) => w.name)).not.toContain(DEPARTMENT);
    expect(wb.worksheets).toHaveLength(6);
    expect(wb.worksheets.every((w) => w.pageSetup.paperSize === 9 && w.pageSetup.orientation === 'landscape')).toBe(true);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
