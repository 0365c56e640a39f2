/**
 * The English UI walked end to end as a user switches to it: every view and every section, tab,
 * menu, dialog and wizard step, with no Chinese left outside the register's data (project names,
 * companies, code-list values, node and template names, notes). The data is read from the API and
 * taken out of the page text; what Chinese remains is the app's own and fails the test, named.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readWorkbook, workbookBytes } from '../../electron/services/excel/exceljs';
import { callApi, openApp, type AppSession } from './harness';
import { assertNoAppWords, chineseLeaks, visibleTexts } from './visibleText';

const WAIT = { timeout: 20_000 };

interface Row {
  id: number; code: string; name: string; company: string; chain: string; area: string; level: string; kind: string; source: string;
  capacity: string; leader: string; ownerUnit: string; contact: string; progressNote: string; problems: string; tags: string[];
  nationalCode: string | null; currentNode: string | null; nextNode: { name: string } | null;
}

/** A list as a street office sends it: an update of a sample project, a new one with an amount that is not one, a repeated row. */
function sampleCsv(first: Row): string {
  return [
    '项目编号,项目名称,建设单位,总投资（万元）,形象进度',
    `${first.code},${first.name},${first.company},1234567.89,主体封顶`,
    'EN-WALK-1,英文界面巡检项目,巡检科技有限公司,百亿级,前期对接',
    'EN-WALK-1,英文界面巡检项目,巡检科技有限公司,5000,前期对接',
  ].join('\n');
}

