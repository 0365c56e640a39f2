/**
 * 总投资 / 年度计划投资 a source did not state are unknown (null, 未填), never 0: stored so by
 * imports and edits, counted apart in rollups and reports; 累计完成投资 (开工以来) is its own figure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbook, type Worksheet } from '../../electron/services/excel/exceljs';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, rowOf } from './helpers';

const WAN = 10_000;
const YI = 100_000_000;

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

const csvFile = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });

async function importCsv(l: Ledger, text: string) {
  const file = csvFile('街道报送.csv', text);
  const inspection = await l.send('imports.inspect', { file });
  return l.send('imports.commit', { file, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert' });
}

async function project(l: Ledger, code: string) {
  const row = (await l.send('projects.list', {})).find((p) => p.code === code);
  expect(row, code).toBeDefined();
  return row!;
}

function cellText(ws: Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  return typeof v === 'string' ? v : String(v ?? '');
}

/** The row whose 项目名称 (column 2) starts with `label`. */
function rowNamed(ws: Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (cellText(ws, r, 2).startsWith(label)) return r;
  throw new Error(`no row ${label}`);
}

function columnNamed(ws: Worksheet, header: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (cellText(ws, 3, c) === header) return c;
  throw new Error(`no column ${header}`);
}

const FILE = [
  '项目编号,项目名称,建设单位,总投资（万元）,年度计划投资（万元）,累计完成投资（万元）,本年累计完成投资（万元）',
  'U-1,储能电池项目,甲公司,500000,60000,120000,30000',
  'U-2,待定规模项目,乙公司,待定,,,',
  'U-3,百亿级产业园,丙公司,百亿级,20000,,5000',
].join('\n');

