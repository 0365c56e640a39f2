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
    expect(parseImportDate('—')).toEqual({ ok: true, date: null, precision: 'day' });
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

describe('the sign-off block under a government table', () => {
  const headers = ['序号', '项目名称', '建设单位', '总投资', '形象进度'];
  const grid: Grid = [
    headers,
    [1, '甲项目', '甲公司', 10, '主体施工，注：雨季停工两周；联系电话见附件'],
    [2, '联系电话交换中心（二期）', '乙公司', 5, '设备安装'],
    [null, null, null, null, null],
    ['填表人：张三', null, '审核人：李四', null, '联系电话：0572-2345678'],
    [null, '填报日期：2026年11月20日', null, null, null],
    ['制表：区发改局', null, null, null, null],
    ['制表人', '王五', '联系电话', '0572-1234567', null],
    ['注：总投资以备案为准。', null, null, null, null],
    ['说明：本表每月 5 日前报送。', null, null, null, null],
  ];

  it('skips 填表人, 审核人, 制表, 联系电话, 填报日期 rows as notes, wherever the first filled cell is', () => {
    const layout = readTableLayout(grid)!;
    expect(layout.rows.map((r) => [r.line, r.kind])).toEqual([
      [2, 'data'], [3, 'data'], [4, 'blank'], [5, 'note'], [6, 'note'], [7, 'note'], [8, 'note'], [9, 'note'], [10, 'note'],
    ]);
  });

  it('looks only at the leading cell: 注： or 联系电话 further along the row leaves a project a project', () => {
    expect(classifyRow([1, '甲项目', '甲公司', 10, '注：雨季停工'])).toBe('data');
    expect(classifyRow(['联系电话交换中心', '乙公司', 5])).toBe('data');
    expect(classifyRow(['审核人：', '李四'])).toBe('note');
    expect(classifyRow(['填 表 人：张三'])).toBe('note');
  });
});

describe('amounts a person would read, imported with what was assumed said', () => {
  const headers = ['项目名称', '总投资（万元）'];
  const c = ctx(headers, [null, '万元']);

  it('imports 「109亿元（二期）」 exactly and names the remark it left out', () => {
    const row = readRow(4, ['甲', '109亿元（二期）'], c);
    expect(row.values.totalInvestment).toBe(10_900_000_000);
    expect(row.issues.map((i) => [i.level, i.message])).toEqual([['warning', '第4行「总投资（万元）」：「109亿元（二期）」按 1090000万元 导入，金额后的说明「（二期）」未导入']]);
  });

  it('imports 「1.08E+06」 under a 万元 header as 1080000 万元 and says it was scientific notation', () => {
    const row = readRow(5, ['乙', '1.08E+06'], c);
    expect(row.values.totalInvestment).toBe(10_800_000_000);
    expect(row.issues).toHaveLength(1);
    expect(row.issues[0]).toMatchObject({ level: 'warning', field: 'totalInvestment', column: '总投资（万元）' });
    expect(row.issues[0]!.message).toBe('第5行「总投资（万元）」：「1.08E+06」是科学计数法（Excel 列宽不足时的显示），按 1080000万元 导入；如原表数字更精确，请改为完整数字');
  });

  it.each(['百亿级', '待定', 'USD 5000万'])('leaves 「%s」 unknown with a warning', (text) => {
    const row = readRow(6, ['丙', text], c);
    expect(row.values).not.toHaveProperty('totalInvestment');
    expect(row.issues).toEqual([expect.objectContaining({ level: 'warning', message: `第6行「总投资（万元）」：「${text}」不是确切金额，未导入此值（请填写如 139亿、5000万元）` })]);
  });
});

describe('control characters in text cells', () => {
  const headers = ['项目编号', '项目名称', '建设单位', '形象进度'];
  const c = ctx(headers);

  it('takes NUL, other controls and zero-width marks out of codes and names, with a warning naming row and column', () => {
    const row = readRow(3, ['GX-001\u0000', '储能\u200b电池\u0007项目', '甲公司\ufeff', '一期完成\n二期施工'], c);
    expect(row.values).toMatchObject({ code: 'GX-001', name: '储能电池项目', company: '甲公司', progressNote: '一期完成\n二期施工' });
    expect(row.issues.map((i) => i.message)).toEqual([
      '第3行「项目编号」：删除了 1 个不可见的控制字符',
      '第3行「项目名称」：删除了 2 个不可见的控制字符',
      '第3行「建设单位」：删除了 1 个不可见的控制字符',
    ]);
  });

  it('keeps line breaks in text but not inside a code', () => {
    const row = readRow(4, ['GX-\n002', '甲', '乙', '第一行\r\n第二行'], c);
    expect(row.values).toMatchObject({ code: 'GX-002', progressNote: '第一行\r\n第二行' });
    expect(row.issues.map((i) => i.field)).toEqual(['code']);
  });
});
