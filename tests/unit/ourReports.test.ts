/** Group, 小计 and 合计 lines of our reports as rows to skip, and our non-list reports known by mark or by title and columns. */
import { describe, expect, it } from 'vitest';
import { classifyRow, readTableLayout, type Grid } from '../../shared/import/table';
import { recogniseReport } from '../../shared/import/ourReports';
import { reportIdFromMarker, reportMarker } from '../../shared/reports/reportMarker';

describe('group rows', () => {
  it.each([
    [[null, '一、产业链：新能源（11个）', null, null, null, 1_200_000], 'subtotal'],
    [[null, '十二、区域：临平街道（3个）'], 'subtotal'],
    // After a WPS/LibreOffice re-save, or typed by hand: half-width brackets and colon.
    [[null, '二、阶段:在建(7个)'], 'subtotal'],
    [[null, '（三）新能源产业小计'], 'subtotal'],
    // The node plan's merged headings repeat over every cell of the row.
    [[null, '一、产业链：新能源（11个项目，节点99个，逾期2个，预警0个，已完成72个）', '一、产业链：新能源（11个项目，节点99个，逾期2个，预警0个，已完成72个）'], 'subtotal'],
    [[null, '合计：63个项目，节点567个，逾期16个'], 'total'],
    [[null, '合计（63个项目）', null, 100], 'total'],
  ] as const)('%j is a %s row', (cells, kind) => {
    expect(classifyRow([...cells])).toBe(kind);
  });

  it.each([
    [[3, '一期年产10万吨锂电材料项目', '某某新能源有限公司']],
    [[4, '二、三期扩建项目', '某某公司', 5000]],
    [[5, '年产（3个）型号电机项目', '某某公司']],
    [[6, '合计宝智能制造基地', '合计宝科技有限公司']],
  ] as const)('a project named like a heading stays a project: %j', (cells) => {
    expect(classifyRow([...cells])).toBe('data');
  });
});

function layout(title: string, header: string[]): NonNullable<ReturnType<typeof readTableLayout>> {
  const grid: Grid = [[title], ['填报单位：区投资促进局'], header, header.map(() => null)];
  return readTableLayout(grid)!;
}

const NODE_HEADER = ['序号', '项目名称', '产业链', '区域', '节点', '里程碑', '计划开始', '计划完成', '状态', '项目编号'];
const PROGRESS_HEADER = ['序号', '项目名称', '建设单位', '总投资', '年度计划投资', '形象进度', '项目编号'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

describe('our reports recognised', () => {
  it('by the mark in the document properties, even without the title row', () => {
    expect(recogniseReport(layout('', NODE_HEADER), reportMarker('nodes'))).toBe('nodes');
    expect(recogniseReport(layout('', ['序号', '项目名称', '区域', '总投资', ...MONTHS]), reportMarker('gantt'))).toBe('gantt');
  });

  it('by the title line and the columns after a re-save lost the mark', () => {
    expect(recogniseReport(layout('2026年重大项目节点计划表', NODE_HEADER), '')).toBe('nodes');
    expect(recogniseReport(layout('2026年重大项目投资汇总表（按产业链，1-11月）', ['序号', '产业链', '项目数（个）', '总投资', '占总投资比重']), '')).toBe('summary');
    expect(recogniseReport(layout('2026年重大项目推进情况表（1-11月）', PROGRESS_HEADER), '')).toBe('progress');
  });

  it('not by a title or a mark alone: a project list under either stays a project list', () => {
    expect(recogniseReport(layout('项目节点计划表调整后的项目清单', PROGRESS_HEADER), '')).toBeUndefined();
    expect(recogniseReport(layout('', PROGRESS_HEADER), reportMarker('nodes'))).toBeUndefined();
    expect(recogniseReport(layout('某街道项目清单', NODE_HEADER), '')).toBeUndefined();
  });

  it('reads the mark as written and as LibreOffice rewrites it', () => {
    expect(reportIdFromMarker(reportMarker('summary'))).toBe('summary');
    expect(reportIdFromMarker('重大项目台账报表 progress')).toBe('progress');
    expect(reportIdFromMarker('重大项目, 台账')).toBeUndefined();
  });
});
