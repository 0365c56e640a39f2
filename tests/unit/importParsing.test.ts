/** 导入的纯逻辑: header aliases, amounts and dates as these files write them, the government layout. */
import { describe, expect, it } from 'vitest';
import { fieldForHeader, suggestMapping } from '../../shared/import/fields';
import { excelSerialToIso, parseImportDate } from '../../shared/import/dates';
import { classifyRow, readTableLayout, type Grid } from '../../shared/import/table';
import { matchCodeValue, readRow, type RowReadContext } from '../../shared/import/readRow';
import type { CodeLists } from '../../shared/domain/types';
import { previousMonthInYear, ytdMonthOf } from '../../shared/import/ytd';

describe('header aliases', () => {
  it.each([
    ['项目名称', 'name'], ['项目', 'name'], ['建设单位', 'company'], ['项目业主', 'company'], ['投资主体', 'company'],
    ['总投资（万元）', 'totalInvestment'], ['总投资(亿元)', 'totalInvestment'], ['计划总投资', 'totalInvestment'], ['总 投 资', 'totalInvestment'],
    ['年度计划投资', 'annualPlan'], ['2026年计划投资', 'annualPlan'], ['1-10月完成投资', 'completedYtd'], ['1—9月完成投资（万元）', 'completedYtd'],
    ['所在地', 'area'], ['区域', 'area'], ['街道', 'area'], ['产业类别', 'chain'], ['产业链', 'chain'],
    ['责任单位', 'ownerUnit'], ['责任领导', 'leader'], ['形象进度', 'progressNote'], ['存在问题', 'problems'],
    ['开工时间', 'plannedStart'], ['竣工时间', 'plannedCompletion'], ['项目代码', 'nationalCode'], ['项目编号', 'code'],
    ['投资情况/总投资', 'totalInvestment'],
  ])('%s → %s', (header, field) => {
    expect(suggestMapping([header])[0]).toBe(field);
  });

  it('leaves unknown headers and 序号 unmapped, and maps a field to its first column only', () => {
    expect(fieldForHeader('序号')).toBeUndefined();
    expect(fieldForHeader('备注')).toBeUndefined();
    expect(suggestMapping(['项目名称', '项目', '建设单位'])).toEqual(['name', null, 'company']);
  });
});

