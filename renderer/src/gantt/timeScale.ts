/**
 * The Gantt's time axis: zoom levels as pixels per day, and the calendar periods its two header
 * tiers show (a month over its weeks, a year over its months or quarters, a 五年规划 over its years).
 * Days are day numbers (days since 1970-01-01, see shared/domain/dates), so every position is
 * integer arithmetic on dates, never a time zone.
 */
import { fromDayNumber, toDayNumber } from '../../../shared/domain/dates';

export const ZOOMS = ['week', 'month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** Widths chosen so a week, a month, a quarter and a year each get a readable header cell (≈70–110 px). */
export const PX_PER_DAY: Record<Zoom, number> = { week: 10, month: 3, quarter: 1, year: 0.3 };

export type PeriodUnit = 'week' | 'month' | 'quarter' | 'year' | 'plan';

export interface Period {
  unit: PeriodUnit;
  /** First day (day number) of the period. */
  start: number;
  /** First day after the period. */
  end: number;
  /** Its date as a key for labels, e.g. 2026-11-16 (a week's Monday) or 2026-10-01 (a quarter). */
  date: string;
}

/** Which periods the upper and lower header tiers show for a scale of `pxPerDay`. */
export function tiersFor(pxPerDay: number): { upper: PeriodUnit; lower: PeriodUnit } {
  if (pxPerDay >= 6) return { upper: 'month', lower: 'week' };
  if (pxPerDay >= 1.8) return { upper: 'year', lower: 'month' };
  if (pxPerDay >= 0.6) return { upper: 'year', lower: 'quarter' };
  return { upper: 'plan', lower: 'year' };
}

/** The zoom level whose scale is nearest `pxPerDay` (after 适应范围, the buttons show where it landed). */
export function nearestZoom(pxPerDay: number): Zoom {
  let best: Zoom = 'month';
  for (const zoom of ZOOMS) {
    if (Math.abs(Math.log(PX_PER_DAY[zoom] / pxPerDay)) < Math.abs(Math.log(PX_PER_DAY[best] / pxPerDay))) best = zoom;
  }
  return best;
}

function ymd(day: number): [number, number, number] {
  const iso = fromDayNumber(day);
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function dayOf(year: number, month: number, date = 1): number {
  return toDayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
}

/** Five-year plans: 十四五 is 2021–2025, so a plan starts in a year ≡ 1 (mod 5). */
function planStartYear(year: number): number {
  return year - ((((year - 1) % 5) + 5) % 5);
}

/** The start of the period of `unit` that contains `day`. */
export function periodStart(unit: PeriodUnit, day: number): number {
  const [y, m] = ymd(day);
  switch (unit) {
    case 'week': {
      // 1970-01-01 was a Thursday: day 4 is a Monday, and weeks start on Monday in China.
      return day - ((((day - 4) % 7) + 7) % 7);
    }
    case 'month':
      return dayOf(y, m);
    case 'quarter':
      return dayOf(y, m - ((m - 1) % 3));
    case 'year':
      return dayOf(y, 1);
    case 'plan':
      return dayOf(planStartYear(y), 1);
  }
}

function nextPeriod(unit: PeriodUnit, start: number): number {
  const [y, m] = ymd(start);
  switch (unit) {
    case 'week':
      return start + 7;
    case 'month':
      return m === 12 ? dayOf(y + 1, 1) : dayOf(y, m + 1);
    case 'quarter':
      return m >= 10 ? dayOf(y + 1, 1) : dayOf(y, m + 3);
    case 'year':
      return dayOf(y + 1, 1);
    case 'plan':
      return dayOf(y + 5, 1);
  }
}

/** The periods of `unit` that overlap [from, to). */
export function periodsBetween(unit: PeriodUnit, from: number, to: number): Period[] {
  const out: Period[] = [];
  for (let start = periodStart(unit, from); start < to; ) {
    const end = nextPeriod(unit, start);
    out.push({ unit, start, end, date: fromDayNumber(start) });
    start = end;
  }
  return out;
}

/** The days the chart spans: whole years around every date it must show, today included. */
export function chartRange(days: Iterable<number>, today: number): { start: number; end: number } {
  let min = today;
  let max = today;
  for (const d of days) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return { start: periodStart('year', min), end: nextPeriod('year', periodStart('year', max)) };
}

const PLAN_NAMES: Record<number, string> = { 2016: '十三五', 2021: '十四五', 2026: '十五五', 2031: '十六五', 2036: '十七五' };

/** A header cell's text; `narrow` when the cell is too small for the long form. */
export function periodLabel(period: Period, lang: 'zh' | 'en', narrow: boolean): string {
  const [y, m, d] = ymd(period.start);
  const zh = lang === 'zh';
  switch (period.unit) {
    case 'week':
      return `${m}/${d}`;
    case 'month':
      if (zh) return narrow ? `${m}月` : `${y}年${m}月`;
      return narrow ? new Date(Date.UTC(y, m - 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : `${y}-${String(m).padStart(2, '0')}`;
    case 'quarter': {
      const q = (m - 1) / 3 + 1;
      return zh ? `${'一二三四'[q - 1]}季度` : `Q${q}`;
    }
    case 'year':
      return zh ? `${y}年` : String(y);
    case 'plan': {
      const name = PLAN_NAMES[y];
      const span = `${y}–${y + 4}`;
      return zh && name ? `“${name}”（${span}）` : span;
    }
  }
}

/**
 * Where a header cell's label goes: at the cell's start, or moved into the part on screen when the
 * cell is cut by the left edge, or past today's tag when it would sit under it; hidden when there
 * is no room (never half a label, never two overlapping).
 */
export function labelPlacement(left: number, width: number, labelWidth: number, avoid?: readonly [number, number]): { offset: number; visible: boolean } {
  let offset = left >= 0 ? 0 : -left;
  if (avoid && left + offset < avoid[1] && left + offset + labelWidth > avoid[0]) offset = avoid[1] + 4 - left;
  return { offset, visible: offset + labelWidth <= width };
}

/** A label's width in px at 12px: CJK characters full width, the rest about half, plus the cell's padding. */
export function estimateLabelWidth(text: string): number {
  let width = 10;
  for (const ch of text) width += /[\u2E80-\uFFFF]/.test(ch) ? 12 : 7;
  return width;
}
