/**
 * 比上月: what changed between two closed months (or between the last closing and a month not yet
 * closed), read off their frozen figures so it lists exactly what moved between the two closings.
 */

import type { IsoDate, IsoMonth } from './dates';
import type { LightColor, ProjectRow, Stage } from './types';
import type { MonthClosing, ProjectSnapshot } from './monthEnd';

/** The milestones a project can newly reach, by the stage they lead to. */
export const MILESTONE_KINDS = ['signed', 'started', 'completed', 'producing'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

const STAGE_OF_KIND: Record<MilestoneKind, Stage> = { signed: '已签约', started: '在建', completed: '已竣工', producing: '已投产' };
/** The natural order of stages; 停滞 and 终止 are set by hand and reach nothing. */
const STAGE_RANK: Partial<Record<Stage, number>> = { 在谈: 0, 已签约: 1, 在建: 2, 已竣工: 3, 已投产: 4, 已达产: 5 };

export interface ChangedProject {
  id: number;
  code: string;
  name: string;
  chain: string;
  area: string;
  stage: Stage;
  /** Stage at the previous closing; null for a project new to the register. */
  previousStage: Stage | null;
  totalInvestment: number | null;
}

export interface LightChange extends ChangedProject {
  color: LightColor;
  previousColor: LightColor;
  /** Why it is red now (turned red), or why it was red (recovered). */
  reason: string;
  reasonEn: string;
}

export interface InvestmentDelta {
  key: string;
  count: number;
  /** 1–N月完成投资 at the previous closing (null across a year end: the new year starts from 0). */
  previous: number | null;
  current: number;
  /** Completed since the previous closing, exact in 元 (a correction downwards shows negative). */
  added: number;
}

export interface ProblemChange {
  id: number;
  projectId: number;
  code: string;
  name: string;
  text: string;
  department: string;
  promisedOn: IsoDate | null;
  resolvedOn: IsoDate | null;
  resolution: string;
  /** Whether it was still open at the later closing. */
  open: boolean;
}

/** A 卡点 as the table holds it now, for the changes' details. */
export interface ProblemRecord {
  id: number;
  projectId: number;
  text: string;
  department: string;
  promisedOn: IsoDate | null;
  resolvedOn: IsoDate | null;
  resolution: string;
  createdAt: string;
}

export interface MonthChanges {
  month: IsoMonth;
  asOf: IsoDate;
  /** Whether `month` is closed (else its figures are live, judged as of `asOf`). */
  closed: boolean;
  /** The closed month compared with; null when no earlier month was closed. */
  previous: Pick<MonthClosing, 'month' | 'asOf' | 'closedAt'> | null;
  newProjects: ChangedProject[];
  removedProjects: ChangedProject[];
  milestones: Record<MilestoneKind, ChangedProject[]>;
  turnedRed: LightChange[];
  recovered: LightChange[];
  investmentByChain: InvestmentDelta[];
  investmentByArea: InvestmentDelta[];
  investmentTotal: InvestmentDelta;
  newProblems: ProblemChange[];
  solvedProblems: ProblemChange[];
}

export interface MonthSide {
  month: IsoMonth;
  asOf: IsoDate;
  /** When its figures were taken: the closing time, or now for a month not closed. */
  takenAt: string;
  projects: ProjectSnapshot[];
}

function changed(row: ProjectRow, previous: ProjectRow | undefined): ChangedProject {
  return { id: row.id, code: row.code, name: row.name, chain: row.chain, area: row.area, stage: row.stage, previousStage: previous?.stage ?? null, totalInvestment: row.totalInvestment };
}

/** Whether a project went from below `stage` to it or beyond. */
function reached(stage: Stage, before: Stage, after: Stage): boolean {
  const target = STAGE_RANK[stage] as number;
  const from = STAGE_RANK[before];
  const to = STAGE_RANK[after];
  return from !== undefined && to !== undefined && from < target && to >= target;
}

function investment(key: string, pairs: Array<{ now: number; then: number | null }>, newYear: boolean): InvestmentDelta {
  const current = pairs.reduce((s, p) => s + p.now, 0);
  const previous = newYear ? null : pairs.reduce((s, p) => s + (p.then ?? 0), 0);
  return { key, count: pairs.length, previous, current, added: current - (previous ?? 0) };
}

function byKey(rows: Array<{ row: ProjectRow; then: number | null }>, key: 'chain' | 'area', newYear: boolean): InvestmentDelta[] {
  const groups = new Map<string, Array<{ now: number; then: number | null }>>();
  for (const { row, then } of rows) {
    const k = row[key] || '未填';
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push({ now: row.completedYtd, then });
  }
  return [...groups.entries()]
    .map(([k, pairs]) => investment(k, pairs, newYear))
    // Most added first, as a meeting reads it; the unchanged last.
    .sort((a, b) => b.added - a.added || a.key.localeCompare(b.key, 'zh-Hans-CN'));
}

/**
 * The changes from `previous` (a closed month, or null) to `current`. 卡点: new are those recorded
 * between the two takings; solved are those open at the earlier one and no longer open at the later,
 * and those recorded in between and already closed again.
 */
export function compareMonths(current: MonthSide, previous: MonthSide | null, problems: readonly ProblemRecord[], closed: boolean): MonthChanges {
  const empty: MonthChanges = {
    month: current.month, asOf: current.asOf, closed, previous: null,
    newProjects: [], removedProjects: [], milestones: { signed: [], started: [], completed: [], producing: [] },
    turnedRed: [], recovered: [], investmentByChain: [], investmentByArea: [],
    investmentTotal: { key: '合计', count: 0, previous: null, current: 0, added: 0 }, newProblems: [], solvedProblems: [],
  };
  if (!previous) return empty;
  const before = new Map(previous.projects.map((p) => [p.row.id, p]));
  const after = new Map(current.projects.map((p) => [p.row.id, p]));
  const result: MonthChanges = { ...empty, previous: { month: previous.month, asOf: previous.asOf, closedAt: previous.takenAt } };
  const newYear = previous.month.slice(0, 4) !== current.month.slice(0, 4);

  const ytdRows: Array<{ row: ProjectRow; then: number | null }> = [];
  for (const { row } of current.projects) {
    const then = before.get(row.id)?.row;
    ytdRows.push({ row, then: then ? then.completedYtd : null });
    if (!then) {
      result.newProjects.push(changed(row, undefined));
      continue;
    }
    for (const kind of Object.keys(STAGE_OF_KIND) as MilestoneKind[]) {
      if (reached(STAGE_OF_KIND[kind], then.stage, row.stage)) result.milestones[kind].push(changed(row, then));
    }
    if (row.light.color === 'red' && then.light.color !== 'red') {
      result.turnedRed.push({ ...changed(row, then), color: row.light.color, previousColor: then.light.color, reason: row.light.reason, reasonEn: row.light.reasonEn });
    } else if (row.light.color !== 'red' && then.light.color === 'red') {
      result.recovered.push({ ...changed(row, then), color: row.light.color, previousColor: then.light.color, reason: then.light.reason, reasonEn: then.light.reasonEn });
    }
  }
  for (const { row } of previous.projects) if (!after.has(row.id)) result.removedProjects.push({ ...changed(row, row), previousStage: row.stage });

  result.investmentByChain = byKey(ytdRows, 'chain', newYear);
  result.investmentByArea = byKey(ytdRows, 'area', newYear);
  result.investmentTotal = investment('合计', ytdRows.map((r) => ({ now: r.row.completedYtd, then: r.then })), newYear);

  const openBefore = new Set(previous.projects.flatMap((p) => p.openProblems.map((q) => q.id)));
  const openAfter = new Set(current.projects.flatMap((p) => p.openProblems.map((q) => q.id)));
  const records = new Map(problems.map((p) => [p.id, p]));
  const project = (id: number) => (after.get(id) ?? before.get(id))?.row;
  const describe = (rec: ProblemRecord): ProblemChange => ({
    id: rec.id, projectId: rec.projectId, code: project(rec.projectId)?.code ?? '', name: project(rec.projectId)?.name ?? '',
    text: rec.text, department: rec.department, promisedOn: rec.promisedOn,
    resolvedOn: openAfter.has(rec.id) ? null : rec.resolvedOn, resolution: openAfter.has(rec.id) ? '' : rec.resolution, open: openAfter.has(rec.id),
  });
  const recordedBetween = problems.filter((p) => p.createdAt > previous.takenAt && p.createdAt <= current.takenAt && project(p.projectId));
  result.newProblems = recordedBetween.map(describe);
  const solved = new Set<number>();
  for (const snap of previous.projects) {
    for (const q of snap.openProblems) {
      if (openAfter.has(q.id)) continue;
      solved.add(q.id);
      const rec = records.get(q.id);
      // Deleted since: its text from the earlier closing, no resolution to show.
      result.solvedProblems.push(rec ? describe(rec) : { id: q.id, projectId: snap.row.id, code: snap.row.code, name: snap.row.name, text: q.text, department: q.department, promisedOn: q.promisedOn, resolvedOn: null, resolution: '（已删除）', open: false });
    }
  }
  for (const rec of recordedBetween) if (!openAfter.has(rec.id) && !openBefore.has(rec.id) && !solved.has(rec.id) && rec.resolvedOn) result.solvedProblems.push(describe(rec));
  return result;
}
