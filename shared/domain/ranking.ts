/**
 * 晾晒比拼: areas and 责任单位 ranked for a quarter on node punctuality, red nodes, 完成率 and
 * projects newly signed / started / completed, each set beside the quarter before.
 */

import type { IsoDate } from './dates';
import { inQuarter, quarterRange, type IsoQuarter } from './rollupQuarters';

export const RANKING_GROUPS = ['area', 'ownerUnit'] as const;
export type RankingGroup = (typeof RANKING_GROUPS)[number];

export interface RankingNode {
  plannedEnd: IsoDate | null;
  actualEnd: IsoDate | null;
}

export interface RankingProject {
  area: string;
  ownerUnit: string;
  signedOn: IsoDate | null;
  /** 年度计划投资; null when unknown (left out of the plan and of the 完成率). */
  annualPlan: number | null;
  /** When the 开工 and 竣工 milestones were done, if they were. */
  startedOn: IsoDate | null;
  completedOn: IsoDate | null;
  nodes: RankingNode[];
}

export interface QuarterFigures {
  projects: number;
  /** Nodes whose planned end fell in the quarter (up to the as-of day). */
  dueNodes: number;
  /** Of those, finished on or before their planned end. */
  onTimeNodes: number;
  /** onTimeNodes / dueNodes; null when nothing was due. */
  onTimeRate: number | null;
  /** Nodes overdue and unfinished on the as-of day. */
  redNodes: number;
  /** 年度计划投资 of the projects that state it. */
  annualPlan: number;
  /** Projects whose 年度计划投资 is 未填. */
  planUnknown: number;
  /** 1–N月完成投资 up to the quarter's last month. */
  completedYtd: number;
  /** Over the projects whose plan is known. */
  completionRate: number | null;
  signed: number;
  started: number;
  completed: number;
}

/** The day a quarter is judged on: its last day, or today for the running quarter. */
export function asOfDay(quarter: IsoQuarter, today: IsoDate): IsoDate {
  const { to } = quarterRange(quarter);
  return to < today ? to : today;
}

/** Figures of one group of projects for a quarter; `completedYtd` is per project, by index. */
export function quarterFigures(projects: readonly RankingProject[], completedYtd: readonly number[], quarter: IsoQuarter, today: IsoDate): QuarterFigures {
  const asOf = asOfDay(quarter, today);
  const { from } = quarterRange(quarter);
  const f: QuarterFigures = {
    projects: projects.length, dueNodes: 0, onTimeNodes: 0, onTimeRate: null, redNodes: 0,
    annualPlan: 0, planUnknown: 0, completedYtd: 0, completionRate: null, signed: 0, started: 0, completed: 0,
  };
  let completedOfPlanned = 0;
  projects.forEach((p, i) => {
    for (const node of p.nodes) {
      if (!node.plannedEnd) continue;
      // A node finished after the as-of day was still open then: judge the quarter as it stood.
      const doneBy = node.actualEnd !== null && node.actualEnd <= asOf ? node.actualEnd : null;
      if (node.plannedEnd >= from && node.plannedEnd <= asOf) {
        f.dueNodes += 1;
        if (doneBy !== null && doneBy <= node.plannedEnd) f.onTimeNodes += 1;
      }
      if (doneBy === null && node.plannedEnd < asOf) f.redNodes += 1;
    }
    if (p.annualPlan === null) f.planUnknown += 1;
    else {
      f.annualPlan += p.annualPlan;
      completedOfPlanned += completedYtd[i] ?? 0;
    }
    f.completedYtd += completedYtd[i] ?? 0;
    if (inQuarter(p.signedOn, quarter) && p.signedOn! <= asOf) f.signed += 1;
    if (inQuarter(p.startedOn, quarter) && p.startedOn! <= asOf) f.started += 1;
    if (inQuarter(p.completedOn, quarter) && p.completedOn! <= asOf) f.completed += 1;
  });
  f.onTimeRate = f.dueNodes > 0 ? f.onTimeNodes / f.dueNodes : null;
  f.completionRate = f.annualPlan > 0 ? completedOfPlanned / f.annualPlan : null;
  return f;
}

export interface RankingRow {
  key: string;
  rank: number;
  /** Rank in the quarter before; null when the group had no figures then. */
  previousRank: number | null;
  current: QuarterFigures;
  previous: QuarterFigures;
}

/**
 * Order: on-time rate (groups with nothing due last), then fewer red nodes, then 完成率, then name.
 * Equal figures share a rank, as leaders read a league table.
 */
export function compareFigures(a: QuarterFigures, b: QuarterFigures): number {
  const rate = (x: number | null) => (x === null ? -1 : x);
  return rate(b.onTimeRate) - rate(a.onTimeRate) || a.redNodes - b.redNodes || rate(b.completionRate) - rate(a.completionRate);
}

function ranks(entries: Array<[string, QuarterFigures]>): Map<string, number> {
  const sorted = [...entries].sort(([ka, a], [kb, b]) => compareFigures(a, b) || ka.localeCompare(kb, 'zh'));
  const out = new Map<string, number>();
  sorted.forEach(([key, figures], i) => {
    const prev = sorted[i - 1];
    out.set(key, prev && compareFigures(prev[1], figures) === 0 ? (out.get(prev[0]) ?? i + 1) : i + 1);
  });
  return out;
}

export interface RankingInput {
  group: RankingGroup;
  quarter: IsoQuarter;
  previousQuarter: IsoQuarter;
  today: IsoDate;
  projects: readonly RankingProject[];
  completedYtd: readonly number[];
  previousCompletedYtd: readonly number[];
}

export function rankGroups(input: RankingInput): RankingRow[] {
  const groups = new Map<string, number[]>();
  input.projects.forEach((p, i) => {
    const key = p[input.group] || '未填';
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  });
  const current: Array<[string, QuarterFigures]> = [];
  const previous: Array<[string, QuarterFigures]> = [];
  for (const [key, indexes] of groups) {
    const projects = indexes.map((i) => input.projects[i]!);
    current.push([key, quarterFigures(projects, indexes.map((i) => input.completedYtd[i] ?? 0), input.quarter, input.today)]);
    previous.push([key, quarterFigures(projects, indexes.map((i) => input.previousCompletedYtd[i] ?? 0), input.previousQuarter, input.today)]);
  }
  const now = ranks(current);
  const before = ranks(previous.filter(([, f]) => f.dueNodes > 0 || f.completedYtd > 0 || f.signed + f.started + f.completed > 0));
  const previousByKey = new Map(previous);
  return current
    .map(([key, figures]) => ({ key, rank: now.get(key)!, previousRank: before.get(key) ?? null, current: figures, previous: previousByKey.get(key)! }))
    .sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key, 'zh'));
}
