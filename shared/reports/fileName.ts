/** The file name suggested for a report: what it is, for whom and for which month, safe on Windows. */

import type { ReportId } from './reportIds';
import { REPORT_TITLES } from './reportIds';

/** Characters Windows refuses in file names (control characters are dropped separately). */
const UNSAFE = /[\\/:*?"<>|]/g;

function clean(text: string): string {
  return [...text.replace(UNSAFE, '')].filter((ch) => ch.charCodeAt(0) >= 0x20).join('').trim();
}

/** e.g. "区投资促进局_重大项目推进情况表_2026年1-11月.xlsx". */
export function suggestReportFileName(report: ReportId, month: string, reportingUnit = ''): string {
  const [year, mon] = month.split('-').map(Number);
  // 比上月 is about one month; the others report 1–N月 of the year.
  const period = mon === 1 || report === 'changes' ? `${year}年${mon}月` : `${year}年1-${mon}月`;
  const unit = clean(reportingUnit);
  return [unit, REPORT_TITLES[report], period].filter(Boolean).join('_') + '.xlsx';
}

/** A CSV name for a grid view: "项目台账_2026-11-22.csv". */
export function suggestCsvFileName(viewTitle: string, today: string): string {
  return `${clean(viewTitle) || '导出'}_${today}.csv`;
}
