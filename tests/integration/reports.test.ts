import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, type Worksheet } from '../../electron/services/excel/exceljs';
import type { Ledger } from '../../electron/services/ledger';
import type { RollupTable } from '../../shared/domain/rollup';
import { yuanFromUnit } from '../../shared/reports/reportAmounts';
import type { ReportUnit } from '../../shared/reports/reportIds';
import type { MethodInput } from '../../shared/contract';
import { openTemp, rowOf } from './helpers';

async function exportSheet(ledger: Ledger, input: MethodInput<'reports.export'>): Promise<{ fileName: string; sheets: Worksheet[] }> {
  const file = await ledger.send('reports.export', input);
  const wb = await readWorkbook(Buffer.from(file.base64, 'base64'));
  return { fileName: file.fileName, sheets: wb.worksheets };
}

function text(ws: Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  return typeof v === 'string' ? v : String(v ?? '');
}

/** Rows of the 推进情况表 by their label in 项目名称: 合计 and each group's 小计, with their amounts in 元. */
function summaryRows(ws: Worksheet, unit: ReportUnit): Map<string, { count: number; total: number; plan: number; ytd: number }> {
  const rows = new Map<string, { count: number; total: number; plan: number; ytd: number }>();
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    const label = String(row.getCell(2).value ?? '');
    const m = /^(?:合计（(\d+)个项目）|[一二三四五六七八九十]+、[^：]+：(.+)（(\d+)个）)$/.exec(label);
    if (!m) return;
    const amount = (c: number) => yuanFromUnit(row.getCell(c).value as number, unit);
    rows.set(m[2] ?? '合计', { count: Number(m[1] ?? m[3]), total: amount(6), plan: amount(7), ytd: amount(8) });
  });
  return rows;
}

function expectTotalsEqualRollup(ws: Worksheet, unit: ReportUnit, rollup: RollupTable): void {
  const rows = summaryRows(ws, unit);
  const pick = (r: RollupTable['total']) => ({ count: r.count, total: r.totalInvestment, plan: r.annualPlan, ytd: r.completedYtd });
  expect(rows.get('合计')).toEqual(pick(rollup.total));
  expect(rows.size).toBe(rollup.rows.length + 1);
  for (const r of rollup.rows) expect(rows.get(r.key), r.key).toEqual(pick(r));
}

const SUMMARY_DIMENSIONS = ['chain', 'area', 'stage', 'level', 'year', 'size'] as const;

/** Each sheet of the 投资汇总表, read back, against rollups.by for its dimension: count and amounts in 元. */
async function expectSummaryEqualsRollups(ledger: Ledger, month: string, unit: ReportUnit): Promise<void> {
  const { sheets } = await exportSheet(ledger, { report: 'summary', month, unit });
  expect(sheets.map((s) => s.name)).toEqual(['按产业链', '按区域', '按阶段', '按级别', '按签约年份', '按投资规模']);
  for (const [i, by] of SUMMARY_DIMENSIONS.entries()) {
    const rollup = await ledger.send('rollups.by', { by, month });
    const got = new Map<string, number[]>();
    sheets[i]!.eachRow((row, n) => {
      if (n <= 3 || typeof row.getCell(3).value !== 'number') return;
      const amount = (c: number) => yuanFromUnit(row.getCell(c).value as number, unit);
      got.set(String(row.getCell(2).value), [row.getCell(3).value as number, amount(4), amount(6), amount(7)]);
    });
    const want = new Map([...rollup.rows, rollup.total].map((r) => [r.key, [r.count, r.totalInvestment, r.annualPlan, r.completedYtd]]));
    expect(got, by).toEqual(want);
  }
}

