/**
 * The rest of a clerk's Excel keys on a register range: Delete clears (amounts become 未填, never
 * 0), Ctrl+X copies and clears (a 项目名称 cannot be left empty: refused and named), Ctrl+D fills
 * the first row down (one row: the project above). Each is one edit that one Ctrl+Z takes back,
 * checked in the cells, in the database and in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';
import type { ChangeRecord, ProjectRow } from '../../shared/domain/types';

const WAIT = { timeout: 15_000 };

function cellAt(page: Page, row: number, colId: string) {
  return page.locator(`.register-grid .ag-row[row-index="${row}"] .ag-cell[col-id="${colId}"]`);
}

async function projectsAt(page: Page, rows: number[]): Promise<ProjectRow[]> {
  const codes = await Promise.all(rows.map(async (r) => (await cellAt(page, r, 'code').innerText()).trim()));
  const all = (await callApi<ProjectRow[]>(page, 'projects.list', {})).value;
  return codes.map((code) => {
    const found = all.find((p) => p.code === code);
    if (!found) throw new Error(`no project ${code}`);
    return found;
  });
}

async function fresh(page: Page, ids: number[]): Promise<ProjectRow[]> {
  const all = (await callApi<ProjectRow[]>(page, 'projects.list', {})).value;
  return ids.map((id) => all.find((p) => p.id === id)!);
}

const pick = (p: ProjectRow) => ({ name: p.name, chain: p.chain, area: p.area, level: p.level, totalInvestment: p.totalInvestment, annualPlan: p.annualPlan });

async function lastHistoryId(page: Page): Promise<number> {
  return (await callApi<ChangeRecord[]>(page, 'history.list', { limit: 1 })).value[0]!.id;
}

/** The history written since `after`, oldest first: one edit head, then its cells. */
async function historySince(page: Page, after: number): Promise<ChangeRecord[]> {
  return (await callApi<ChangeRecord[]>(page, 'history.list', { limit: 50 })).value.filter((h) => h.id > after).reverse();
}

async function undo(page: Page, ids: number[], before: ProjectRow[]): Promise<void> {
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await fresh(page, ids)).map(pick), WAIT).toEqual(before.map(pick));
  await page.getByText(/已撤销/).waitFor(WAIT);
}

describe('Delete, Ctrl+X and Ctrl+D on a register range', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp();
    page = session.page;
    await cellAt(page, 0, 'name').waitFor(WAIT);
    await page.evaluate(() => {
      const w = window as unknown as { cut: string[] };
      w.cut = [];
      // On window: after the app's own listener on the document has filled the clipboard.
      window.addEventListener('cut', (e) => w.cut.push(e.clipboardData?.getData('text/plain') ?? ''));
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('Delete clears 总投资 and 年度计划 of two projects to 未填 (null, never 0); Ctrl+Z puts them back', async () => {
    const before = await projectsAt(page, [1, 2]);
    const ids = before.map((p) => p.id);
    expect(before.every((p) => p.totalInvestment !== null && p.annualPlan !== null)).toBe(true);
    const since = await lastHistoryId(page);
    await cellAt(page, 1, 'totalInvestment').click();
    await cellAt(page, 2, 'annualPlan').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');

    await expect.poll(async () => (await fresh(page, ids)).map((p) => [p.totalInvestment, p.annualPlan]), WAIT).toEqual([[null, null], [null, null]]);
    for (const row of [1, 2]) {
      for (const col of ['totalInvestment', 'annualPlan']) await expect.poll(() => cellAt(page, row, col).innerText(), WAIT).toBe('未填');
    }
    await page.getByText(/已清除 4 个单元格/).waitFor(WAIT);
    const history = await historySince(page, since);
    expect(history.map((h) => h.entity)).toEqual(['edit', 'project', 'project', 'project', 'project']);
    expect(history.slice(1).every((h) => h.after === null || h.after === 'null')).toBe(true);

    await undo(page, ids, before);
    expect((await cellAt(page, 1, 'totalInvestment').innerText()).trim()).not.toBe('未填');
  });

  it('Ctrl+X puts the range on the clipboard and clears it, names the 项目名称 it may not clear; Ctrl+Z restores', async () => {
    const [target] = await projectsAt(page, [3]);
    const shown = await Promise.all(['name', 'stage', 'light', 'chain', 'area', 'level'].map((c) => cellAt(page, 3, c).innerText()));
    await cellAt(page, 3, 'name').click();
    await cellAt(page, 3, 'level').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+x');

    await expect.poll(() => page.evaluate(() => (window as unknown as { cut: string[] }).cut.length), WAIT).toBe(1);
    const tsv = await page.evaluate(() => (window as unknown as { cut: string[] }).cut[0]!);
    // As Ctrl+C gives it: six cells, the fields as shown (灯 as its colour's words).
    const cells = tsv.split('\t');
    expect(cells).toHaveLength(6);
    expect([cells[0], cells[1], ...cells.slice(3)]).toEqual([shown[0], shown[1], ...shown.slice(3)].map((s) => s!.trim()));
    expect(shown[2]!.startsWith(cells[2]!)).toBe(true);
    // 阶段 and 灯 are computed: passed over. 项目名称 is required: refused, named with its project.
    const alert = page.getByRole('alert').filter({ hasText: '已剪切 3 个单元格，1 个未清除' });
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toMatch(new RegExp(`${target!.code}.*项目名称`, 's'));
    await expect.poll(() => cellAt(page, 3, 'name').getAttribute('class'), WAIT).toMatch(/cell-paste-refused/);
    const [after] = await fresh(page, [target!.id]);
    expect(pick(after!)).toEqual({ ...pick(target!), chain: '', area: '', level: '' });

    await page.keyboard.press('Escape');
    await cellAt(page, 3, 'chain').click();
    await undo(page, [target!.id], [target!]);
  });

  it('Ctrl+D fills the first row down over the range, and a one-row range from the project above; each undone by one Ctrl+Z', async () => {
    const rows = await projectsAt(page, [4, 5, 6, 7]);
    const ids = rows.map((p) => p.id);
    const source = rows[0]!;
    // The rows differ where they are filled, or the fill would prove nothing.
    expect(new Set(rows.map((p) => p.totalInvestment)).size).toBeGreaterThan(1);
    const since = await lastHistoryId(page);
    await cellAt(page, 4, 'chain').click();
    await cellAt(page, 6, 'totalInvestment').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+d');

    const expected = (p: ProjectRow) => ({ ...pick(p), chain: source.chain, area: source.area, level: source.level, totalInvestment: source.totalInvestment });
    await expect.poll(async () => (await fresh(page, ids)).map(pick), WAIT).toEqual([pick(source), expected(rows[1]!), expected(rows[2]!), pick(rows[3]!)]);
    await page.getByText(/已向下填充 \d+ 个单元格/).waitFor(WAIT);
    expect(await cellAt(page, 6, 'totalInvestment').innerText()).toBe(await cellAt(page, 4, 'totalInvestment').innerText());
    expect((await historySince(page, since))[0]!.entity).toBe('edit');

    // One row: Excel takes the row above.
    await cellAt(page, 7, 'totalInvestment').click();
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await fresh(page, [rows[3]!.id]))[0]!.totalInvestment, WAIT).toBe(source.totalInvestment);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await fresh(page, [rows[3]!.id]))[0]!.totalInvestment, WAIT).toBe(rows[3]!.totalInvestment);
    await undo(page, ids, rows);
  });

  it('ran without script errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
