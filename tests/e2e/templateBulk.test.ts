/**
 * 按模板生成节点 for many projects, as a person does it: import a list with 签约日期 and 计划开工,
 * take the offer in the import summary, and find the projects scheduled (not grey) in the register;
 * then select two projects in the register and apply a template to them. The browser runs in
 * Asia/Shanghai, so every time shown must be the UTC instant stored plus eight hours.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';
import { tempDir } from '../integration/helpers';
import type { ChangeRecord } from '../../shared/domain/types';
import type { ImportBatch } from '../../shared/import/types';

const WAIT = { timeout: 20_000 };
/** What a clock in Shanghai (UTC+8, no DST) reads for a stored instant. */
const shanghai = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const CSV = [
  '项目编号,项目名称,建设单位,总投资（万元）,签约日期,计划开工',
  'TB-001,模板甲智能装备项目,甲公司,50000,2025-06-01,2025-12-01',
  'TB-002,模板乙新材料项目,乙公司,30000,,2027-03-01',
  'TB-003,模板丙物流项目,丙公司,20000,,',
].join('\n');

describe('按模板批量生成节点', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp({ timezoneId: 'Asia/Shanghai' });
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  const lightOf = (name: string) => page.getByRole('row').filter({ hasText: name }).locator('.light').first().getAttribute('class');
  const search = async (text: string) => {
    await page.getByRole('searchbox', { name: '搜索项目' }).fill(text);
  };

  it('offers it in the import summary; the new projects get nodes and a light, the undated one is named', async () => {
    const file = path.join(tempDir('ledger-e2e-csv-'), '模板测试.csv');
    fs.writeFileSync(file, CSV, 'utf8');
    await page.getByRole('link', { name: '导入' }).first().click();
    await page.getByLabel('选择文件…').setInputFiles(file);
    await page.getByRole('heading', { name: '表头映射' }).waitFor(WAIT);
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByRole('button', { name: '确认导入（3）' }).click();
    await page.getByRole('heading', { name: '导入完成' }).waitFor(WAIT);

    // The batch list reads the local clock.
    const batches = await callApi<ImportBatch[]>(page, 'imports.batches', {});
    const batch = batches.value[0]!;
    const history = page.getByRole('region', { name: '导入记录' });
    await expect.poll(() => history.getByRole('row').filter({ hasText: '模板测试.csv' }).innerText(), WAIT).toContain(shanghai(batch.createdAt));

    await page.getByRole('button', { name: '为 3 个新项目按模板生成节点' }).click();
    const dialog = page.getByRole('dialog', { name: '按模板生成节点（3 个项目）' });
    await dialog.getByRole('button', { name: '生成' }).click();
    await dialog.getByText('已为 2 个项目生成节点').waitFor(WAIT);
    expect(await dialog.getByText('模板丙物流项目：没有签约日期，也没有计划开工').count()).toBe(1);
    expect(await dialog.getByText('模板甲智能装备项目：自签约日期 2025-06-01').count()).toBe(1);
    await dialog.getByRole('button', { name: '关闭' }).click();

    await page.getByRole('link', { name: '查看项目台账' }).click();
    await search('模板');
    await expect.poll(() => page.getByRole('row').filter({ hasText: '模板甲智能装备项目' }).count(), WAIT).toBe(1);
    expect(await lightOf('模板甲智能装备项目')).not.toContain('light-grey');
    expect(await lightOf('模板乙新材料项目')).not.toContain('light-grey');
    expect(await lightOf('模板丙物流项目')).toContain('light-grey');
    expect(await page.getByRole('row').filter({ hasText: '模板甲智能装备项目' }).innerText()).toContain('已签约');
  });

  it('shows the project history on the local clock', async () => {
    await page.getByRole('link', { name: '打开项目详情：模板甲智能装备项目' }).click();
    await page.getByRole('heading', { name: '模板甲智能装备项目', level: 2 }).waitFor(WAIT);
    const id = Number(/project\/(\d+)/.exec(page.url())?.[1]);
    const rows = (await callApi<ChangeRecord[]>(page, 'history.list', { projectId: id })).value;
    await page.getByRole('tab', { name: '变更记录' }).click();
    const first = page.getByRole('row').filter({ hasText: '节点计划' }).first();
    await first.waitFor(WAIT);
    expect(await first.innerText()).toContain(shanghai(rows[0]!.at));
    expect(await first.innerText()).toContain('批量操作 #');
    await page.getByRole('link', { name: '返回项目台账' }).click();
  });

  it('applies a template to two projects selected in the register, and undoes it', async () => {
    const created = await callApi<{ id: number }>(page, 'projects.create', { code: 'TB-004', name: '模板丁医药项目', signedOn: '2026-10-08' });
    expect(created.status).toBe(200);
    await page.reload();
    await search('模板');
    await expect.poll(() => page.getByRole('row').filter({ hasText: '模板丁医药项目' }).count(), WAIT).toBe(1);
    for (const name of ['模板丙物流项目', '模板丁医药项目']) await page.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '按模板生成节点' }).click();
    const dialog = page.getByRole('dialog', { name: '按模板生成节点（2 个项目）' });
    await dialog.getByRole('button', { name: '生成' }).click();
    await dialog.getByText('已为 1 个项目生成节点').waitFor(WAIT);
    expect(await dialog.getByText('跳过 1 个：').count()).toBe(1);
    await expect.poll(() => lightOf('模板丁医药项目'), WAIT).not.toContain('light-grey');

    await dialog.getByRole('button', { name: '撤销本次生成' }).click();
    await dialog.getByText(/已撤销：删除了 1 个项目的 \d+ 个节点/).waitFor(WAIT);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => lightOf('模板丁医药项目'), WAIT).toContain('light-grey');
    expect(session.pageErrors).toEqual([]);
  });
});
