/**
 * 1–N月完成投资: a year-to-date figure. The header names the month ("1-10月完成投资",
 * "2026年1-9月完成投资"); without one, the current month is meant. Imported, it becomes month N's
 * completed investment, so that the months of the year add up to the file's figure.
 */

import type { IsoDate, IsoMonth } from '../domain/dates';

function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

export function ytdMonthOf(header: string, today: IsoDate): IsoMonth {
  const text = halfWidth(header);
  const m = /(?:(\d{4})年)?1[-~至到—–](\d{1,2})月/.exec(text);
  const thisYear = Number(today.slice(0, 4));
  const year = m?.[1] ? Number(m[1]) : thisYear;
  let month = m?.[2] ? Number(m[2]) : year === thisYear ? Number(today.slice(5, 7)) : 12;
  if (month < 1 || month > 12) month = Number(today.slice(5, 7));
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month before, within the same year; undefined for January (nothing comes before it in 1–N). */
export function previousMonthInYear(month: IsoMonth): IsoMonth | undefined {
  const m = Number(month.slice(5, 7));
  return m <= 1 ? undefined : `${month.slice(0, 4)}-${String(m - 1).padStart(2, '0')}`;
}
