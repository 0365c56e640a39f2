/**
 * The month a page shows by default: this month once anyone has reported figures for it, else the
 * month before. On 1 December nobody has reported December yet, so 1–12月 would show nothing;
 * November is what the office is working on.
 */
import { addMonths, monthOf, type IsoDate, type IsoMonth } from './dates';

export function defaultReportingMonth(today: IsoDate, latestMonthWithFigures: IsoMonth | null): IsoMonth {
  const current = monthOf(today);
  return latestMonthWithFigures !== null && latestMonthWithFigures >= current ? current : addMonths(current, -1);
}