describe('unknown amounts', () => {
  it('an import stores an unreadable 总投资 as unknown, and 累计完成投资 apart from 1–N月', async () => {
    ledger = await openTemp();
    const file = csvFile('街道报送.csv', FILE);
    const inspection = await ledger.send('imports.inspect', { file });
    const preview = await ledger.send('imports.preview', { file, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert' });
    // The preview tells the user before anything is written: the sum leaves two rows out, and says so.
    expect(preview.totals).toMatchObject({ totalInvestment: 50 * YI, totalUnknown: 2 });
    const summary = await importCsv(ledger, FILE);
    expect(summary.added).toBe(3);
    const u1 = await project(ledger, 'U-1');
    const u2 = await project(ledger, 'U-2');
    const u3 = await project(ledger, 'U-3');
    expect(u1).toMatchObject({ totalInvestment: 50 * YI, annualPlan: 6 * YI, cumulativeCompleted: 12 * YI, completedYtd: 3 * YI });
    expect(u2).toMatchObject({ totalInvestment: null, annualPlan: null, cumulativeCompleted: null, completedYtd: 0 });
    expect(u3).toMatchObject({ totalInvestment: null, annualPlan: 2 * YI, cumulativeCompleted: null, completedYtd: 5000 * WAN });
    const raw = (await rowOf(ledger, 'SELECT total_investment AS t FROM projects WHERE code = ?', 'U-2')) as { t: number | null };
    expect(raw.t).toBeNull();
  });

  it('undoing an import that filled an unknown amount puts 未填 back, not 0', async () => {
    ledger = await openTemp();
    await importCsv(ledger, FILE);
    const update = await importCsv(ledger, ['项目编号,项目名称,建设单位,总投资（万元）,累计完成投资（万元）', 'U-2,待定规模项目,乙公司,30000,1200'].join('\n'));
    expect(await project(ledger, 'U-2')).toMatchObject({ totalInvestment: 3 * YI, cumulativeCompleted: 1200 * WAN });
    await ledger.send('imports.undo', { batchId: update.batchId! });
    expect(await project(ledger, 'U-2')).toMatchObject({ totalInvestment: null, cumulativeCompleted: null });
    const raw = (await rowOf(ledger, 'SELECT total_investment AS t, cumulative_completed AS c FROM projects WHERE code = ?', 'U-2'));
    expect(raw).toEqual({ t: null, c: null });
  });

  it('rollups count unknown amounts apart, never as 0, and rate 1–N月 only against known plans', async () => {
    ledger = await openTemp();
    await importCsv(ledger, FILE);
    const { total, rows } = await ledger.send('rollups.by', { by: 'size' });
    expect(total).toMatchObject({ count: 3, totalInvestment: 50 * YI, totalUnknown: 2, annualPlan: 8 * YI, planUnknown: 1, completedYtd: 3 * YI + 5000 * WAN });
    // U-1 and U-3 have plans: (3亿 + 0.5亿) / 8亿. U-2 has none and adds nothing either way here.
    expect(total.completionRate).toBeCloseTo((3 * YI + 5000 * WAN) / (8 * YI), 12);
    // The size bands put the unknown ones in a 未填 band, not in <3亿.
    expect(rows.find((r) => r.key === '未填')).toMatchObject({ count: 2, totalInvestment: 0, totalUnknown: 2 });
    expect(rows.find((r) => r.key === '<3亿')).toBeUndefined();
    const matrix = await ledger.send('rollups.matrix', { rows: 'size', slice: { size: '未填' } });
    expect(matrix.table.total.count).toBe(2);
  });

  it('新增项目 without 总投资 gives 未填; an edit can clear an amount back to 未填', async () => {
    ledger = await openTemp();
    const created = await ledger.send('projects.create', { code: 'H-1', name: '手工新增项目' });
    expect(created).toMatchObject({ totalInvestment: null, annualPlan: null, cumulativeCompleted: null });
    const set = await ledger.send('projects.update', { id: created.id, version: created.version, changes: { totalInvestment: 3 * YI, cumulativeCompleted: YI } });
    expect(set).toMatchObject({ totalInvestment: 3 * YI, cumulativeCompleted: YI });
    const cleared = await ledger.send('projects.update', { id: created.id, version: set.version, changes: { totalInvestment: null } });
    expect(cleared.totalInvestment).toBeNull();
    const history = await ledger.send('history.list', { projectId: created.id });
    expect(history[0]).toMatchObject({ field: 'totalInvestment', before: String(3 * YI), after: null });
  });

  it('推进情况表: the unknown 总投资 reads 未填, the sums leave it out and say 其中 N 个项目总投资未填', async () => {
    ledger = await openTemp();
    await importCsv(ledger, FILE);
    const file = await ledger.send('reports.export', { report: 'progress', month: '2026-11', unit: '万元' });
    const ws = (await readWorkbook(Buffer.from(file.base64, 'base64'))).worksheets[0]!;
    const total = columnNamed(ws, '总投资');
    const plan = columnNamed(ws, '年度计划投资');
    const ytd = columnNamed(ws, '1-11月完成投资');
    const cumulative = columnNamed(ws, '累计完成投资（开工以来）');
    const rate = columnNamed(ws, '完成率');
    expect(ytd + 1).toBe(cumulative);

    const u2 = rowNamed(ws, '待定规模项目');
    expect(ws.getCell(u2, total).value).toBe('未填');
    expect(ws.getCell(u2, plan).value).toBe('未填');
    expect(ws.getCell(u2, rate).value).toBe('—');
    const u1 = rowNamed(ws, '储能电池项目');
    expect(ws.getCell(u1, cumulative).value).toBe(120_000);
    expect(ws.getCell(u1, ytd).value).toBe(30_000);
    expect(ws.getCell(u1, rate).value).toBeCloseTo(0.5, 12);

    const sums = rowNamed(ws, '合计');
    expect(cellText(ws, sums, 2)).toBe('合计（3个项目，其中 2 个项目总投资未填，1 个项目年度计划投资未填）');
    expect(ws.getCell(sums, total).value).toBe(500_000);
    expect(ws.getCell(sums, plan).value).toBe(80_000);
    expect(ws.getCell(sums, cumulative).value).toBe(120_000);
    // The group heading (小计) says it too.
    const group = rowNamed(ws, '一、');
    expect(cellText(ws, group, 2)).toContain('其中 2 个项目总投资未填');
    let note = '';
    ws.eachRow((row) => { const v = String(row.getCell(1).value ?? ''); if (v.startsWith('注：')) note = v; });
    expect(note).toContain('“未填”为来源未提供的金额，不计入合计（其中 2 个项目总投资未填');
  });

  it('投资汇总表 and 挂图作战图 count the unknown 总投资 apart', async () => {
    ledger = await openTemp();
    await importCsv(ledger, FILE);
    const summary = await ledger.send('reports.export', { report: 'summary', month: '2026-11', unit: '万元', by: 'chain' });
    const ws = (await readWorkbook(Buffer.from(summary.base64, 'base64'))).worksheets[0]!;
    const sums = rowNamed(ws, '合计');
    expect(ws.getCell(sums, columnNamed(ws, '总投资')).value).toBe(500_000);
    expect(cellText(ws, sums, columnNamed(ws, '金额未填'))).toBe('其中 2 个项目总投资未填，1 个项目年度计划投资未填');

    const gantt = await ledger.send('reports.export', { report: 'gantt', month: '2026-11', unit: '万元' });
    const g = (await readWorkbook(Buffer.from(gantt.base64, 'base64'))).worksheets[0]!;
    expect(cellText(g, rowNamed(g, '合计'), 2)).toBe('合计（3个项目，其中 2 个项目总投资未填）');
    expect(g.getCell(rowNamed(g, '待定规模项目'), columnNamed(g, '总投资')).value).toBe('未填');
  });
});
