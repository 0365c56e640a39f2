/** The Gantt's arithmetic: calendar periods for the header, rows grouped like the register, and the bars of one screen. */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../shared/domain/dates';
import type { LightColor, ProjectRow, ScheduleNodeWithLight } from '../../shared/domain/types';
import { labelPlacement, periodLabel, periodsBetween, periodStart, chartRange, nearestZoom, PX_PER_DAY, tiersFor } from '../../renderer/src/gantt/timeScale';
import { buildGanttRows, nodesByProject } from '../../renderer/src/gantt/ganttRows';
import { barItems, nodeDays } from '../../renderer/src/gantt/barItems';
import { ROW_H } from '../../renderer/src/gantt/geometry';

const day = toDayNumber;

describe('time scale', () => {
  it('starts weeks on Monday, quarters in January/April/July/October, plans in 2021, 2026…', () => {
    expect(fromDayNumber(periodStart('week', day('2026-11-22')))).toBe('2026-11-16'); // a Sunday → its Monday
    expect(fromDayNumber(periodStart('week', day('2026-11-16')))).toBe('2026-11-16');
    expect(fromDayNumber(periodStart('quarter', day('2026-11-22')))).toBe('2026-10-01');
    expect(fromDayNumber(periodStart('month', day('2024-02-29')))).toBe('2024-02-01');
    expect(fromDayNumber(periodStart('plan', day('2026-11-22')))).toBe('2026-01-01');
    expect(fromDayNumber(periodStart('plan', day('2025-12-31')))).toBe('2021-01-01');
  });

  it('lists the periods a window overlaps, each ending where the next begins', () => {
    const months = periodsBetween('month', day('2026-11-22'), day('2027-03-01'));
    expect(months.map((p) => p.date)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    for (let i = 1; i < months.length; i++) expect(months[i]!.start).toBe(months[i - 1]!.end);
    expect(months[3]!.end - months[3]!.start).toBe(28);
  });

  it('labels cells in Chinese: weeks by their Monday, quarters as 季度, five-year plans by name', () => {
    const [week] = periodsBetween('week', day('2026-11-22'), day('2026-11-23'));
    expect(periodLabel(week!, 'zh', true)).toBe('11/16');
    const [quarter] = periodsBetween('quarter', day('2026-11-22'), day('2026-11-23'));
    expect(periodLabel(quarter!, 'zh', true)).toBe('四季度');
    expect(periodLabel(quarter!, 'en', true)).toBe('Q4');
    const [month] = periodsBetween('month', day('2026-11-22'), day('2026-11-23'));
    expect(periodLabel(month!, 'zh', false)).toBe('2026年11月');
    const [plan] = periodsBetween('plan', day('2026-11-22'), day('2026-11-23'));
    expect(periodLabel(plan!, 'zh', false)).toBe('“十五五”（2026–2030）');
  });

  it('chooses header tiers for each zoom and finds the zoom nearest a fitted scale', () => {
    expect(tiersFor(PX_PER_DAY.week)).toEqual({ upper: 'month', lower: 'week' });
    expect(tiersFor(PX_PER_DAY.month)).toEqual({ upper: 'year', lower: 'month' });
    expect(tiersFor(PX_PER_DAY.quarter)).toEqual({ upper: 'year', lower: 'quarter' });
    expect(tiersFor(PX_PER_DAY.year)).toEqual({ upper: 'plan', lower: 'year' });
    expect(nearestZoom(2.5)).toBe('month');
    expect(nearestZoom(0.4)).toBe('year');
  });

  it('keeps header labels whole: moved into view at a cut edge, past today\'s tag, or hidden', () => {
    expect(labelPlacement(100, 90, 40)).toEqual({ offset: 0, visible: true });
    expect(labelPlacement(-30, 90, 40)).toEqual({ offset: 30, visible: true });
    expect(labelPlacement(-60, 90, 40)).toEqual({ offset: 60, visible: false });
    expect(labelPlacement(0, 300, 150, [200, 240])).toEqual({ offset: 0, visible: true });
    expect(labelPlacement(0, 300, 150, [60, 100])).toEqual({ offset: 104, visible: true });
    expect(labelPlacement(0, 200, 150, [60, 100])).toEqual({ offset: 104, visible: false });
  });

  it('spans whole years around every date and today', () => {
    const range = chartRange([day('2023-02-16'), day('2027-05-08')], day('2026-11-22'));
    expect([fromDayNumber(range.start), fromDayNumber(range.end)]).toEqual(['2023-01-01', '2028-01-01']);
    const onlyToday = chartRange([], day('2026-11-22'));
    expect([fromDayNumber(onlyToday.start), fromDayNumber(onlyToday.end)]).toEqual(['2026-01-01', '2027-01-01']);
  });
});

describe('Gantt group headings with unknown 总投资', () => {
  it('sum the known 总投资, count the unknown apart, and never show the unknown as 0', () => {
    const rows = buildGanttRows([
      project(1, { totalInvestment: 5 * 1e8 }), project(2, { totalInvestment: null }), project(3, { chain: '生物医药', totalInvestment: null }),
    ], { lights: null }, 'chain', new Set());
    const groups = rows.filter((r) => r.kind === 'group');
    expect(groups).toEqual([
      { kind: 'group', by: 'chain', key: '新能源', count: 2, totalInvestment: 5 * 1e8, totalUnknown: 1, collapsed: false },
      { kind: 'group', by: 'chain', key: '生物医药', count: 1, totalInvestment: 0, totalUnknown: 1, collapsed: false },
    ]);
  });
});

function project(id: number, fields: Partial<ProjectRow> = {}, light: LightColor = 'green'): ProjectRow {
  return {
    id, code: `P-${id}`, nationalCode: null, name: `项目${id}`, company: '', chain: '新能源', area: '湖州科技城', level: '市重点', kind: '', source: '',
    stageOverride: null, totalInvestment: 0, annualPlan: 0, cumulativeCompleted: null, signedOn: '2024-01-01', plannedStart: null, plannedCompletion: null, landMu: null,
    capacity: '', expectedOutput: null, leader: '', ownerUnit: '', contact: '', progressNote: '', problems: '', tags: [],
    stage: '在建', archived: false, version: 1, createdAt: '', updatedAt: '',
    light: { color: light, label: '', reason: '', labelEn: '', reasonEn: '' }, completedYtd: 0, currentNode: null, nextNode: null,
    ...fields,
  };
}

function node(id: number, projectId: number, fields: Partial<ScheduleNodeWithLight> = {}): ScheduleNodeWithLight {
  return {
    id, projectId, seq: id, name: `节点${id}`, milestone: false, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, percent: 0, note: '',
    light: { status: '未开始', color: 'grey' },
    ...fields,
  };
}

describe('rows', () => {
  const projects = [
    project(1, { chain: '新能源', totalInvestment: 13_900_000_000 }, 'red'),
    project(2, { chain: '半导体', totalInvestment: 9_485_000_000 }),
    project(3, { chain: '新能源', totalInvestment: 7_000_000_000 }, 'yellow'),
    project(4, { chain: '新能源', ownerUnit: '经信局', totalInvestment: 100 }),
  ];

  it('puts a heading with count and exact 总投资 before each group, largest group first', () => {
    const rows = buildGanttRows(projects, { lights: null }, 'chain', new Set());
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.key} ${r.count} ${r.totalInvestment}]` : r.p.id))).toEqual(
      ['[新能源 3 20900000100]', 1, 3, 4, '[半导体 1 9485000000]', 2],
    );
  });

  it('groups by 责任单位 with 未填 for projects without one, and folds a group to its heading', () => {
    const rows = buildGanttRows(projects, { lights: null }, 'ownerUnit', new Set(['未填']));
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.key} ${r.count}${r.collapsed ? ' folded' : ''}]` : r.p.id))).toEqual(['[未填 3 folded]', '[经信局 1]', 4]);
  });

  it('filters by the project light, like the register\'s red and yellow counts', () => {
    const rows = buildGanttRows(projects, { lights: ['red', 'yellow'] }, null, new Set());
    expect(rows.map((r) => r.kind === 'project' && r.p.id)).toEqual([1, 3]);
  });
});

