/** Quarters for 晾晒比拼: "2026-Q3", its first and last day and month, the quarter before. */

import type { IsoDate, IsoMonth } from './dates';

export type IsoQuarter = string;

const PATTERN = /^(\d{4})-Q([1-4])$/;

export function isIsoQuarter(text: string): boolean {
  return PATTERN.test(text);
}

function parts(quarter: IsoQuarter): [number, number] {
  const m = PATTERN.exec(quarter);
  if (!m) throw new RangeError(`not a quarter: ${quarter}`);
  return [Number(m[1]), Number(m[2])];
}

export function quarterOf(date: IsoDate | IsoMonth): IsoQuarter {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

export function previousQuarter(quarter: IsoQuarter): IsoQuarter {
  const [year, q] = parts(quarter);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

export interface QuarterRange {
  from: IsoDate;
  to: IsoDate;
  /** The quarter's last month: 1–N月 figures are taken up to it. */
  lastMonth: IsoMonth;
}

export function quarterRange(quarter: IsoQuarter): QuarterRange {
  const [year, q] = parts(quarter);
  const firstMonth = String(q * 3 - 2).padStart(2, '0');
  return { from: `${year}-${firstMonth}-01`, to: `${year}-${LAST_DAY[q - 1]}`, lastMonth: `${year}-${String(q * 3).padStart(2, '0')}` };
}

/** "2026年第3季度" */
/** 2026年第四季度, or Q4 2026 in English. */
export function quarterLabel(quarter: IsoQuarter, en = false): string {
  const [year, q] = parts(quarter);
  return en ? `Q${q} ${year}` : `${year}年第${'一二三四'[q - 1]}季度`;
}

export function inQuarter(date: IsoDate | null | undefined, quarter: IsoQuarter): boolean {
  if (!date) return false;
  const { from, to } = quarterRange(quarter);
  return date >= from && date <= to;
}
