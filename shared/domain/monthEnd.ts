/**
 * 月结: what a closed month freezes per project, and how a past month is judged: as of its last
 * day, with node dates after that day treated as not yet happened.
 */

import { addDays, addMonths, monthOf, type IsoDate, type IsoMonth } from './dates';
import type { ProjectRow, ScheduleNode, ScheduleNodeWithLight } from './types';

/** An open 卡点 as it stood when the month was closed. */
export interface SnapshotProblem {
  id: number;
  nodeId: number | null;
  text: string;
  department: string;
  promisedOn: IsoDate | null;
}

/** One project in a closed month: its register row, its nodes with their lights, its open 卡点. */
export interface ProjectSnapshot {
  row: ProjectRow;
  nodes: ScheduleNodeWithLight[];
  openProblems: SnapshotProblem[];
}

/** A closed month: when and by whom, and the day its lights were judged on. */
export interface MonthClosing {
  month: IsoMonth;
  /** 截至日期: the month's last day, or the day it was closed when that came first. */
  asOf: IsoDate;
  closedAt: string;
  actor: string;
  /** The light rules in force when it was closed, in words (the reports' footnote). */
  lightRules: string;
  projects: number;
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** The day a month is judged on: its last day once it is over, else today. */
export function asOfDate(month: IsoMonth, today: IsoDate): IsoDate {
  return month < monthOf(today) ? lastDayOfMonth(month) : today;
}

/**
 * The schedule as it stood on `asOf`: a start or finish recorded for a later day had not happened
 * yet. The percent of a node not yet started then is 0; of one started, it is kept (the only figure known).
 */
export function nodesAsOf<T extends Pick<ScheduleNode, 'actualStart' | 'actualEnd' | 'percent'>>(nodes: readonly T[], asOf: IsoDate): T[] {
  return nodes.map((n) => {
    const started = n.actualStart !== null && n.actualStart <= asOf;
    const ended = n.actualEnd !== null && n.actualEnd <= asOf;
    if ((n.actualStart === null || started) && (n.actualEnd === null || ended)) return n;
    return {
      ...n,
      actualStart: started ? n.actualStart : null,
      actualEnd: ended ? n.actualEnd : null,
      percent: started || ended ? Math.min(n.percent, 99) : 0,
    };
  });
}

/** "2026年10月". */
export function monthLabel(month: IsoMonth): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
