/** 月结's pure rules: a schedule as of a past day, a month's 截至日期, and 比上月 across a year end and a deleted 卡点. */
import { describe, expect, it } from 'vitest';
import { asOfDate, lastDayOfMonth, nodesAsOf, type ProjectSnapshot } from '../../shared/domain/monthEnd';
import { compareMonths, type MonthSide } from '../../shared/domain/monthChanges';
import type { ProjectRow } from '../../shared/domain/types';

describe('as of a past day', () => {
  it('takes the month end once the month is over, today while it runs', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(asOfDate('2026-10', '2026-11-03')).toBe('2026-10-31');
    expect(asOfDate('2026-11', '2026-11-03')).toBe('2026-11-03');
  });

  it('treats a start or finish after the day as not yet happened', () => {
    const nodes = [
      { actualStart: '2026-09-01', actualEnd: '2026-10-20', percent: 100 },
      { actualStart: '2026-10-25', actualEnd: '2026-11-05', percent: 100 },
      { actualStart: '2026-11-02', actualEnd: null, percent: 30 },
    ];
    expect(nodesAsOf(nodes, '2026-10-31')).toEqual([
      nodes[0],
      { actualStart: '2026-10-25', actualEnd: null, percent: 99 },
      { actualStart: null, actualEnd: null, percent: 0 },
    ]);
  });
});

function row(id: number, patch: Partial<ProjectRow>): ProjectRow {
  return {
    id, code: `P-${id}`, name: `项目${id}`, nationalCode: null, company: '', chain: '新能源', area: '织里镇', level: '', kind: '', source: '',
    stageOverride: null, stage: '在建', totalInvestment: null, annualPlan: null, cumulativeCompleted: null, signedOn: null, plannedStart: null,
    plannedCompletion: null, landMu: null, capacity: '', expectedOutput: null, leader: '', ownerUnit: '', contact: '', progressNote: '', problems: '',
    tags: [], archived: false, version: 1, createdAt: '', updatedAt: '', completedYtd: 0, currentNode: null, nextNode: null,
    light: { color: 'green', label: '正常', reason: '按计划推进', labelEn: 'On track', reasonEn: 'on schedule' },
    ...patch,
  };
}

const snap = (r: ProjectRow, openProblems: ProjectSnapshot['openProblems'] = []): ProjectSnapshot => ({ row: r, nodes: [], openProblems });
const side = (month: string, takenAt: string, projects: ProjectSnapshot[]): MonthSide => ({ month, asOf: lastDayOfMonth(month), takenAt, projects });

describe('比上月', () => {
  it('across a year end counts this year’s 1–N月 as added; a project gone is listed; a deleted 卡点 reads as solved', () => {
    const problem = { id: 7, nodeId: null, text: '用地未落实', department: '', promisedOn: null };
    const december = side('2025-12', '2026-01-03T02:00:00.000Z', [snap(row(1, { completedYtd: 9_000_0000 }), [problem]), snap(row(2, { stage: '在谈' }))]);
    const january = side('2026-01', '2026-02-02T02:00:00.000Z', [snap(row(1, { completedYtd: 500_0000, stage: '已投产' }))]);
    const c = compareMonths(january, december, [], true);
    expect(c.investmentTotal).toEqual({ key: '合计', count: 1, previous: null, current: 500_0000, added: 500_0000 });
    expect(c.removedProjects.map((p) => p.code)).toEqual(['P-2']);
    // 在建 → 已投产 passes 竣工 and 投产; it was started before.
    expect(c.milestones.completed.map((p) => p.code)).toEqual(['P-1']);
    expect(c.milestones.producing.map((p) => p.code)).toEqual(['P-1']);
    expect(c.milestones.started).toEqual([]);
    expect(c.solvedProblems).toMatchObject([{ id: 7, text: '用地未落实', resolution: '（已删除）', open: false }]);
  });

  it('with no earlier closing says so and lists nothing', () => {
    const c = compareMonths(side('2026-10', '2026-11-02T00:00:00.000Z', [snap(row(1, {}))]), null, [], true);
    expect(c.previous).toBeNull();
    expect(c.newProjects).toEqual([]);
  });

  it('a 卡点 recorded and solved between the closings is both new and solved; one recorded before is not new', () => {
    const before = side('2026-10', '2026-11-02T00:00:00.000Z', [snap(row(1, {}))]);
    const after = side('2026-11', '2026-12-02T00:00:00.000Z', [snap(row(1, {}))]);
    const record = (id: number, createdAt: string) => ({ id, projectId: 1, text: `卡点${id}`, department: '', promisedOn: null, resolvedOn: '2026-11-20', resolution: '已协调', createdAt });
    const c = compareMonths(after, before, [record(1, '2026-11-10T00:00:00.000Z'), record(2, '2026-10-10T00:00:00.000Z')], true);
    expect(c.newProblems.map((p) => [p.id, p.open])).toEqual([[1, false]]);
    expect(c.solvedProblems.map((p) => p.id)).toEqual([1]);
  });
});
