/**
 * What one register grid row carries: a project, a group heading (full-width, grouped view), or
 * the pinned 合计 row built from the projects the filters leave visible.
 */
import type { ProjectRow } from '../../../shared/domain/types';

export type GridRow =
  | { kind: 'project'; p: ProjectRow }
  | { kind: 'group'; key: string }
  | { kind: 'total'; tally: RegisterTally };

export interface RegisterTally {
  count: number;
  /** Integer 元 of the projects that state it, summed exactly (far below 2^53 for any real register). */
  totalInvestment: number;
  /** Projects whose 总投资 is 未填: counted here, never summed as 0. */
  totalUnknown: number;
  annualPlan: number;
  planUnknown: number;
  completedYtd: number;
  red: number;
  yellow: number;
}

export const EMPTY_TALLY: RegisterTally = { count: 0, totalInvestment: 0, totalUnknown: 0, annualPlan: 0, planUnknown: 0, completedYtd: 0, red: 0, yellow: 0 };

export function addToTally(tally: RegisterTally, p: ProjectRow): RegisterTally {
  return {
    count: tally.count + 1,
    totalInvestment: tally.totalInvestment + (p.totalInvestment ?? 0),
    totalUnknown: tally.totalUnknown + (p.totalInvestment === null ? 1 : 0),
    annualPlan: tally.annualPlan + (p.annualPlan ?? 0),
    planUnknown: tally.planUnknown + (p.annualPlan === null ? 1 : 0),
    completedYtd: tally.completedYtd + p.completedYtd,
    red: tally.red + (p.light.color === 'red' ? 1 : 0),
    yellow: tally.yellow + (p.light.color === 'yellow' ? 1 : 0),
  };
}

export function tallyRows(rows: readonly ProjectRow[]): RegisterTally {
  return rows.reduce(addToTally, EMPTY_TALLY);
}

export function projectRowId(id: number): string {
  return `p${id}`;
}

export function groupRowId(key: string): string {
  return `g:${key}`;
}

export function rowId(row: GridRow): string {
  if (row.kind === 'project') return projectRowId(row.p.id);
  if (row.kind === 'group') return groupRowId(row.key);
  return 'total';
}
