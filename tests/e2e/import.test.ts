/** 导入 as a person does it in the browser: choose each fixture, check the mapping and the totals against the file's 合计, import, undo; a bad file cannot be imported. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';
import { formatAmount } from '../../shared/domain/money';
import { BOM_PROJECTS, GOVERNMENT_PROJECTS, MESSY_LIST_ROWS, MESSY_ROWS, WPS_PROJECTS, sumYuan } from '../fixtures/import/spec';

const WAIT = { timeout: 20_000 };
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
// 万元 as the screen shows a figure checked against a file: two decimals at least, every 元 kept.
const wan = (yuan: number) => formatAmount(yuan, '万元', { decimals: 4, grouping: true }).replace(/(\.\d\d\d*?)0+$/, '$1');

describe('导入', () => {
  let session: AppSession;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openApp();
    ({ page, pageErrors } = session);
    startCount = await projectCount();
    await page.getByRole('link', { name: '导入' }).first().click();
  });

  afterAll(async () => {
    await session?.close();
  });

  /** The register's size as the top bar shows it (read when the page opens). */
  const projectCount = async () => {
    await page.getByText(/在库项目 \d+ 个/).waitFor(WAIT);
    return Number(/在库项目 (\d+) 个/.exec(await page.locator('.topbar').innerText())?.[1]);
  };
  let startCount = 0;

  async function choose(name: string) {
    await page.getByLabel('选择文件…').setInputFiles(path.join(FIXTURES, name));
    await page.getByRole('heading', { name: '表头映射' }).waitFor(WAIT);
  }

  it.each([
    ['government.xlsx', GOVERNMENT_PROJECTS.length, sumYuan(GOVERNMENT_PROJECTS), '表头在第 3、4 行'],
    ['wps-gb18030.csv', WPS_PROJECTS.length, sumYuan(WPS_PROJECTS), '表头在第 3 行'],
    ['utf8-bom.csv', BOM_PROJECTS.length, sumYuan(BOM_PROJECTS), '表头在第 1 行'],
  ])('imports %s with the count and 总投资 of its 合计 row', async (name, count, total, headerAt) => {
    await choose(name);
    await expect.poll(() => page.getByText(headerAt).count(), WAIT).toBe(1);
    if (name.endsWith('.csv')) {
      const encoding = page.getByRole('combobox', { name: '编码' });
      expect(await encoding.inputValue()).toBe(name.includes('gb18030') ? 'gb18030' : 'utf-8');
    }
    expect(await page.getByRole('combobox', { name: /导入为：.*项目名称/ }).inputValue()).toBe('name');
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByText(`与文件合计一致（文件合计行 ${wan(total)} 万元）`).waitFor(WAIT);
    await page.getByRole('tab', { name: `新增 ${count}` }).waitFor(WAIT);
    await page.getByRole('button', { name: `确认导入（${count}）` }).click();
    await page.getByRole('heading', { name: '导入完成' }).waitFor(WAIT);
    expect(await page.getByText(`新增 ${count} 个，更新 0 个`).count()).toBe(1);
    expect(await page.getByText(`本次导入总投资 ${wan(total)} 万元`).count()).toBe(1);
    await page.getByRole('button', { name: '再导入一个文件' }).click();
  });

  it('imports the messy file with its warnings shown, amounts that are not amounts left out', async () => {
    await choose('messy.csv');
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByText('第7行「总投资（亿元）」：「百亿级」不是确切金额，未导入此值（请填写如 139亿、5000万元）').waitFor(WAIT);
    expect(await page.getByText('文件中没有合计行').count()).toBe(1);
    const known = MESSY_ROWS.reduce((sum, m) => sum + (m.totalYuan ?? 0), 0);
    await page.getByRole('button', { name: `确认导入（${MESSY_ROWS.length}）` }).click();
    await page.getByText(`本次导入总投资 ${wan(known)} 万元`).waitFor(WAIT);
    await page.getByRole('button', { name: '再导入一个文件' }).click();
  });

  it('undoes the last import from the history; the register holds exactly the three other files', async () => {
    page.once('dialog', (d) => void d.accept());
    const history = page.getByRole('region', { name: '导入记录' });
    await history.getByRole('button', { name: '撤销' }).first().click();
    await page.getByText(/已撤销批次 \d+/).waitFor(WAIT);
    await expect.poll(() => history.getByText('已撤销', { exact: true }).count(), WAIT).toBe(1);
    // Opened afresh, the top bar counts the register: the three files in, the undone one out.
    await page.reload();
    expect(await projectCount()).toBe(startCount + GOVERNMENT_PROJECTS.length + WPS_PROJECTS.length + BOM_PROJECTS.length);
    await page.getByRole('link', { name: '导入' }).first().click();
  });

  it('refuses a file with a bad row: row and column named, import disabled', async () => {
    await choose('bad-row.csv');
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByText('第3行「开工时间」：「2026/02/30」不是有效日期').waitFor(WAIT);
    expect(await page.getByRole('button', { name: /确认导入/ }).isDisabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  async function chooseAnother(file: string) {
    await page.getByRole('button', { name: '返回修改映射' }).click();
    await page.getByRole('button', { name: '换一个文件' }).click();
    await page.getByLabel('选择文件…').setInputFiles(file);
    await page.getByRole('heading', { name: '表头映射' }).waitFor(WAIT);
  }

  it('takes our own 推进情况表 back: group and 合计 lines listed as skipped, every project matched by 项目编号, nothing to write', async () => {
    const exported = await callApi<{ fileName: string; base64: string; projects: number }>(page, 'reports.export', { report: 'progress', month: '2026-11' });
    const groups = (await callApi<{ rows: unknown[] }>(page, 'rollups.by', { by: 'chain', month: '2026-11' })).value.rows.length;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-import-')), exported.value.fileName);
    fs.writeFileSync(file, Buffer.from(exported.value.base64, 'base64'));
    await chooseAnother(file);
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByRole('tab', { name: `不变 ${exported.value.projects}` }).waitFor(WAIT);
    expect(await page.getByRole('tab', { name: '新增 0' }).count()).toBe(1);
    // 合计, one line per group, and the note under the table: none of them a project.
    await page.getByText(`已识别并跳过 ${groups + 2} 行（合计、小计、注释）`).click();
    expect(await page.getByText('一、产业链：').count()).toBe(1);
    expect(await page.getByRole('button', { name: '没有需要写入的行' }).isDisabled()).toBe(true);
  });

  it('holds a file whose rows disagree with its 合计 until 接受与合计行的差额 is ticked', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-import-')), '合计不符.csv');
    fs.writeFileSync(file, '项目编号,项目名称,建设单位,总投资（万元）\r\n合计,,,1000\r\nE2E-1,光伏组件项目,晶科公司,600\r\nE2E-2,储能电站项目,储能公司,300\r\n');
    await chooseAnother(file);
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByText('各项目行总投资之和 900 万元，比文件合计行的 1,000 万元少 100 万元（1,000,000 元）').waitFor(WAIT);
    const commit = page.getByRole('button', { name: '确认导入（2）' });
    expect(await commit.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: '接受与合计行的差额' }).check();
    await page.screenshot({ path: path.join(os.tmpdir(), 'import-total-mismatch.png'), fullPage: true });
    await commit.click();
    await page.getByRole('heading', { name: '导入完成' }).waitFor(WAIT);
    expect(await page.getByText('新增 2 个，更新 0 个').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('lists a sign-off block as skipped and names each assumption about messy amounts and dates in the preview', async () => {
    await page.getByRole('button', { name: '再导入一个文件' }).click();
    await choose('messy-list.xlsx');
    await page.getByText(/跳过 3 行/).click();
    await page.getByText('填表人：张三 审核人：李四 联系电话：0572-2345678 填报日期：2026年11月20日').waitFor(WAIT);
    await page.screenshot({ path: path.join(os.tmpdir(), 'import-messy-list-read.png'), fullPage: true });
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByText('第4行「总投资（万元）」：「109亿元（二期）」按 1090000万元 导入，金额后的说明「（二期）」未导入').waitFor(WAIT);
    await page.getByText(/第6行「总投资（万元）」：「1\.08E\+06」是科学计数法/).waitFor(WAIT);
    await page.getByText('第10行「开工时间」：「2023年5月」只写到月，未写日，按该月 1 日（2023-05-01）导入').waitFor(WAIT);
    await page.screenshot({ path: path.join(os.tmpdir(), 'import-messy-list-preview.png'), fullPage: true });
    expect(await page.getByRole('button', { name: `确认导入（${MESSY_LIST_ROWS.length}）` }).isDisabled()).toBe(false);
  });

  it('reads Excel’s Unicode 文本 (UTF-16 with BOM) and shows its encoding, not a GB18030 switch', async () => {
    const text = '项目名称\t建设单位\t总投资（万元）\r\n储能电池项目\t湖州储能科技有限公司\t32500\r\n';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-import-')), '清单.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await chooseAnother(file);
    await page.getByText('编码 UTF-16 LE').waitFor(WAIT);
    expect(await page.getByRole('combobox', { name: '编码' }).count()).toBe(0);
    await page.screenshot({ path: path.join(os.tmpdir(), 'import-utf16.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
