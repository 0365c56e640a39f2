/**
 * 卡点督办: a problem holding a project up, the department asked to solve it and the date it
 * promised. Where a problem stands on a day (overdue, due soon, …) is a pure function of its dates,
 * "today" and the settings' warning window, so the list, the lights and the 督办单 agree.
 */

import { daysBetween, type IsoDate } from './dates';

/** A 卡点 as stored, with the names a list shows beside it. */
export interface ProblemRow {
  id: number;
  projectId: number;
  projectCode: string;
  projectName: string;
  /** 责任领导 and 责任单位 of the project (not the department asked to solve the problem). */
  leader: string;
  ownerUnit: string;
  /** The project's version: a write carrying it is refused when the project changed since. */
  projectVersion: number;
  /** The node the problem holds up; null for a problem of the whole project. */
  nodeId: number | null;
  nodeName: string | null;
  text: string;
  /** The department asked to solve it (责任单位 of the 督办). */
  department: string;
  promisedOn: IsoDate | null;
  /** When it was solved; null while open. */
  resolvedOn: IsoDate | null;
  resolution: string;
  /** When it was recorded (ISO timestamp). */
  createdAt: string;
  due: ProblemDue;
}

export type ProblemState = 'overdue' | 'dueSoon' | 'open' | 'noDate' | 'resolved';

export interface ProblemDue {
  state: ProblemState;
  /** Days past the promised date (overdue), or days left (dueSoon, open). */
  days?: number;
}

/** Where a problem stands on `today`: past its promise, due within the warning window, or neither. */
export function problemDue(p: { promisedOn: IsoDate | null; resolvedOn: IsoDate | null }, today: IsoDate, warningDays: number): ProblemDue {
  if (p.resolvedOn) return { state: 'resolved' };
  if (!p.promisedOn) return { state: 'noDate' };
  const left = daysBetween(today, p.promisedOn);
  // Overdue from the day after the promise: the promised day itself is still kept (as node lights do).
  if (left < 0) return { state: 'overdue', days: -left };
  if (left <= warningDays) return { state: 'dueSoon', days: left };
  return { state: 'open', days: left };
}

const ORDER: Record<ProblemState, number> = { overdue: 0, dueSoon: 1, open: 2, noDate: 3, resolved: 4 };

/**
 * The 督办清单's order: overdue first (longest overdue on top), then the nearest promises, then
 * those without a promised date, the solved last (latest solved first).
 */
export function compareForFollowUp(a: ProblemRow, b: ProblemRow): number {
  const byState = ORDER[a.due.state] - ORDER[b.due.state];
  if (byState !== 0) return byState;
  if (a.due.state === 'overdue') return (b.due.days ?? 0) - (a.due.days ?? 0) || a.id - b.id;
  if (a.due.state === 'resolved') return (b.resolvedOn ?? '').localeCompare(a.resolvedOn ?? '') || b.id - a.id;
  return (a.promisedOn ?? '').localeCompare(b.promisedOn ?? '') || a.id - b.id;
}

/** The status in words, e.g. 逾期 12天 / Overdue 12 d. */
export function problemDueText(due: ProblemDue, en: boolean): string {
  switch (due.state) {
    case 'overdue':
      return en ? `Overdue ${due.days} d` : `逾期 ${due.days}天`;
    case 'dueSoon':
      return due.days === 0 ? (en ? 'Due today' : '今天到期') : en ? `Due in ${due.days} d` : `${due.days}天内到期`;
    case 'open':
      return en ? 'Open' : '未到期';
    case 'noDate':
      return en ? 'No promised date' : '未定承诺时间';
    case 'resolved':
      return en ? 'Solved' : '已解决';
  }
}

/** A short form of a problem's text, to name it in the history. */
export function problemExcerpt(text: string, max = 24): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
