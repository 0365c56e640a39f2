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

export function sizeBand(totalInvestment: number): string {
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
  /** 总投资, integer 元 */
  totalInvestment: number;
  /** Share of the grand 总投资, 0..1 (display only). */
  share: number;
  annualPlan: number;
  /** 1–N月完成投资 */
  completedYtd: number;
  /** completedYtd / annualPlan, or null without a plan. */
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
  return { key, count: 0, totalInvestment: 0, share: 0, annualPlan: 0, completedYtd: 0, completionRate: null };
}

function finish(row: RollupRow, grand: number): RollupRow {
  row.share = grand > 0 ? row.totalInvestment / grand : 0;
  row.completionRate = row.annualPlan > 0 ? row.completedYtd / row.annualPlan : null;
  return row;
}

/** The order of keys for dimensions with a natural order; others sort by 总投资, largest first. */
function keyOrder(by: RollupDimension): string[] | undefined {
  if (by === 'size') return SIZE_BANDS.map((b) => b.label);
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
  const groups = new Map<string, RollupRow>();
  const total = emptyRow('合计');
  for (const p of projects) {
    const key = keyOf(p);
    let row = groups.get(key);
    if (!row) groups.set(key, (row = emptyRow(key)));
    for (const target of [row, total]) {
      target.count += 1;
      target.totalInvestment = addExact(target.totalInvestment, p.totalInvestment);
      target.annualPlan = addExact(target.annualPlan, p.annualPlan);
      target.completedYtd = addExact(target.completedYtd, p.completedYtd);
    }
  }
  const rows = [...groups.values()].map((r) => finish(r, total.totalInvestment));
  return { rows, total: finish(total, total.totalInvestment) };
}