describe('English UI', () => {
  let session: AppSession;
  let page: Page;
  const data = new Set<string>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-english-'));

  /** The register's own words, read from the API: they may be Chinese in any UI language. */
  async function readData(): Promise<void> {
    const add = (...values: Array<string | null | undefined>) => { for (const v of values) if (v) data.add(v); };
    const rows = (await callApi<Row[]>(page, 'projects.list', { includeArchived: true })).value;
    for (const p of rows) {
      add(p.code, p.name, p.company, p.chain, p.area, p.level, p.kind, p.source, p.capacity, p.leader, p.ownerUnit, p.contact, p.progressNote, p.problems, p.nationalCode, p.nextNode?.name);
      add(...p.tags);
      // 全部完成 is the app's word, not a node's name: it must show in English.
      if (p.currentNode !== '全部完成') add(p.currentNode);
      const detail = (await callApi<{ monthly: Array<{ progressNote: string; problems: string }> }>(page, 'projects.get', { id: p.id })).value;
      for (const m of detail.monthly) add(m.progressNote, m.problems);
    }
    const nodes = (await callApi<Array<{ name: string; note: string }>>(page, 'nodes.all', {})).value;
    for (const n of nodes) add(n.name, n.note);
    const lists = (await callApi<Record<string, string[]>>(page, 'codeLists.get', {})).value;
    // Stages are the app's fixed words with English names: never taken for data.
    for (const [list, values] of Object.entries(lists)) if (list !== 'stage') add(...values);
    const templates = (await callApi<Array<{ name: string; steps: Array<{ name: string }> }>>(page, 'templates.list', {})).value;
    for (const tpl of templates) add(tpl.name, ...tpl.steps.map((s) => s.name));
    const settings = (await callApi<Record<string, unknown>>(page, 'settings.get', {})).value;
    for (const key of ['reportingUnit', 'reporter', 'operator']) add(String(settings[key] ?? ''));
    const history = (await callApi<Array<{ actor: string }>>(page, 'history.list', { limit: 1000 })).value;
    add(...history.map((h) => h.actor));
    // 卡点 are the register's: what holds a project up, the department asked, how it was solved.
    const problems = (await callApi<{ rows: Array<{ text: string; department: string; resolution: string }>; departments: Array<{ name: string }> }>(page, 'problems.list', { status: 'all' })).value;
    for (const q of problems.rows) add(q.text, q.department, q.resolution);
    add(...problems.departments.map((d) => d.name));
    add(...(await callApi<string[]>(page, 'problems.departments', {})).value);
    const closings = (await callApi<{ closings: Array<{ actor: string }> }>(page, 'months.list', {})).value;
    add(...closings.closings.map((c) => c.actor));
    assertNoAppWords(data);
  }

  /** Fails with every piece of Chinese the view shows that is not data, and where. */
  async function expectEnglish(where: string): Promise<void> {
    const leaks = chineseLeaks(await visibleTexts(page), data);
    expect.soft(leaks.map((l) => `${where}: "${l.text}" (left: ${l.left})`)).toEqual([]);
  }

  const view = async (name: string) => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor(WAIT);
  };

  beforeAll(async () => {
    session = await openApp();
    ({ page } = session);
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('heading', { name: '项目台账', level: 1 }).waitFor(WAIT);
    // As a user does it: the switch in the top bar, which the settings keep.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Register', level: 1 }).waitFor(WAIT);
    await readData();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('home: the headline, what moved, the lit projects and who answers for them', async () => {
    await view('Home');
    await page.locator('.home-card').first().waitFor(WAIT);
    await expectEnglish('home');
    await view('Register');
  });

  it('register: plain, grouped by each dimension, its menus and dialogs, a refused edit', async () => {
    await page.locator('.ag-row').first().waitFor(WAIT);
    await page.getByRole('columnheader', { name: 'Total investment (CNY 10k)' }).waitFor(WAIT);
    await page.getByRole('columnheader', { name: 'Completed Jan–Nov (CNY 10k)' }).waitFor(WAIT);
    await expectEnglish('register');
    for (const group of ['Chain', 'Area', 'Stage', 'Level']) {
      await page.getByRole('radio', { name: group, exact: true }).click();
      await page.locator('.row-group').first().waitFor(WAIT);
      await expectEnglish(`register grouped by ${group}`);
    }
    await page.getByRole('radio', { name: 'None', exact: true }).click();
    for (const menu of ['Views', 'Columns', 'Export CSV', 'Export report']) {
      // At 1366 px the English tools fold into More (ToolbarOverflow).
      const tool = page.locator('.toolbar-secondary').getByRole('button', { name: menu, exact: true });
      if (await tool.count() === 0) await page.getByRole('button', { name: 'More', exact: true }).click();
      await tool.click();
      await page.locator('.popover-panel').last().waitFor(WAIT);
      await expectEnglish(`register menu ${menu}`);
      await page.keyboard.press('Escape');
      await page.locator('.popover-panel').waitFor({ state: 'detached', ...WAIT });
    }
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('dialog').waitFor(WAIT);
    await expectEnglish('new project dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await page.locator('.ag-row').first().getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Set for selected' }).click();
    await page.getByRole('dialog').waitFor(WAIT);
    await expectEnglish('bulk set dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.ag-row').first().getByRole('checkbox').uncheck();

    // An amount the register cannot read is refused in English.
    await page.locator('.ag-row[row-index="0"] [col-id="totalInvestment"]').dblclick();
    await page.getByRole('textbox', { name: 'CNY 10k' }).fill('about a lot');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor(WAIT);
    await expectEnglish('refused edit');
    await page.keyboard.press('Escape');
  });

  it("a project's detail: each tab, and a refused field", async () => {
    const rows = (await callApi<Row[]>(page, 'projects.list', {})).value;
    const first = rows[0]!;
    await page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, first.id);
    await page.getByRole('heading', { name: first.name }).waitFor(WAIT);
    await expectEnglish('project page');
    await page.getByLabel('Total investment').fill('lots');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').first().waitFor(WAIT);
    await expectEnglish('project page with a refused field');
    await page.getByRole('button', { name: 'Discard' }).click();
    for (const tab of ['Schedule', 'Monthly', 'History']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await page.getByRole('tabpanel').waitFor(WAIT);
      await page.waitForTimeout(300);
      await expectEnglish(`project tab ${tab}`);
    }
    // A project held up by 卡点: its Problems tab, and the form to record one.
    const problems = (await callApi<{ rows: Array<{ projectId: number; projectName: string }> }>(page, 'problems.list', {})).value;
    const held = problems.rows[0]!;
    await page.evaluate((id) => { window.location.hash = `#/project/${id}?tab=problems`; }, held.projectId);
    await page.getByRole('heading', { name: held.projectName }).waitFor(WAIT);
    await page.getByRole('tab', { name: /^Problems/, selected: true }).waitFor(WAIT);
    await page.locator('.problem-table tbody tr').first().waitFor(WAIT);
    await expectEnglish('project tab Problems');
    await page.getByRole('button', { name: 'Record a problem' }).click();
    const form = page.getByRole('dialog');
    await form.waitFor(WAIT);
    await expectEnglish('recording a problem');
    // A problem with no text is refused in English.
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(300);
    await expectEnglish('a problem refused');
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();
    // A project without nodes offers its schedule from a template.
    const bare = (await callApi<{ id: number }>(page, 'projects.create', { code: 'EN-BARE', name: '无节点的项目' })).value;
    data.add('EN-BARE').add('无节点的项目');
    await page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, bare.id);
    await page.getByRole('heading', { name: '无节点的项目' }).waitFor(WAIT);
    await page.getByRole('tab', { name: /^Schedule/ }).click();
    await page.waitForTimeout(300);
    await expectEnglish('schedule of a project without nodes');
  });

  it('Gantt: plain and grouped by stage', async () => {
    await view('Gantt');
    await page.locator('.gantt-row').first().waitFor(WAIT);
    await expectEnglish('gantt');
    await page.getByRole('combobox', { name: 'Group' }).selectOption('stage');
    await page.locator('.gantt-group-row').first().waitFor(WAIT);
    await expectEnglish('gantt grouped by stage');
  });

  it('investment rollups: every table and the quarterly ranking', async () => {
    await view('Investment');
    await page.locator('.rollup-table tbody tr').first().waitFor(WAIT);
    const layouts = page.getByRole('group', { name: 'Group by' }).getByRole('button');
    const count = await layouts.count();
    expect(count).toBe(8);
    for (let i = 0; i < count; i++) {
      const name = await layouts.nth(i).innerText();
      await layouts.nth(i).click();
      await page.locator('.rollup-table tbody tr').first().waitFor(WAIT);
      await page.waitForTimeout(300);
      await expectEnglish(`rollup by ${name}`);
    }
    await page.getByRole('tab', { name: 'Quarterly ranking' }).click();
    await page.locator('.ranking-table tbody tr').first().waitFor(WAIT);
    await expectEnglish('quarterly ranking');
    await page.getByRole('button', { name: 'Responsible units' }).click();
    await page.waitForTimeout(300);
    await expectEnglish('quarterly ranking by responsible unit');
  });

  it('import: each step of the wizard with a list from a street office', async () => {
    await view('Import');
    await expectEnglish('import, choose a file');
    const rows = (await callApi<Row[]>(page, 'projects.list', {})).value;
    const csv = path.join(dir, '街道报送.csv');
    fs.writeFileSync(csv, sampleCsv(rows[0]!));
    for (const line of sampleCsv(rows[0]!).split('\n')) for (const cell of line.split(',')) data.add(cell);
    data.add('街道报送.csv');
    await page.getByLabel('Choose file…').setInputFiles(csv);
    await page.getByRole('heading', { name: 'Header mapping' }).waitFor(WAIT);
    await expectEnglish('import, mapping');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('tab', { name: /^Rejected/ }).waitFor(WAIT);
    await expectEnglish('import, preview (rejected rows)');
    await page.getByRole('tab', { name: /^All/ }).click();
    await expectEnglish('import, preview (all rows)');
    await page.getByRole('checkbox', { name: /Skip the rejected row/ }).check();
    await page.getByRole('button', { name: /^Import \(2\)/ }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor(WAIT);
    await expectEnglish('import, done');
  });

  it('reports: each report', async () => {
    await view('Reports');
    for (const report of ['Project progress', 'Node schedule', 'Investment summary', 'Battle map']) {
      await page.locator('.report-card').filter({ hasText: report }).click();
      await page.locator('.report-card-on').filter({ hasText: report }).waitFor(WAIT);
      await expectEnglish(`report ${report}`);
    }
  });

  const monthlySection = async (name: string) => {
    await view('Monthly');
    await page.locator('.monthly-nav').getByRole('button', { name, exact: true }).click();
    await page.getByRole('heading', { name, level: 3 }).waitFor(WAIT);
  };

  it('monthly send & collect: the units, a template sent, a returned file under review, then merged', async () => {
    await monthlySection('Send & collect');
    const row = page.getByRole('row').filter({ hasText: '凤凰街道' });
    await row.getByText('Not sent').waitFor(WAIT);
    await expectEnglish('monthly send & collect');
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), row.getByRole('button', { name: 'Download template' }).click()]);
    await row.getByText('Outstanding').waitFor(WAIT);
    data.add(download.suggestedFilename());
    await expectEnglish('monthly send & collect, a template sent');

    // The street fills in the month's investment and a new status for its first project, and an amount that is not one for its second.
    const wb = await readWorkbook(new Uint8Array(fs.readFileSync((await download.path())!)));
    const ws = wb.getWorksheet('月度填报')!;
    ws.getCell(5, 6).value = 66;
    ws.getCell(5, 12).value = '停滞';
    ws.getCell(6, 6).value = '很多';
    ws.getCell(3, 3).value = '李娜';
    const returned = path.join(dir, '凤凰街道11月回传.xlsx');
    fs.writeFileSync(returned, await workbookBytes(wb));
    // What the file says is the street's: the reporter, the file's name, its sheet names and its cells.
    data.add('李娜').add('凤凰街道11月回传.xlsx').add('月度填报').add('节点进度').add('很多');
    await page.getByLabel('Collect returned files…').setInputFiles(returned);
    const review = page.getByRole('region', { name: 'Review: 凤凰街道11月回传.xlsx' });
    await review.getByText('Projects changed: 1 · unchanged:', { exact: false }).waitFor(WAIT);
    // The month's figure in the screen's unit, with the year to date beside it; the status in English.
    await review.getByText(/^66\.00 CNY 10k \(year to date [\d,]+\.\d\d CNY 10k\)$/).waitFor(WAIT);
    await review.getByText('Stalled', { exact: true }).waitFor(WAIT);
    await expectEnglish('monthly collect review');
    await review.getByRole('button', { name: 'Merge into the register' }).click();
    await row.getByText('Returned', { exact: true }).waitFor(WAIT);
    await expectEnglish('monthly send & collect, merged');
  });

  it('monthly close & compare: November against the October closing, closed, asked before closing again', async () => {
    expect((await callApi(page, 'months.close', { month: '2026-10' })).status).toBe(200);
    expect((await callApi(page, 'projects.create', { code: 'EN-NEW-1', name: '英文巡检新入库项目', area: '织里镇', chain: '新能源', totalInvestment: 3_0000_0000 })).status).toBe(200);
    data.add('EN-NEW-1').add('英文巡检新入库项目');
    await monthlySection('Close & compare');
    await expectEnglish('monthly close, October picked');
    await page.getByRole('combobox', { name: 'Month' }).selectOption('2026-11');
    await page.getByText('Nov 2026 (not closed: current data, judged as of 2026-11-22) against the Oct 2026 closing (as of 2026-10-31)').waitFor(WAIT);
    await page.getByRole('region', { name: 'New in register' }).getByRole('link', { name: '英文巡检新入库项目' }).waitFor(WAIT);
    // Investment added, in the screen's unit with its decimals and separators.
    expect(await page.locator('.close-count-added strong').innerText()).toMatch(/^-?[\d,]+\.\d\d$/);
    await page.getByRole('table', { name: 'By chain' }).getByRole('row', { name: /^Total/ }).waitFor(WAIT);
    await expectEnglish('monthly compare November');
    await page.getByRole('button', { name: 'Close Nov 2026', exact: true }).click();
    await page.getByText(/^Closed Nov 2026: \d+ projects as of 2026-11-22\.$/).waitFor(WAIT);
    await expectEnglish('monthly November closed');
    await page.getByRole('button', { name: 'Close Nov 2026 again' }).click();
    await page.getByRole('dialog', { name: 'Close Nov 2026 again?' }).waitFor(WAIT);
    await expectEnglish('monthly close again?');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('monthly problem list: open and solved problems, the solve dialog', async () => {
    const rows = (await callApi<Row[]>(page, 'projects.list', {})).value;
    const created = await callApi(page, 'problems.create', { projectId: rows[1]!.id, nodeId: null, text: '英文巡检卡点：用地指标待调剂', department: '区自然资源和规划分局', promisedOn: '2026-11-01' });
    expect(created.status).toBe(200);
    data.add('英文巡检卡点：用地指标待调剂').add('区自然资源和规划分局');
    await monthlySection('Problem list');
    await page.getByRole('cell', { name: '英文巡检卡点：用地指标待调剂', exact: true }).waitFor(WAIT);
    await expectEnglish('monthly problem list');
    await page.getByRole('button', { name: 'Solve 英文巡检卡点：用地指标待调剂' }).click();
    await page.getByRole('dialog').waitFor(WAIT);
    await expectEnglish('monthly solve dialog');
    await page.getByRole('dialog').getByRole('textbox').first().fill('已调剂用地指标');
    data.add('已调剂用地指标');
    await page.getByRole('dialog').getByRole('button', { name: 'Mark as solved' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached', ...WAIT });
    await page.locator('.problem-filters select').first().selectOption('resolved');
    await page.getByText('已调剂用地指标', { exact: false }).waitFor(WAIT);
    await expectEnglish('monthly solved problems');
  });

  it('a closed month: the register and the rollups read-only under the banner', async () => {
    await view('Register');
    await page.getByRole('combobox', { name: 'Data' }).selectOption('2026-10');
    await page.getByText(/^Viewing the Oct 2026 closing \(read-only\): as of 2026-10-31/).waitFor(WAIT);
    await page.getByRole('columnheader', { name: 'Completed Jan–Oct (CNY 10k)' }).waitFor(WAIT);
    await expectEnglish('register, October closed');
    await page.getByRole('link', { name: 'Back to current data' }).click();
    await page.getByRole('columnheader', { name: 'Completed Jan–Nov (CNY 10k)' }).waitFor(WAIT);
    await view('Investment');
    await page.getByRole('tab', { name: 'Rollups' }).click();
    await page.getByRole('combobox', { name: 'Data' }).selectOption('2026-10');
    await page.getByText(/^Viewing the Oct 2026 closing/).waitFor(WAIT);
    await page.locator('.rollup-table tbody tr').first().waitFor(WAIT);
    await expectEnglish('rollups, October closed');
    await page.getByRole('link', { name: 'Back to current data' }).click();
  });

  it('the question before unsaved edits are dropped', async () => {
    const rows = (await callApi<Row[]>(page, 'projects.list', {})).value;
    await page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, rows[0]!.id);
    await page.getByRole('heading', { name: rows[0]!.name }).waitFor(WAIT);
    await page.getByRole('textbox', { name: 'Progress', exact: true }).fill('英文巡检：未保存的形象进度');
    data.add('英文巡检：未保存的形象进度');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Gantt' }).click();
    const question = page.getByRole('dialog');
    await question.waitFor(WAIT);
    await expectEnglish('leave question');
    await question.getByRole('button', { name: 'Drop changes and leave' }).click();
    await page.getByRole('heading', { name: 'Gantt', level: 1 }).waitFor(WAIT);
  });

  it('home after the month\'s work', async () => {
    await view('Home');
    await page.locator('.home-card').first().waitFor(WAIT);
    await expectEnglish('home after the month');
  });

  it('help', async () => {
    await view('Help');
    await page.waitForTimeout(500);
    await expectEnglish('help');
  });

  it('settings: each section, each code list', async () => {
    await view('Settings');
    const sections = page.locator('.settings-nav button');
    await sections.first().waitFor(WAIT);
    const count = await sections.count();
    // 代码表, 单位信息, 显示, 亮灯规则, 节点模板, 数据, 数据库 (账户 only on a team server).
    expect(count).toBe(7);
    for (let i = 0; i < count; i++) {
      const name = await sections.nth(i).innerText();
      await sections.nth(i).click();
      await page.waitForTimeout(500);
      await expectEnglish(`settings ${name}`);
      if (name === 'Code lists') {
        const tabs = page.getByRole('tab');
        for (let j = 0; j < (await tabs.count()); j++) {
          await tabs.nth(j).click();
          await expectEnglish(`code list ${await tabs.nth(j).innerText()}`);
        }
      }
    }
  });

  it('clearing the register is confirmed with an English word, last of all', async () => {
    const count = (await callApi<Row[]>(page, 'projects.list', { includeArchived: true })).value.length;
    await page.locator('.settings-nav').getByRole('button', { name: 'Data', exact: true }).click();
    await page.getByRole('button', { name: 'Clear the register…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the register' });
    await dialog.getByText('Type CLEAR to confirm:', { exact: false }).waitFor(WAIT);
    await expectEnglish('clear dialog');
    // The Chinese word is not what the English UI asks for; the English one clears.
    await dialog.getByRole('textbox').fill('yes');
    await dialog.getByRole('button', { name: 'Clear the register' }).click();
    await page.getByText('Type CLEAR to confirm clearing').waitFor(WAIT);
    expect((await callApi<Row[]>(page, 'projects.list', {})).value.length).toBe(count);
    await dialog.getByRole('textbox').fill('CLEAR');
    await dialog.getByRole('button', { name: 'Clear the register' }).click();
    await page.getByText(`${count} projects cleared`).waitFor(WAIT);
    expect((await callApi<Row[]>(page, 'projects.list', {})).value.length).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
