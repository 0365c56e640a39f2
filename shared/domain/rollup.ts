/** Rollup arithmetic: counts and exact integer sums by a dimension, with shares and rates for display. */

import type { Project } from './types';

export const ROLLUP_DIMENSIONS = ['chain', 'area', 'stage', 'level', 'year', 'size'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<RollupDimension, string> = {
  chain: '产业链',
  area: '区域',
  stage: '阶段',
  level: '级别',
  year: '签约年份',
  size: '投资规模',
};

const YI = 100_000_000;

/** Size bands of 总投资, largest first; lower bound inclusive. */
export const SIZE_BANDS: ReadonlyArray<{ label: string; min: number }> = [
  { label: '≥100亿', min: 100 * YI },
  { label: '50–100亿', min: 50 * YI },
  { label: '10–50亿', min: 10 * YI },
  { label: '3–10亿', min: 3 * YI },
  { label: '<3亿', min: 0 },
];

/** The size key of a project whose 总投资 is unknown: it falls in no band. */
export const SIZE_UNKNOWN = '未填';

export function sizeBand(totalInvestment: number | null): string {
  if (totalInvestment === null) return SIZE_UNKNOWN;
  return SIZE_BANDS.find((band) => totalInvestment >= band.min)?.label ?? '<3亿';
}

export type RollupProject = Pick<Project, 'chain' | 'area' | 'stage' | 'level' | 'signedOn' | 'totalInvestment' | 'annualPlan'> & {
  completedYtd: number;
};

export function rollupKey(project: RollupProject, by: RollupDimension): string {
  switch (by) {
    case 'year':
      return project.signedOn ? `${project.signedOn.slice(0, 4)}年` : '未签约';
    case 'size':
      return sizeBand(project.totalInvestment);
    default:
      return project[by] || '未填';
  }
}

export interface RollupRow {
  key: string;
  count: number;
  /** 总投资 of the projects that state it, integer 元; the unknown ones are counted in totalUnknown. */
  totalInvestment: number;
  /** Projects whose 总投资 is 未填: not in the sum ("其中 N 个项目总投资未填"). */
  totalUnknown: number;
  /** Share of the grand (known) 总投资, 0..1 (display only). */
  share: number;
  /** 年度计划投资 of the projects that state it. */
  annualPlan: number;
  /** Projects whose 年度计划投资 is 未填. */
  planUnknown: number;
  /** 1–N月完成投资 of every project in the row. */
  completedYtd: number;
  /**
   * 1–N月完成投资 ÷ 年度计划投资 over the projects whose plan is known (a project without a plan
   * would only inflate it), or null when no project has a plan above 0.
   */
  completionRate: number | null;
}

export interface RollupTable {
  by: RollupDimension;
  rows: RollupRow[];
  total: RollupRow;
}

function addExact(a: number, b: number): number {
  const sum = a + b;
  // Amounts are capped far below 2^53, but a sum must never silently lose a 元.
  if (!Number.isSafeInteger(sum)) throw new RangeError('rollup sum exceeds exact integer range');
  return sum;
}

function emptyRow(key: string): RollupRow {
  return { key, count: 0, totalInvestment: 0, totalUnknown: 0, share: 0, annualPlan: 0, planUnknown: 0, completedYtd: 0, completionRate: null };
}

/** A row being summed: the 1–N月 of projects with a known plan is kept for the rate only. */
interface Summing {
  row: RollupRow;
  completedOfPlanned: number;
}

/** Adds one project to a row: unknown amounts are counted, never summed as 0. */
function addProject(target: Summing, p: RollupProject): void {
  const row = target.row;
  row.count += 1;
  if (p.totalInvestment === null) row.totalUnknown += 1;
  else row.totalInvestment = addExact(row.totalInvestment, p.totalInvestment);
  if (p.annualPlan === null) row.planUnknown += 1;
  else {
    row.annualPlan = addExact(row.annualPlan, p.annualPlan);
    target.completedOfPlanned = addExact(target.completedOfPlanned, p.completedYtd);
  }
  row.completedYtd = addExact(row.completedYtd, p.completedYtd);
}

function finish(target: Summing, grand: number): RollupRow {
  const row = target.row;
  row.share = grand > 0 ? row.totalInvestment / grand : 0;
  row.completionRate = row.annualPlan > 0 ? target.completedOfPlanned / row.annualPlan : null;
  return row;
}

/** Sums of a list of projects (a group, a matrix cell, a register slice). */
export function sumProjects(projects: readonly RollupProject[], key = '合计'): RollupRow {
  const target: Summing = { row: emptyRow(key), completedOfPlanned: 0 };
  for (const p of projects) addProject(target, p);
  return finish(target, target.row.totalInvestment);
}

/** The order of keys for dimensions with a natural order; others sort by 总投资, largest first. */
function keyOrder(by: RollupDimension): string[] | undefined {
  if (by === 'size') return [...SIZE_BANDS.map((b) => b.label), SIZE_UNKNOWN];
  return undefined;
}

export function rollupBy(projects: readonly RollupProject[], by: RollupDimension): RollupTable {
  const order = keyOrder(by);
  const { rows, total } = groupRows(projects, (p) => rollupKey(p, by));
  if (order) rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  else if (by === 'year') rows.sort((a, b) => a.key.localeCompare(b.key));
  else rows.sort((a, b) => b.totalInvestment - a.totalInvestment || a.key.localeCompare(b.key, 'zh'));
  return { by, rows, total };
}

/** Rows by signing date, oldest first, 未签约 last: a signing batch (a 投洽会 day) is one row. */
export function rollupBySigningDate(projects: readonly RollupProject[]): { rows: RollupRow[]; total: RollupRow } {
  const { rows, total } = groupRows(projects, (p) => p.signedOn ?? '未签约');
  rows.sort((a, b) => a.key.localeCompare(b.key));
  return { rows, total };
}

function groupRows(projects: readonly RollupProject[], keyOf: (p: RollupProject) => string): { rows: RollupRow[]; total: RollupRow } {
  const groups = new Map<string, Summing>();
  const total: Summing = { row: emptyRow('合计'), completedOfPlanned: 0 };
  for (const p of projects) {
    const key = keyOf(p);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { row: emptyRow(key), completedOfPlanned: 0 }));
    addProject(group, p);
    addProject(total, p);
  }
  const grand = total.row.totalInvestment;
  const rows = [...groups.values()].map((g) => finish(g, grand));
  return { rows, total: finish(total, grand) };
}
