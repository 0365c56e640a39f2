/**
 * Excel habits in 项目台账, as a clerk uses them: three cells copied as TSV (what Excel and WPS
 * paste as cells), a 3×2 block with one bad amount pasted from a TSV (valid cells saved together as
 * one edit, the bad one refused in place with the reason), Ctrl+Z restoring all of it, Ctrl+Y after
 * a reload putting it back; then Ctrl+Z in 项目详情 and a text box keeping its own Ctrl+Z.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';
import type { ChangeRecord, ProjectRow } from '../../shared/domain/types';

const WAIT = { timeout: 15_000 };
const YI = 100_000_000;

function cellAt(page: Page, row: number, colId: string) {
  return page.locator(`.register-grid .ag-row[row-index="${row}"] .ag-cell[col-id="${colId}"]`);
}

async function projectAt(page: Page, row: number): Promise<ProjectRow> {
  const code = (await cellAt(page, row, 'code').innerText()).trim();
  const rows = (await callApi<ProjectRow[]>(page, 'projects.list', {})).value;
  const found = rows.find((r) => r.code === code);
  if (!found) throw new Error(`no project ${code}`);
  return found;
}

async function amounts(page: Page, ids: number[]): Promise<Array<[number | null, number | null]>> {
  const rows = (await callApi<ProjectRow[]>(page, 'projects.list', {})).value;
  return ids.map((id) => { const p = rows.find((r) => r.id === id)!; return [p.totalInvestment, p.annualPlan]; });
}

/** Ctrl+V as the browser delivers it: a paste event carrying the clipboard's text at the focused cell. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((tsv) => {
    const data = new DataTransfer();
    data.setData('text/plain', tsv);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('Excel habits in the register', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp();
    page = session.page;
    // Amounts typed and pasted are read in the screen unit: fix it, whatever the default.
    await callApi(page, 'settings.update', { displayUnit: '亿元' });
    await page.reload();
    await cellAt(page, 0, 'company').waitFor(WAIT);
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      document.addEventListener('copy', (e) => w.copied.push(e.clipboardData?.getData('text/plain') ?? ''));
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('copies three cells (click, shift+click, Ctrl+C) as TSV, one line per row', async () => {
    const shown = await Promise.all([0, 1, 2].map((r) => cellAt(page, r, 'level').innerText()));
    await cellAt(page, 0, 'level').click();
    await cellAt(page, 2, 'level').click({ modifiers: ['Shift'] });
    expect(await page.locator('.register-grid .ag-cell.cell-in-range').count()).toBe(3);
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => (window as unknown as { copied: string[] }).copied.length), WAIT).toBe(1);
    const tsv = await page.evaluate(() => (window as unknown as { copied: string[] }).copied[0]!);
    expect(tsv).toBe(shown.map((s) => s.trim()).join('\r\n'));
    await page.getByText(/已复制 3 个单元格（3 行 × 1 列）/).waitFor(WAIT);

    // Shift+arrows widen it to the next column (总投资): amounts go as exact plain numbers in the screen unit.
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => (window as unknown as { copied: string[] }).copied.length), WAIT).toBe(2);
    const wide = (await page.evaluate(() => (window as unknown as { copied: string[] }).copied[1]!)).split('\r\n').map((line) => line.split('\t'));
    expect(wide.map((cells) => cells.length)).toEqual([2, 2, 2]);
    const totals = (await Promise.all([0, 1, 2].map((r) => projectAt(page, r)))).map((p) => p.totalInvestment);
    expect(wide.map((cells) => (cells[1] === '' ? null : Math.round(Number(cells[1]) * YI)))).toEqual(totals);
    expect(wide.every((cells) => !cells[1]!.includes(','))).toBe(true);
  });

  it('pastes a 3×2 block with one bad cell: five saved as one edit, the bad one refused in place', async () => {
    const projects = await Promise.all([3, 4, 5].map((r) => projectAt(page, r)));
    const ids = projects.map((p) => p.id);
    const before = await amounts(page, ids);
    const historyBefore = (await callApi<ChangeRecord[]>(page, 'history.list', { limit: 1 })).value[0]!.id;

    await cellAt(page, 3, 'totalInvestment').click();
    await pasteText(page, '150\t12.5\r\nabc\t8\r\n"1,234.5"\t3\r\n');

    const refused = cellAt(page, 4, 'totalInvestment');
    await expect.poll(() => refused.getAttribute('class'), WAIT).toMatch(/cell-paste-refused/);
    const alert = page.getByRole('alert').filter({ hasText: '已粘贴 5 个单元格，1 个未粘贴' });
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toMatch(new RegExp(`${projects[1]!.code}.*总投资.*abc`, 's'));
    expect(await amounts(page, ids)).toEqual([[150 * YI, 12.5 * YI], [before[1]![0], 8 * YI], [123_450_000_000, 3 * YI]]);
    expect((await cellAt(page, 3, 'totalInvestment').innerText()).trim()).toBe('150.00');

    // One transaction, one edit: a single head row, then the five cells, all at one instant.
    const history = (await callApi<ChangeRecord[]>(page, 'history.list', { limit: 50 })).value.filter((h) => h.id > historyBefore).reverse();
    expect(history.map((h) => h.entity)).toEqual(['edit', 'project', 'project', 'project', 'project', 'project']);
    expect(JSON.parse(history[0]!.after!)).toMatchObject({ what: 'paste', cells: 5 });
    expect(new Set(history.map((h) => h.at)).size).toBe(1);

    // Ctrl+Z restores all five, and the refusal marks go with the paste.
    await page.keyboard.press('Control+z');
    await expect.poll(() => amounts(page, ids), WAIT).toEqual(before);
    await page.getByText(/已撤销：粘贴（5 个单元格）/).waitFor(WAIT);
    await expect.poll(() => page.locator('.register-grid .cell-paste-refused').count(), WAIT).toBe(0);
  });

  it('keeps the stack through a reload: Ctrl+Y puts the paste back, Ctrl+Z takes it away again', async () => {
    const ids = (await Promise.all([3, 4, 5].map((r) => projectAt(page, r)))).map((p) => p.id);
    const before = await amounts(page, ids);
    await page.reload();
    await cellAt(page, 0, 'company').waitFor(WAIT);
    await cellAt(page, 0, 'company').click();
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await amounts(page, ids))[0], WAIT).toEqual([150 * YI, 12.5 * YI]);
    await expect.poll(() => cellAt(page, 3, 'totalInvestment').innerText(), WAIT).toBe('150.00');
    await page.keyboard.press('Control+z');
    await expect.poll(() => amounts(page, ids), WAIT).toEqual(before);
    await page.keyboard.press('Control+z');
    await page.getByText('没有可撤销的修改').waitFor(WAIT);
  });

  it('leaves Ctrl+Z to a search box being typed in', async () => {
    // The last test's notice goes first (it stays a few seconds).
    await expect.poll(() => page.getByText(/已撤销|没有可撤销的修改/).count(), WAIT).toBe(0);
    const search = page.getByRole('searchbox', { name: '搜索项目' });
    await search.click();
    await page.keyboard.type('卫蓝');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(500);
    expect(await page.getByText(/已撤销|没有可撤销的修改/).count()).toBe(0);
    await search.fill('');
  });

  it('undoes a saved field in 项目详情 with Ctrl+Z, and redoes it with Ctrl+Y', async () => {
    const project = await projectAt(page, 0);
    await page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, project.id);
    const leader = page.getByLabel('责任领导', { exact: true });
    await leader.waitFor(WAIT);
    const old = await leader.inputValue();
    await leader.fill('新任领导');
    await page.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(async () => (await callApi<{ project: ProjectRow }>(page, 'projects.get', { id: project.id })).value.project.leader, WAIT).toBe('新任领导');
    await page.getByRole('heading', { name: project.name }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByLabel('责任领导', { exact: true }).inputValue(), WAIT).toBe(old);
    await page.getByText(/已撤销：责任领导/).waitFor(WAIT);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByLabel('责任领导', { exact: true }).inputValue(), WAIT).toBe('新任领导');
    expect(session.pageErrors).toEqual([]);
  });
});
