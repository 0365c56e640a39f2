/**
 * Long calls in the app and the browser host run on a worker thread with their own connection:
 * what they write is the register's (seen at once by the window's connection, recorded under the
 * operator's name), what they return is what the same call returns on the request thread, their
 * refusals read the same, and a write made while one runs waits for it instead of failing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, sheetRows } from '../../electron/services/excel/exceljs';
import { dispatch } from '../../electron/services/dispatch';
import { OFF_THREAD_FILE_CHARS, OFF_THREAD_PROJECTS, runsOffThread } from '../../electron/services/offThread/heavyCalls';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, tableCounts } from './helpers';

let ledger: Ledger;

beforeAll(async () => {
  ledger = await openTemp({ offThread: true });
  await ledger.send('settings.update', { operator: '张三' });
});
afterAll(() => ledger.close());

async function reportCells(base64: string): Promise<unknown[][]> {
  const wb = await readWorkbook(Buffer.from(base64, 'base64'));
  return sheetRows(wb.worksheets[0]!, 10_000);
}

describe('long calls on a worker thread', () => {
  it('sends large files and register-wide work off the request thread, small ones not', async () => {
    const big = { file: { name: 'a.csv', base64: 'x'.repeat(OFF_THREAD_FILE_CHARS) } };
    expect(await runsOffThread('imports.commit', big, async () => 0)).toBe(true);
    expect(await runsOffThread('imports.commit', { file: { name: 'a.csv', base64: 'xx' } }, async () => 0)).toBe(false);
    expect(await runsOffThread('reports.export', {}, async () => OFF_THREAD_PROJECTS)).toBe(true);
    expect(await runsOffThread('reports.export', {}, async () => 10)).toBe(false);
    expect(await runsOffThread('projects.update', big, async () => OFF_THREAD_PROJECTS)).toBe(false);
  });

  it('generates a large register whose rows the window\'s connection sees at once', async () => {
    expect(await ledger.send('data.generate', { projects: OFF_THREAD_PROJECTS, seed: 7 })).toEqual({ projects: OFF_THREAD_PROJECTS });
    const list = await ledger.send('projects.list', {});
    expect(list.length).toBe(OFF_THREAD_PROJECTS);
  }, 120_000);

  it('writes the same report as the request thread does', async () => {
    const input = { report: 'progress', month: '2026-10' } as const;
    const off = await ledger.send('reports.export', input);
    const inline = await dispatch(ledger.ctx, 'reports.export', input);
    if (!inline.ok) throw new Error(inline.error.message);
    const inlineFile = inline.value as { base64: string; fileName: string };
    expect(off.fileName).toBe(inlineFile.fileName);
    expect(await reportCells(off.base64)).toEqual(await reportCells(inlineFile.base64));
  }, 120_000);

  it('refuses a large file with a repeated 项目编号 in the same words, writing nothing', async () => {
    const lines = ['项目编号,项目名称,产业链,总投资（万元）'];
    for (let i = 1; i <= 8000; i++) lines.push(`T-${i === 4321 ? 1 : i},大清单项目${i}号,新能源,${1000 + i}`);
    const file = { name: '大清单.csv', base64: Buffer.from(lines.join('\n')).toString('base64') };
    expect(file.base64.length).toBeGreaterThanOrEqual(OFF_THREAD_FILE_CHARS);
    const inspection = await ledger.send('imports.inspect', { file });
    const input = { file, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert' } as const;
    const before = (await tableCounts(ledger));
    const off = await ledger.dispatch('imports.commit', input);
    const inline = await dispatch(ledger.ctx, 'imports.commit', input);
    expect(off.ok).toBe(false);
    expect(off).toEqual(inline);
    if (!off.ok) expect(off.error.message).toContain('大清单.csv');
    expect((await tableCounts(ledger))).toEqual(before);

    // Put right, the same file goes in, each row recorded under the operator's name.
    lines[4321] = 'T-4321,大清单项目4321号,新能源,5321';
    const fixed = { name: '大清单.csv', base64: Buffer.from(lines.join('\n')).toString('base64') };
    const summary = await ledger.send('imports.commit', { ...input, file: fixed });
    expect(summary.added).toBe(8000);
    const imported = (await ledger.send('projects.list', { query: 'T-4321' }))[0]!;
    expect(imported.totalInvestment).toBe(53_210_000);
    expect((await ledger.send('history.list', { projectId: imported.id })).map((h) => h.actor)).toContain('张三');
  }, 120_000);

  it('queues a write made while a month is being closed on the worker, and both land', async () => {
    const [first] = await ledger.send('projects.list', {});
    const closing = ledger.send('months.close', { month: '2026-10' });
    const rename = ledger.send('projects.update', { id: first!.id, version: first!.version, changes: { name: '卫蓝新能源（更名）' } });
    const [closed, renamed] = await Promise.all([closing, rename]);
    expect(closed.projects).toBe((await ledger.send('projects.list', {})).length);
    expect(renamed.name).toBe('卫蓝新能源（更名）');
    const history = await ledger.send('history.list', { projectId: first!.id });
    expect(history.find((h) => h.field === 'name')?.actor).toBe('张三');
  }, 120_000);
});
