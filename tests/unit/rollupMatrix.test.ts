import { describe, expect, it } from 'vitest';
import { rollupBy, rollupBySigningDate, type RollupProject } from '../../shared/domain/rollup';
import { rollupMatrix } from '../../shared/domain/rollupMatrix';
import { cellSlice, inSlice, registerHref, sliceValue } from '../../shared/domain/rollupSlice';
import { inQuarter, previousQuarter, quarterLabel, quarterOf, quarterRange } from '../../shared/domain/rollupQuarters';

function p(fields: Partial<RollupProject> = {}): RollupProject {
  return { chain: '新能源', area: '湖州科技城', stage: '在建', level: '市重点', signedOn: '2023-01-01', totalInvestment: 0, annualPlan: 0, completedYtd: 0, ...fields };
}

const projects = [
  p({ chain: '新能源', area: '湖州科技城', stage: '在建', totalInvestment: 13_900_000_000, annualPlan: 2_000_000_000, completedYtd: 1_500_000_000 }),
  p({ chain: '新能源', area: '织里镇', stage: '已签约', totalInvestment: 1_234_567_891, annualPlan: 10, completedYtd: 3 }),
  p({ chain: '半导体及光电', area: '湖州科技城', stage: '在建', totalInvestment: 9_485_000_000, signedOn: '2022-11-22' }),
  p({ chain: '半导体及光电', area: '西塞科学谷', stage: '在谈', totalInvestment: 250_000_001, signedOn: null }),
  p({ chain: '', area: '织里镇', stage: '在建', totalInvestment: 7 }),
];

describe('rollupMatrix: 产业链 × 区域', () => {
  const m = rollupMatrix(projects, 'chain', 'area');

  it('puts each project in exactly one cell, with exact sums', () => {
    expect(m.cells['新能源']!['湖州科技城']).toMatchObject({ count: 1, totalInvestment: 13_900_000_000, completionRate: 0.75 });
    expect(m.cells['新能源']!['织里镇']).toMatchObject({ count: 1, totalInvestment: 1_234_567_891, annualPlan: 10, completedYtd: 3 });
    expect(m.cells['半导体及光电']!['湖州科技城']!.totalInvestment).toBe(9_485_000_000);
    expect(m.cells['未填']!['织里镇']!.totalInvestment).toBe(7);
    expect(m.cells['新能源']!['西塞科学谷']).toBeUndefined();
  });

  it('has row totals and column totals that equal the one-way rollups and each other', () => {
    expect(m.rows).toEqual(rollupBy(projects, 'chain'));
    expect(m.columns).toEqual(rollupBy(projects, 'area'));
    for (const row of m.rows.rows) {
      const cells = Object.values(m.cells[row.key]!);
      expect(cells.reduce((s, c) => s + c.totalInvestment, 0)).toBe(row.totalInvestment);
      expect(cells.reduce((s, c) => s + c.count, 0)).toBe(row.count);
    }
    for (const column of m.columns.rows) {
      const cells = Object.values(m.cells).map((byColumn) => byColumn[column.key]).filter((c) => c !== undefined);
      expect(cells.reduce((s, c) => s + c.totalInvestment, 0)).toBe(column.totalInvestment);
    }
    expect(m.rows.total.totalInvestment).toBe(24_869_567_899);
  });

  it('gives each cell its share of the grand 总投资', () => {
    expect(m.cells['新能源']!['湖州科技城']!.share).toBeCloseTo(13_900_000_000 / 24_869_567_899, 12);
  });
});

describe('slices and the register link', () => {
  it('narrows the view filter by a cell\'s keys', () => {
    const slice = cellSlice({ year: '2023' }, ['chain', '新能源'], ['size', '≥100亿']);
    expect(slice).toEqual({ year: '2023', chain: '新能源', size: '≥100亿' });
    expect(registerHref(slice)).toBe(`#/register?chain=${encodeURIComponent('新能源')}&year=2023&size=${encodeURIComponent('≥100亿')}`);
    expect(registerHref({})).toBe('#/register');
  });

  it('turns row keys into the values the register reads', () => {
    expect(sliceValue('year', '2023年')).toBe('2023');
    expect(sliceValue('year', '未签约')).toBe('未签约');
    expect(sliceValue('chain', '未填')).toBe('未填');
    expect(sliceValue('size', '3–10亿')).toBe('3–10亿');
  });

  it('selects exactly the projects of a cell', () => {
    const m = rollupMatrix(projects, 'chain', 'year');
    for (const row of m.rows.rows) {
      for (const [column, cell] of Object.entries(m.cells[row.key]!)) {
        const inCell = projects.filter((x) => inSlice(x, cellSlice({}, ['chain', row.key], ['year', column])));
        expect(inCell.length).toBe(cell.count);
        expect(inCell.reduce((s, x) => s + (x.totalInvestment ?? 0), 0)).toBe(cell.totalInvestment);
      }
    }
    expect(projects.filter((x) => inSlice(x, { date: '2022-11-22' }))).toHaveLength(1);
    expect(projects.filter((x) => inSlice(x, { year: '未签约' }))).toHaveLength(1);
    // "未填" in a link means the empty field, as the rollup row of that name counts it.
    expect(projects.filter((x) => inSlice(x, { chain: '未填' }))).toEqual([projects[4]]);
    expect(projects.filter((x) => inSlice(x, { size: '≥100亿' }))).toHaveLength(1);
  });
});

describe('rollupBySigningDate', () => {
  it('makes one row per signing day, oldest first, 未签约 last', () => {
    const t = rollupBySigningDate(projects);
    expect(t.rows.map((r) => [r.key, r.count])).toEqual([['2022-11-22', 1], ['2023-01-01', 3], ['未签约', 1]]);
    expect(t.total.totalInvestment).toBe(24_869_567_899);
  });
});

describe('quarters', () => {
  it('names, bounds and steps back quarters', () => {
    expect(quarterOf('2026-11-22')).toBe('2026-Q4');
    expect(quarterOf('2026-03')).toBe('2026-Q1');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(quarterRange('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30', lastMonth: '2026-06' });
    expect(quarterRange('2024-Q4').to).toBe('2024-12-31');
    expect(quarterLabel('2026-Q3')).toBe('2026年第三季度');
    expect(inQuarter('2026-07-01', '2026-Q3')).toBe(true);
    expect(inQuarter('2026-06-30', '2026-Q3')).toBe(false);
    expect(inQuarter(null, '2026-Q3')).toBe(false);
    expect(() => quarterRange('2026-Q5')).toThrow(RangeError);
  });
});