describe('dates in the forms these files use', () => {
  it.each([
    ['2023-05-01', '2023-05-01'], ['2023/5/1', '2023-05-01'], ['2023.5.1', '2023-05-01'], ['2023.5', '2023-05-01'],
    ['2023年5月', '2023-05-01'], ['2023年5月1日', '2023-05-01'], ['20230501', '2023-05-01'], ['２０２３年５月', '2023-05-01'],
    ['2023-05-01 00:00:00', '2023-05-01'], ['45047', '2023-05-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseImportDate(text)).toMatchObject({ ok: true, date: iso });
  });

  it('reads Excel serial numbers with Excel’s 1899-12-30 epoch', () => {
    expect(excelSerialToIso(45047)).toBe('2023-05-01');
    expect(excelSerialToIso(36526)).toBe('2000-01-01');
    expect(parseImportDate(45658)).toMatchObject({ ok: true, date: '2025-01-01' });
  });

  it('refuses impossible days and says what is not a date', () => {
    expect(parseImportDate('2023-02-30')).toMatchObject({ ok: false, reason: 'invalid_day' });
    expect(parseImportDate('2023年13月')).toMatchObject({ ok: false, reason: 'invalid_day' });
    expect(parseImportDate('2024年底')).toMatchObject({ ok: false, reason: 'not_date' });
    expect(parseImportDate(12)).toMatchObject({ ok: false });
    expect(parseImportDate('—')).toEqual({ ok: true, date: null, monthOnly: false });
  });
});

const LISTS: CodeLists = { chain: ['新能源', '生物医药'], area: ['凤凰街道', '龙溪街道'], level: [], kind: [], source: [] };

function ctx(headers: string[], units: RowReadContext['units'] = headers.map(() => null)): RowReadContext {
  return { headers, units, mapping: suggestMapping(headers), codeLists: LISTS, acceptedCodes: new Set() };
}

describe('reading one row', () => {
  const headers = ['项目名称', '总投资（亿元）', '开工时间', '产业链', '区域'];
  const c = ctx(headers, [null, '亿元', null, null, null]);

  it('reads amounts by the header unit, exact to the 元, full-width digits included', () => {
    expect(readRow(2, ['甲', '约70亿元', '', '', ''], c).values.totalInvestment).toBe(7_000_000_000);
    expect(readRow(2, ['甲', '1,200万元', '', '', ''], c).values.totalInvestment).toBe(12_000_000);
    expect(readRow(2, ['甲', '1.2 亿', '', '', ''], c).values.totalInvestment).toBe(120_000_000);
    expect(readRow(2, ['甲', '１２．５', '', '', ''], c).values.totalInvestment).toBe(1_250_000_000);
    expect(readRow(2, ['甲', 94.85, '', '', ''], c).values.totalInvestment).toBe(9_485_000_000);
  });

  it.each(['百亿级', '—', ''])('gives a warning naming row and column for 「%s」, never a zero', (text) => {
    const row = readRow(7, ['乙', text, '', '', ''], c);
    expect(row.values).not.toHaveProperty('totalInvestment');
    expect(row.issues).toHaveLength(1);
    expect(row.issues[0]).toMatchObject({ level: 'warning', field: 'totalInvestment', column: '总投资（亿元）' });
    expect(row.issues[0]!.message).toMatch(/^第7行「总投资（亿元）」：/);
  });

  it('refuses a negative amount and an impossible date as errors', () => {
    expect(readRow(3, ['丙', '-5', '', '', ''], c).issues[0]).toMatchObject({ level: 'error', field: 'totalInvestment' });
    const bad = readRow(4, ['丙', '5', '2023-02-30', '', ''], c);
    expect(bad.issues[0]).toMatchObject({ level: 'error', field: 'plannedStart' });
    expect(bad.issues[0]!.message).toBe('第4行「开工时间」：「2023-02-30」不是有效日期');
  });

  it('matches code lists, offers unknown values as new entries, and accepts them once agreed', () => {
    expect(readRow(2, ['甲', '1', '', '新能源产业', '凤凰街道'], c).values).toMatchObject({ chain: '新能源', area: '凤凰街道' });
    const unknown = readRow(2, ['甲', '1', '', '低空经济', ''], c);
    expect(unknown.unknownCodes).toEqual([{ list: 'chain', value: '低空经济' }]);
    expect(unknown.issues[0]).toMatchObject({ level: 'error', field: 'chain' });
    const accepted = readRow(2, ['甲', '1', '', '低空经济', ''], { ...c, acceptedCodes: new Set(['chain:低空经济']) });
    expect(accepted.values.chain).toBe('低空经济');
    expect(accepted.issues).toEqual([]);
    expect(matchCodeValue(['凤凰街道', '龙溪街道'], '街道')).toBeUndefined();
  });

  it('refuses a row without a project name', () => {
    expect(readRow(9, ['', '1', '', '', ''], c).issues).toEqual([expect.objectContaining({ level: 'error', field: 'name', message: '第9行「项目名称」：项目名称为空' })]);
  });
});

describe('the government layout', () => {
  const grid: Grid = [
    ['2026年重大项目推进情况表', '2026年重大项目推进情况表', '2026年重大项目推进情况表', '2026年重大项目推进情况表'],
    ['填报单位：某街道', null, '单位：亿元', null],
    ['序号', '项目名称', '投资情况', '投资情况'],
    ['序号', '项目名称', '总投资', '年度计划投资'],
    [1, '甲项目', 10, 2],
    ['新能源小计', null, 10, 2],
    [2, '乙项目', 5, 1],
    ['合  计', '合  计', 15, 3],
    ['注：总投资以备案为准。', null, null, null],
    [null, null, null, null],
  ];

  it('finds the two-row header under the title and 填报单位 line, with the table unit', () => {
    const layout = readTableLayout(grid)!;
    expect(layout.headerLines).toEqual([3, 4]);
    expect(layout.headers).toEqual(['序号', '项目名称', '投资情况/总投资', '投资情况/年度计划投资']);
    expect(layout.tableUnit).toBe('亿元');
    expect(layout.preamble[0]).toBe('2026年重大项目推进情况表');
    expect(suggestMapping(layout.headers)).toEqual([null, 'name', 'totalInvestment', 'annualPlan']);
  });

  it('classifies 小计, 合计, 注： and blank rows so they are never imported as projects', () => {
    const kinds = readTableLayout(grid)!.rows.map((r) => [r.line, r.kind]);
    expect(kinds).toEqual([[5, 'data'], [6, 'subtotal'], [7, 'data'], [8, 'total'], [9, 'note'], [10, 'blank']]);
    expect(classifyRow(['总计', null])).toBe('total');
    expect(classifyRow(['其中：新能源', 5])).toBe('subtotal');
    expect(classifyRow([3, '合成生物项目'])).toBe('data');
  });

  it('finds no table in a sheet of single notes, and offers unknown headers for mapping by hand', () => {
    expect(readTableLayout([['请按模板填报'], ['谢谢']])).toBeUndefined();
    const unknown = readTableLayout([['某某表', '某某表'], ['名目', '业主', '金额'], ['甲', '乙', 1]])!;
    expect(unknown.headers).toEqual(['名目', '业主', '金额']);
    expect(suggestMapping(unknown.headers)).toEqual([null, null, null]);
  });
});

describe('1–N月完成投资', () => {
  it('names its month from the header, else the current month', () => {
    expect(ytdMonthOf('1-10月完成投资', '2026-11-22')).toBe('2026-10');
    expect(ytdMonthOf('投资情况/2025年1—12月完成投资（万元）', '2026-11-22')).toBe('2025-12');
    expect(ytdMonthOf('１－９月完成投资', '2026-11-22')).toBe('2026-09');
    expect(ytdMonthOf('累计完成投资', '2026-11-22')).toBe('2026-11');
    expect(previousMonthInYear('2026-10')).toBe('2026-09');
    expect(previousMonthInYear('2026-01')).toBeUndefined();
  });
});
