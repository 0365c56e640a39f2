/**
 * 首页 (领导驾驶舱): the month's headline figures, what happened this month and this year, the red
 * and yellow projects with their reasons, overdue 卡点, and who is responsible — computed from the
 * register rows, so every figure names the projects it counts (each a link into the register).
 */
import { sumProjects, type RollupRow } from './rollup';
import type { IsoDate, IsoMonth } from './dates';
import type { LightColor, ProjectRow, ScheduleNode } from './types';

/** The milestones a leader counts: 新签约, 新开工, 新竣工, 新投产. */
export const HOME_EVENTS = ['签约', '开工', '竣工', '投产'] as const;
export type HomeEvent = (typeof HOME_EVENTS)[number];

export interface EventCount {
  event: HomeEvent;
  month: number[];
  year: number[];
}

export interface LitProject {
  id: number;
  name: string;
  color: LightColor;
  reason: string;
  reasonEn: string;
  leader: string;
  ownerUnit: string;
  totalInvestment: number | null;
}

export interface OverdueProblem {
  id: number;
  projectId: number;
  projectName: string;
  nodeName: string | null;
  text: string;
  department: string;
  promisedOn: IsoDate;
  daysLate: number;
}

export interface Responsible {
  name: string;
  ids: number[];
  red: number[];
  yellow: number[];
  totalInvestment: number;
  totalUnknown: number;
}

export interface HomeSummary {
  today: IsoDate;
  month: IsoMonth;
  /** Every project in the register (not archived), with 总投资, 年度计划 and 1–N月 of the month. */
  headline: RollupRow;
  ids: number[];
  events: EventCount[];
  red: LitProject[];
  yellow: LitProject[];
  overdueProblems: OverdueProblem[];
  watched: LitProject[];
  byLeader: Responsible[];
  byUnit: Responsible[];
}

/** Projects whose milestone was done (actual end) in the month, and in the year up to the month's end. */
export function eventCounts(rows: readonly ProjectRow[], nodes: ReadonlyMap<number, readonly ScheduleNode[]>, month: IsoMonth): EventCount[] {
  const year = month.slice(0, 4);
  return HOME_EVENTS.map((event) => {
    const inMonth: number[] = [];
    const inYear: number[] = [];
    for (const row of rows) {
      const done = (nodes.get(row.id) ?? []).find((n) => n.name === event)?.actualEnd;
      if (!done || done.slice(0, 7) > month) continue;
      if (done.slice(0, 7) === month) inMonth.push(row.id);
      if (done.slice(0, 4) === year) inYear.push(row.id);
    }
    return { event, month: inMonth, year: inYear };
  });
}

export function litProject(row: ProjectRow): LitProject {
  return {
    id: row.id, name: row.name, color: row.light.color, reason: row.light.reason, reasonEn: row.light.reasonEn,
    leader: row.leader, ownerUnit: row.ownerUnit, totalInvestment: row.totalInvestment,
  };
}

/** Largest first: a leader looks at the big projects first. */
function bySize(a: LitProject, b: LitProject): number {
  return (b.totalInvestment ?? -1) - (a.totalInvestment ?? -1) || a.name.localeCompare(b.name, 'zh');
}

/** People or units with their projects and how many are red or yellow; most red first. */
export function responsible(rows: readonly ProjectRow[], nameOf: (row: ProjectRow) => string, unnamed: string): Responsible[] {
  const map = new Map<string, ProjectRow[]>();
  for (const row of rows) {
    const name = nameOf(row).trim() || unnamed;
    let list = map.get(name);
    if (!list) map.set(name, (list = []));
    list.push(row);
  }
  return [...map.entries()]
    .map(([name, list]) => {
      const sums = sumProjects(list);
      return {
        name,
        ids: list.map((r) => r.id),
        red: list.filter((r) => r.light.color === 'red').map((r) => r.id),
        yellow: list.filter((r) => r.light.color === 'yellow').map((r) => r.id),
        totalInvestment: sums.totalInvestment,
        totalUnknown: sums.totalUnknown,
      };
    })
    .sort((a, b) => b.red.length - a.red.length || b.yellow.length - a.yellow.length || b.ids.length - a.ids.length || a.name.localeCompare(b.name, 'zh'));
}

export interface HomeInput {
  today: IsoDate;
  month: IsoMonth;
  rows: readonly ProjectRow[];
  nodes: ReadonlyMap<number, readonly ScheduleNode[]>;
  overdueProblems: OverdueProblem[];
  watchedIds: readonly number[];
}

export function summarizeHome({ today, month, rows, nodes, overdueProblems, watchedIds }: HomeInput): HomeSummary {
  const lit = (color: LightColor) => rows.filter((r) => r.light.color === color).map(litProject).sort(bySize);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    today,
    month,
    headline: sumProjects(rows),
    ids: rows.map((r) => r.id),
    events: eventCounts(rows, nodes, month),
    red: lit('red'),
    yellow: lit('yellow'),
    overdueProblems: [...overdueProblems].sort((a, b) => b.daysLate - a.daysLate),
    watched: watchedIds.flatMap((id) => { const row = byId.get(id); return row ? [litProject(row)] : []; }),
    byLeader: responsible(rows, (r) => r.leader, '未填'),
    byUnit: responsible(rows, (r) => r.ownerUnit, '未填'),
  };
}
