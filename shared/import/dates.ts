/**
 * Dates as these files write them: 2023-05-01, 2023/5/1, 2023.5.1, 2023年5月1日, 20230501, Excel
 * serial day numbers (a date cell read as a bare number), each optionally followed by a time of
 * day (2023/5/2 12:30, 2023-05-03T15:00, 2023年5月3日 15时), which a plan does not keep. A month
 * alone (2023.5, 2023年5月) has no day: it is read as the 1st with `precision: 'month'` so the
 * caller can say the day was not given. A year alone (2023年) is too coarse to store as a date.
 */

import { fromDayNumber, isIsoDate } from '../domain/dates';

export type ParsedImportDate =
  | { ok: true; date: string | null; precision: 'day' | 'month' }
  | { ok: false; reason: 'not_date' | 'invalid_day' | 'year_only'; text: string };

/** Excel counts days from 1899-12-30 (its phantom 1900-02-29 makes that the working epoch). */
const EXCEL_EPOCH_DAY = -25569;
/** Serials between 1950 and 2100: a number outside that is not a project date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73051;
/** A bare number in this range in a date column is a year (2023), not a serial day. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function excelSerialToIso(serial: number): string {
  return fromDayNumber(Math.floor(serial) + EXCEL_EPOCH_DAY);
}

/**
 * The date part: year, separator, month, separator, day. Spaces are allowed around the separators
 * ("2023 年 5 月 3 日") but never inside a number, so "2023/5/2 12:30" cannot become the 21st.
 */
const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
/** What may follow a day: nothing, or a time of day after a space or "T". */
const TIME = [
  /^(?:\s+|T)(?:(?:上午|下午|晚上)\s*)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm])?$/,
  /^\s*(?:上午|下午|晚上)?\s*(\d{1,2})\s*[时点](?:\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?)?$/,
];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月份?)?$/;
const YEAR = /^(\d{4})\s*(?:年度?)?$/;

/** An empty rest, or a time whose hours, minutes and seconds are in range; undefined when it is neither. */
function timeIsValid(rest: string): boolean | undefined {
  if (rest.trim() === '') return true;
  for (const re of TIME) {
    const m = re.exec(rest);
    if (m) return Number(m[1]) <= 23 && Number(m[2] ?? 0) <= 59 && Number(m[3] ?? 0) <= 59;
  }
  return undefined;
}

export function parseImportDate(input: string | number | null | undefined): ParsedImportDate {
  if (input === null || input === undefined) return { ok: true, date: null, precision: 'day' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'not_date', text: String(input) };
    if (Number.isInteger(input) && input >= YEAR_MIN && input <= YEAR_MAX) return { ok: false, reason: 'year_only', text: String(input) };
    // The fraction of a serial is the time of day.
    if (input >= SERIAL_MIN && input < SERIAL_MAX + 1) return { ok: true, date: excelSerialToIso(input), precision: 'day' };
    return { ok: false, reason: 'not_date', text: String(input) };
  }
  // The commonest cell, already ISO (our own exports, most systems' CSV): no rewriting needed.
  if (ISO_DAY.test(input)) return isIsoDate(input) ? { ok: true, date: input, precision: 'day' } : { ok: false, reason: 'invalid_day', text: input };
  const text = toHalfWidth(input).trim();
  if (text === '' || /^[-—–/\\\s]+$/.test(text)) return { ok: true, date: null, precision: 'day' };
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseImportDate(Number(text));
  const day = DAY.exec(text) ?? COMPACT_DAY.exec(text);
  if (day) {
    const time = timeIsValid(text.slice(day[0].length));
    if (time === undefined) return { ok: false, reason: 'not_date', text: input };
    const iso = ymd(Number(day[1]), Number(day[2]), Number(day[3]));
    return time && isIsoDate(iso) ? { ok: true, date: iso, precision: 'day' } : { ok: false, reason: 'invalid_day', text: input };
  }
  const month = MONTH.exec(text);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return { ok: false, reason: 'invalid_day', text: input };
    return { ok: true, date: ymd(Number(month[1]), m, 1), precision: 'month' };
  }
  const year = YEAR.exec(text);
  if (year && Number(year[1]) >= YEAR_MIN && Number(year[1]) <= YEAR_MAX) return { ok: false, reason: 'year_only', text: input };
  return { ok: false, reason: 'not_date', text: input };
}