describe('重大项目推进情况表 on the sample register', () => {
  let ledger: Ledger;
  beforeAll(async () => { ledger = await openTemp({ seed: true }); });
  afterAll(() => ledger.close());

  it('has the layout leaders receive: merged title, heading line, header, A3 landscape one page wide, repeated header, frozen panes, autofilter, fonts', async () => {
    const { fileName, sheets } = await exportSheet(ledger, { report: 'progress', month: '2026-11' });
    expect(fileName).toBe('区投资促进局_重大项目推进情况表_2026年1-11月.xlsx');
    const ws = sheets[0]!;
    expect(text(ws, 1, 1)).toBe('2026年重大项目推进情况表（1-11月）');
    expect(ws.getCell(1, 15).master.address).toBe('A1');
    expect(ws.getCell(1, 1).font.name).toBe('黑体');
    // 填报单位 on the left, 截至日期 in the middle, 单位 at the right edge, each over a third of the width.
    const heading = [1, 6, ws.columnCount].map((c) => text(ws, 2, c)).join('|');
    expect(heading).toBe('填报单位：区投资促进局|截至日期：2026年11月22日|单位：万元');
    const header = Array.from({ length: ws.columnCount }, (_, i) => text(ws, 3, i + 1));
    expect(header).toEqual(['序号', '项目名称', '建设单位', '产业链', '区域', '总投资', '年度计划投资', '1-11月完成投资', '累计完成投资（开工以来）', '完成率', '当前节点', '下一节点及计划时间', '形象进度', '存在问题', '责任单位', '责任领导', '项目编号']);
    expect(ws.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getCell(5, 2).font.name).toBe('宋体');

    // Projects are rows with numbers stored as numbers, formatted in 万元 with two decimals.
    const weilan = ws.getRows(4, ws.rowCount - 3)!.find((r) => String(r.getCell(2).value).includes('卫蓝'))!;
    expect(weilan.getCell(6).value).toBe(1_390_000); // 139亿元
    expect(weilan.getCell(6).numFmt).toBe('#,##0.00');
    // The sample does not state 累计完成投资 (开工以来): it reads 未填, not this year's 1–N月.
    expect(weilan.getCell(9).value).toBe('未填');
    expect(typeof weilan.getCell(10).value).toBe('number');
    expect(weilan.getCell(10).numFmt).toBe('0.0%');
    // The current node carries the project's light as its fill.
    expect(weilan.getCell(11).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    // Its 项目编号, as text at the right edge, is what an import of the report matches on.
    const code = (await ledger.send('projects.list', {})).find((p) => p.name.includes('卫蓝'))!.code;
    expect(weilan.getCell(ws.columnCount).value).toBe(code);
  });

  it('subtotals and the total equal the rollup service to the 元, in 万元 by 产业链 and in 亿元 by 区域', async () => {
    const byChain = await exportSheet(ledger, { report: 'progress', month: '2026-11' });
    expectTotalsEqualRollup(byChain.sheets[0]!, '万元', await ledger.send('rollups.by', { by: 'chain', month: '2026-11' }));
    const byArea = await exportSheet(ledger, { report: 'progress', month: '2026-06', unit: '亿元', by: 'area' });
    expect(text(byArea.sheets[0]!, 2, byArea.sheets[0]!.columnCount)).toBe('单位：亿元');
    expectTotalsEqualRollup(byArea.sheets[0]!, '亿元', await ledger.send('rollups.by', { by: 'area', month: '2026-06' }));
  });

  it('a filter narrows the report to the same slice the rollup gives', async () => {
    const { sheets } = await exportSheet(ledger, { report: 'progress', month: '2026-11', by: 'area', filter: { chain: '新能源' } });
    expectTotalsEqualRollup(sheets[0]!, '万元', await ledger.send('rollups.by', { by: 'area', month: '2026-11', filter: { chain: '新能源' } }));
  });
});

describe('formula-like text', () => {
  it('a project named =HYPERLINK(...) comes out as that literal text in every report, never a formula', async () => {
    const ledger = await openTemp({ seed: true });
    try {
      const name = '=HYPERLINK("http://x","y")';
      // Closed before the project is added: the 比上月变化表 lists it as 新入库.
      await ledger.send('months.close', { month: '2026-10' });
      await ledger.send('projects.create', { code: 'X-001', name, company: '+cmd|/c calc', chain: '新能源', progressNote: '＝1+1', totalInvestment: 100_000_000 });
      for (const report of ['progress', 'nodes', 'summary', 'gantt', 'changes'] as const) {
        const { sheets } = await exportSheet(ledger, { report, month: '2026-11' });
        const found: string[] = [];
        for (const ws of sheets) {
          ws.eachRow((row) => row.eachCell((cell) => {
            expect(cell.formula, `${report} ${cell.address}`).toBeUndefined();
            if (typeof cell.value === 'string' && /HYPERLINK|cmd\||^＝1/.test(cell.value)) found.push(cell.value);
          }));
        }
        if (report === 'progress') expect(found.sort()).toEqual(['+cmd|/c calc', name, '＝1+1'].sort());
        if (report === 'gantt' || report === 'changes') expect(found).toEqual([name]);
      }
    } finally {
      await ledger.close();
    }
  });
});

describe('generated register of 3000 projects', () => {
  it('the 推进情况表 subtotals and the 投资汇总表 equal the rollups to the 元 by every grouping', async () => {
    const ledger = await openTemp();
    try {
      await ledger.send('data.generate', { projects: 3000, seed: 11 });
      for (const by of ['chain', 'area', 'stage', 'level'] as const) {
        const { sheets } = await exportSheet(ledger, { report: 'progress', month: '2026-10', by });
        expectTotalsEqualRollup(sheets[0]!, '万元', await ledger.send('rollups.by', { by, month: '2026-10' }));
      }
      await expectSummaryEqualsRollups(ledger, '2026-10', '万元');
    } finally {
      await ledger.close();
    }
  }, 120_000);
});

describe('the other reports on the sample register', () => {
  let ledger: Ledger;
  beforeAll(async () => { ledger = await openTemp({ seed: true }); });
  afterAll(() => ledger.close());

  it('every sheet of every report prints on A3 landscape one page wide with its header repeated, frozen and filtered', async () => {
    for (const report of ['progress', 'nodes', 'summary', 'gantt', 'changes'] as const) {
      const { sheets } = await exportSheet(ledger, { report, month: '2026-11' });
      for (const ws of sheets) {
        const where = `${report}/${ws.name}`;
        expect(ws.pageSetup, where).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
        expect(ws.views[0], where).toMatchObject({ state: 'frozen', ySplit: 3 });
        expect(ws.autoFilter, where).toBeTruthy();
        expect(ws.getCell(1, ws.columnCount).master.address, where).toBe('A1');
        expect(text(ws, 2, 1), where).toBe('填报单位：区投资促进局');
      }
    }
  });

  it('投资汇总表: a sheet per dimension whose rows and 合计 equal the rollup service to the 元', async () => {
    await expectSummaryEqualsRollups(ledger, '2026-09', '亿元');
  });

  it('项目节点计划表: a row per node with dates as dates and the light as the 状态 fill', async () => {
    const { sheets } = await exportSheet(ledger, { report: 'nodes', month: '2026-11' });
    const ws = sheets[0]!;
    const nodeRows = ws.getRows(4, ws.rowCount - 3)!.filter((r) => typeof r.getCell(1).value === 'number');
    const total = ((await rowOf(ledger, 'SELECT count(*) AS n FROM nodes JOIN projects p ON p.id = project_id WHERE p.archived = 0')) as { n: number }).n;
    expect(nodeRows.length).toBe(total);
    const late = nodeRows.find((r) => String(r.getCell(12).value).startsWith('逾期'))!;
    expect(late.getCell(8).value).toBeInstanceOf(Date);
    expect(late.getCell(12).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    const done = nodeRows.find((r) => r.getCell(12).value === '完成')!;
    expect(done.getCell(12).fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
  });

  it('挂图作战图: month columns of the year, node spans filled, today’s month marked', async () => {
    const { sheets } = await exportSheet(ledger, { report: 'gantt', month: '2026-11' });
    const ws = sheets[0]!;
    const months = Array.from({ length: 12 }, (_, i) => text(ws, 3, 7 + i));
    expect(months[0]).toBe('1月');
    expect(months[10]).toBe('11月\n▼本月');
    expect(ws.getCell(3, 17).fill).toMatchObject({ fgColor: { argb: 'FFC00000' } });
    expect(ws.getCell(10, 17).border.left).toMatchObject({ style: 'medium' });
    let filled = 0;
    let milestones = 0;
    ws.eachRow((row, n) => {
      if (n <= 3) return;
      for (let c = 7; c <= 18; c++) {
        if (row.getCell(c).fill?.type === 'pattern') filled++;
        if (String(row.getCell(c).value ?? '').includes('◆')) milestones++;
      }
    });
    expect(filled).toBeGreaterThan(100);
    expect(milestones).toBeGreaterThan(10);
  });
});
