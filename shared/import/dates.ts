/**
 * Dates as these files write them: 2023-05-01, 2023/5/1, 2023.5.1, 2023.5, 2023年5月, 2023年5月1日,
 * 20230501, and Excel serial day numbers (a date cell read as a bare number). A month alone means
 * the first of that month.
 */

import { fromDayNumber, isIsoDate } from '../domain/dates';

export type ParsedImportDate =
  | { ok: true; date: string | null; monthOnly: boolean }
  | { ok: false; reason: 'not_date' | 'invalid_day'; text: string };

/** Excel counts days from 1899-12-30 (its phantom 1900-02-29 makes that the working epoch). */
const EXCEL_EPOCH_DAY = -25569;
/** Serials between 1950 and 2100: a number outside that is not a project date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73051;

function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function excelSerialToIso(serial: number): string {
  return fromDayNumber(Math.floor(serial) + EXCEL_EPOCH_DAY);
}

export function parseImportDate(input: string | number | null | undefined): ParsedImportDate {
  if (input === null || input === undefined) return { ok: true, date: null, monthOnly: false };
  if (typeof input === 'number') {
    if (Number.isFinite(input) && input >= SERIAL_MIN && input <= SERIAL_MAX) return { ok: true, date: excelSerialToIso(input), monthOnly: false };
    return { ok: false, reason: 'not_date', text: String(input) };
  }
  const text = toHalfWidth(input).replace(/\s+/g, '').replace(/(日|号)$/, '');
  if (text === '' || /^[-—–/\\]+$/.test(text)) return { ok: true, date: null, monthOnly: false };
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseImportDate(Number(text));
  // A time of day after the date (exported "2023-05-01 00:00:00") carries nothing for a plan.
  const day = /^(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])(\d{1,2})(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (day) {
    const iso = ymd(Number(day[1]), Number(day[2]), Number(day[3]));
    return isIsoDate(iso) ? { ok: true, date: iso, monthOnly: false } : { ok: false, reason: 'invalid_day', text: input };
  }
  const month = /^(\d{4})(?:[-/.年])(\d{1,2})月?(?:份)?$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return { ok: false, reason: 'invalid_day', text: input };
    return { ok: true, date: ymd(Number(month[1]), m, 1), monthOnly: true };
  }
  return { ok: false, reason: 'not_date', text: input };
}
