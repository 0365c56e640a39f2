/**
 * Dates are ISO strings: days `YYYY-MM-DD`, months `YYYY-MM`. Arithmetic runs on UTC day numbers
 * so that time zones and daylight saving never move a deadline.
 */

export type IsoDate = string;
export type IsoMonth = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isIsoMonth(text: string): boolean {
  const m = ISO_MONTH.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Days since 1970-01-01 for an ISO date. */
export function toDayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function yearOf(date: IsoDate | IsoMonth): number {
  return Number(date.slice(0, 4));
}

export function addMonths(month: IsoMonth, count: number): IsoMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months between two ISO months, `to` later gives a positive count. */
export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** A source of "today". Injected everywhere lights or ages are computed, so tests can fix it. */
export interface Clock {
  today(): IsoDate;
  /** Current instant as ISO timestamp, for the audit trail. */
  now(): string;
}

export const systemClock: Clock = {
  today: () => {
    // The local calendar day: a deadline of today is still today until local midnight.
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
  now: () => new Date().toISOString(),
};

/** A clock fixed on one day (tests, `--today`), with real time of day for audit timestamps. */
export function fixedClock(today: IsoDate): Clock {
  if (!isIsoDate(today)) throw new RangeError(`not an ISO date: ${today}`);
  return { today: () => today, now: () => new Date().toISOString() };
}

/** "2023年5月1日" style for Chinese text. */
export function formatChineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
