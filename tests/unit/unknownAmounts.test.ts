/** Unknown amounts in the shared arithmetic and the import's header names. */
import { describe, expect, it } from 'vitest';
import { rollupBy, sumProjects, type RollupProject } from '../../shared/domain/rollup';
import { quarterFigures, type RankingProject } from '../../shared/domain/ranking';
import { unknownNote } from '../../shared/domain/unknownAmounts';
import { fieldForHeader, suggestMapping } from '../../shared/import/fields';

const YI = 100_000_000;

function p(chain: string, totalInvestment: number | null, annualPlan: number | null, completedYtd: number): RollupProject {
  return { chain, area: '', stage: '在建', level: '', signedOn: null, totalInvestment, annualPlan, completedYtd };
}

describe('rollups with unknown amounts', () => {
  const projects = [p('新能源', 10 * YI, 2 * YI, YI), p('新能源', null, null, YI), p('生物医药', null, 4 * YI, YI)];

  it('sums only stated amounts and counts the rest apart', () => {
    const { total, rows } = rollupBy(projects, 'chain');
    expect(total).toMatchObject({ count: 3, totalInvestment: 10 * YI, totalUnknown: 2, annualPlan: 6 * YI, planUnknown: 1, completedYtd: 3 * YI });
    expect(rows.find((r) => r.key === '新能源')).toMatchObject({ count: 2, totalInvestment: 10 * YI, totalUnknown: 1, planUnknown: 1 });
    expect(unknownNote(total)).toBe('其中 2 个项目总投资未填，1 个项目年度计划投资未填');
    expect(unknownNote(rows.find((r) => r.key === '生物医药')!)).toBe('其中 1 个项目总投资未填');
    expect(unknownNote({ totalUnknown: 0, planUnknown: 0 })).toBe('');
  });

  it('rates 1–N月 against the plans that are known, not inflated by projects without one', () => {
    // Known plans: 2亿 and 4亿 with 1亿 done each; the project without a plan is left out of the rate.
    expect(sumProjects(projects).completionRate).toBeCloseTo(2 / 6, 12);
    expect(sumProjects([p('x', null, null, YI)]).completionRate).toBeNull();
  });

  it('puts unknown 总投资 in its own size band', () => {
    const { rows } = rollupBy(projects, 'size');
    expect(rows.map((r) => [r.key, r.count])).toEqual([['10–50亿', 1], ['未填', 2]]);
  });

  it('晾晒: the 完成率 of a group uses known plans only and counts the rest', () => {
    const ranking: RankingProject[] = [
      { area: 'A', ownerUnit: '', signedOn: null, annualPlan: 2 * YI, startedOn: null, completedOn: null, nodes: [] },
      { area: 'A', ownerUnit: '', signedOn: null, annualPlan: null, startedOn: null, completedOn: null, nodes: [] },
    ];
    const f = quarterFigures(ranking, [YI, 5 * YI], '2026-Q4', '2026-11-22');
    expect(f).toMatchObject({ annualPlan: 2 * YI, planUnknown: 1, completedYtd: 6 * YI, completionRate: 0.5 });
  });
});

describe('累计完成投资 headers', () => {
  it('names the figure since the start, not this year\'s 1–N月', () => {
    for (const h of ['累计完成投资', '开工以来累计完成投资（万元）', '自开工累计完成投资', '累计完成', '至今累计完成投资']) {
      expect(fieldForHeader(h), h).toBe('cumulativeCompleted');
    }
    for (const h of ['本年累计完成投资', '1-10月累计完成', '1-N月完成投资', '2026年1-10月完成投资', '2026年累计完成投资']) {
      expect(fieldForHeader(h), h).toBe('completedYtd');
    }
  });

  it('maps a report with both columns to both fields', () => {
    expect(suggestMapping(['项目名称', '1-10月完成投资', '累计完成投资（开工以来）'])).toEqual(['name', 'completedYtd', 'cumulativeCompleted']);
  });
});
