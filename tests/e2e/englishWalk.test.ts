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
      await page.locator('.group-row').first().waitFor(WAIT);
      await expectEnglish(`register grouped by ${group}`);
    }
    await page.getByRole('radio', { name: 'None', exact: true }).click();
    for (const menu of ['Views', 'Columns', 'Export CSV', 'Export report']) {
      await page.getByRole('button', { name: menu, exact: true }).click();
      await page.locator('.popover-panel').waitFor(WAIT);
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
    await page.getByRole('checkbox', { name: /Skip the 1 rejected/ }).check();
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

  it('monthly: each section', async () => {
    await view('Monthly');
    const sections = page.locator('.monthly-nav button');
    await sections.first().waitFor(WAIT);
    const count = await sections.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const name = await sections.nth(i).innerText();
      await sections.nth(i).click();
      await page.waitForTimeout(500);
      await expectEnglish(`monthly ${name}`);
    }
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
    expect(count).toBe(6);
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
    expect(session.pageErrors).toEqual([]);
  });
});
