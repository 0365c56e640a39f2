/**
 * What one register grid row carries: a project (a ProjectRow fits as is), or the pinned 合计 row
 * built from the projects the filters leave visible.
 */
import type { ProjectLight } from '../../../shared/domain/types';

export interface RegisterRow {
  /** Null on the 合计 row. */
  id: number | null;
  code: string;
  name: string;
  company: string;
  chain: string;
  area: string;
  /** Integer 元. */
  totalInvestment: number;
  stage: string;
  light: ProjectLight | null;
  currentNode: string | null;
}

export interface RegisterTally {
  count: number;
  /** Integer 元, summed exactly (far below 2^53 for any real register). */
  totalInvestment: number;
  red: number;
  yellow: number;
}

export const EMPTY_TALLY: RegisterTally = { count: 0, totalInvestment: 0, red: 0, yellow: 0 };

export function addToTally(tally: RegisterTally, row: RegisterRow): RegisterTally {
  return {
    count: tally.count + 1,
    totalInvestment: tally.totalInvestment + row.totalInvestment,
    red: tally.red + (row.light?.color === 'red' ? 1 : 0),
    yellow: tally.yellow + (row.light?.color === 'yellow' ? 1 : 0),
  };
}

export function tallyRows(rows: readonly RegisterRow[]): RegisterTally {
  return rows.reduce(addToTally, EMPTY_TALLY);
}

export function totalRow(tally: RegisterTally, label: string, countText: string): RegisterRow {
  return {
    id: null,
    code: label,
    name: countText,
    company: '',
    chain: '',
    area: '',
    totalInvestment: tally.totalInvestment,
    stage: '',
    light: null,
    currentNode: null,
  };
}
