/** 设置与数据 as an office administrator uses it: a new 区域 renamed with its projects, the unit on reports, the warning window. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };

describe('设置与数据', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp();
    ({ page } = session);
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  const openSettings = async (section: string) => {
    await page.getByRole('link', { name: '设置与数据' }).click();
    await page.getByRole('button', { name: section, exact: true }).click();
  };

  it('adds a 区域, renames it: its project follows and the history shows the rename', async () => {
    await openSettings('代码表');
    await page.getByRole('tab', { name: /区域/ }).click();
    await page.getByRole('textbox', { name: '新的区域名称' }).fill('滨湖新区');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已添加「滨湖新区」' }).waitFor(WAIT);
    const created = await callApi<{ id: number }>(page, 'projects.create', { code: 'E2E-1', name: '滨湖数据中心', area: '滨湖新区' });
    expect(created.status).toBe(200);

    await page.reload();
    await page.getByRole('tab', { name: /区域/ }).click();
    const row = page.getByRole('row').filter({ hasText: '滨湖新区' });
    await row.waitFor(WAIT);
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('1');
    expect(await row.getByRole('button', { name: '删除' }).isDisabled()).toBe(true);
    await row.getByRole('button', { name: '改名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '新名称' }).fill('滨湖未来城');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '「滨湖新区」已改为「滨湖未来城」，1 个项目随之更新' }).waitFor(WAIT);

    const detail = await callApi<{ project: { area: string } }>(page, 'projects.get', { id: created.value.id });
    expect(detail.value.project.area).toBe('滨湖未来城');
    await page.goto(`${session.app.url.split('#')[0]}#/project/${created.value.id}`);
    await page.getByRole('tab', { name: '变更记录' }).click();
    const history = page.getByRole('row').filter({ hasText: '滨湖未来城' }).filter({ hasText: '滨湖新区' });
    await history.first().waitFor(WAIT);
  });

  it('sets the 填报单位 and the screen unit: the register shows 亿元 with the decimals chosen, and the next report carries the unit', async () => {
    await openSettings('单位信息');
    await page.getByRole('textbox', { name: '填报单位' }).fill('南太湖新区招商服务中心');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor(WAIT);

    await page.getByRole('button', { name: '显示', exact: true }).click();
    // 万元 with two decimals by default, as the reports; this office reads 亿元 to one decimal.
    expect(await page.getByRole('radio', { name: '万元' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: '亿元' }).check();
    await page.getByRole('combobox', { name: '金额小数位数' }).selectOption('1');
    await page.getByText('示例：12.3 亿元').waitFor(WAIT);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor(WAIT);
    await page.getByRole('link', { name: '项目台账' }).click();
    await page.getByRole('columnheader', { name: '总投资（亿元）' }).waitFor(WAIT);
    const weilan = page.getByRole('row').filter({ hasText: '卫蓝新能源年产20GWh固态电池项目' });
    expect(await weilan.locator('[col-id="totalInvestment"]').innerText()).toBe('139.0');
    expect(await weilan.locator('[col-id="annualPlan"]').innerText()).toBe('6.2');

    await page.getByRole('link', { name: '报表' }).click();
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^南太湖新区招商服务中心_重大项目推进情况表/);
    const wb = await readWorkbook(fs.readFileSync((await download.path())!));
    const top = [1, 2, 3].flatMap((r) => (wb.worksheets[0]!.getRow(r).values as unknown[]).filter((v) => typeof v === 'string'));
    expect(top).toContain('填报单位：南太湖新区招商服务中心');
  });

  it('widening the warning window turns a node due in 18 days yellow, and says so in words', async () => {
    const p = await callApi<{ id: number; version: number }>(page, 'projects.create', { code: 'E2E-2', name: '预警窗口项目' });
    await callApi(page, 'nodes.add', {
      projectId: p.value.id, after: null, version: p.value.version,
      node: { name: '施工许可', milestone: false, plannedStart: '2026-11-01', plannedEnd: '2026-12-10', actualStart: null, actualEnd: null, percent: 0, note: '' },
    });
    const light = async () => (await callApi<Array<{ id: number; light: { color: string } }>>(page, 'projects.list', {})).value.find((r) => r.id === p.value.id)!.light.color;
    expect(await light()).toBe('green');

    await openSettings('亮灯规则');
    const rules = page.getByRole('list', { name: /当前规则/ });
    await rules.getByText('节点将在 15 天内到期').waitFor(WAIT);
    await page.getByRole('spinbutton', { name: '预警天数' }).fill('20');
    await rules.getByText('节点将在 20 天内到期').waitFor(WAIT);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor(WAIT);
    expect(await light()).toBe('yellow');
  });

  it('backs up now and lists the backup with a restore button', async () => {
    await openSettings('数据');
    await page.getByRole('button', { name: '立即备份' }).click();
    await page.getByRole('status').filter({ hasText: '已备份到' }).waitFor(WAIT);
    await page.getByRole('table', { name: '备份' }).getByRole('button', { name: '恢复…' }).first().waitFor(WAIT);
    await page.getByRole('button', { name: '完整性检查' }).click();
    await page.getByRole('status').filter({ hasText: '数据库完好' }).waitFor(WAIT);
  });
});