describe('bars of one screen', () => {
  const today = day('2026-11-22');

  it('runs an unfinished node\'s fill to today and puts a milestone on its planned and actual end days', () => {
    const ongoing = node(1, 1, { plannedStart: '2026-10-01', plannedEnd: '2026-12-31', actualStart: '2026-10-10' });
    expect(nodeDays(ongoing, today)).toEqual({ planned: [day('2026-10-01'), day('2026-12-31') + 1], actual: [day('2026-10-10'), today + 1] });
    const milestone = node(2, 1, { milestone: true, plannedStart: '2026-12-01', plannedEnd: '2026-12-01', actualStart: '2026-11-20' });
    expect(nodeDays(milestone, today)).toEqual({ planned: [day('2026-12-01'), day('2026-12-01') + 1], actual: null });
    expect(nodeDays({ ...milestone, actualEnd: '2026-11-25' }, today).actual).toEqual([day('2026-11-25'), day('2026-11-25') + 1]);
    expect(nodeDays(ongoing, today, 7).planned).toEqual([day('2026-10-08'), day('2027-01-07') + 1]);
  });

  it('makes items only for the rows and days on screen, in screen pixels', () => {
    const many = Array.from({ length: 1000 }, (_, i) => project(i + 1));
    const all = nodesByProject(many.flatMap((p) => [
      node(p.id * 10, p.id, { plannedStart: '2026-11-01', plannedEnd: '2026-11-30' }),
      node(p.id * 10 + 1, p.id, { plannedStart: '2030-01-01', plannedEnd: '2030-02-01' }),
    ]));
    const rows = buildGanttRows(many, { lights: null }, null, new Set());
    const time = { start: day('2026-01-01'), end: day('2031-01-01'), pxPerDay: 3 };
    const viewport = { scrollTop: 500 * ROW_H, scrollLeft: (day('2026-11-01') - time.start) * 3, width: 600, height: 10 * ROW_H };
    const { bars } = barItems({ rows, nodesOf: (id) => all.get(id) ?? [], viewport, time, mode: 'both', today });
    // Eleven rows on screen (one part-shown), the 2030 nodes off to the right.
    expect(bars.length).toBe(11);
    expect(bars.map((b) => b.project.id)).toEqual(Array.from({ length: 11 }, (_, i) => 501 + i));
    expect(bars[0]).toMatchObject({ y: 0, planned: { x0: 0, x1: 30 * 3 }, actual: null });
    expect(barItems({ rows, nodesOf: (id) => all.get(id) ?? [], viewport, time, mode: 'actual', today }).bars).toEqual([]);
  });

  it('marks a row with nothing on screen at the edge of its nearest node, and only such a row', () => {
    const p1 = project(1);
    const p2 = project(2);
    const nodes = nodesByProject([
      node(1, 1, { name: '签约', plannedStart: '2024-01-01', plannedEnd: '2024-01-31' }),
      node(2, 1, { name: '开工', plannedStart: '2024-06-01', plannedEnd: '2024-06-30' }),
      node(3, 1, { name: '竣工', plannedStart: '2028-03-01', plannedEnd: '2028-03-31' }),
      node(4, 2, { name: '开工', plannedStart: '2026-11-01', plannedEnd: '2026-11-30' }),
      node(5, 2, { name: '竣工', plannedStart: '2028-01-01', plannedEnd: '2028-01-31' }),
    ]);
    const rows = buildGanttRows([p1, p2], { lights: null }, null, new Set());
    const time = { start: day('2024-01-01'), end: day('2029-01-01'), pxPerDay: 3 };
    const viewport = { scrollTop: 0, scrollLeft: (day('2026-10-01') - time.start) * 3, width: 600, height: 4 * ROW_H };
    const { edges } = barItems({ rows, nodesOf: (id) => nodes.get(id) ?? [], viewport, time, mode: 'both', today });
    expect(edges.map((e) => [e.y, e.side, e.node.name, fromDayNumber(e.day)])).toEqual([
      [0, 'left', '开工', '2024-06-30'],
      [0, 'right', '竣工', '2028-03-01'],
    ]);
  });
});
