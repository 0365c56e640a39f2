/**
 * The mark our .xlsx reports carry in their document properties (关键词/keywords), so an import can
 * tell "this is our 项目节点计划表" even when the title row was deleted. Excel, WPS and LibreOffice
 * keep document properties on re-save; content rules (shared/import/ourReports.ts) cover the rest.
 */

import { REPORT_IDS, type ReportId } from './reportIds';

const PREFIX = '重大项目台账报表';

export function reportMarker(id: ReportId): string {
  return `${PREFIX}-${id}`;
}

/**
 * The report a workbook's keywords name, if they carry our mark. Tolerant of the separator:
 * LibreOffice rewrites keywords as a list and turns "报表:progress" into "报表 progress".
 */
export function reportIdFromMarker(keywords: string | null | undefined): ReportId | undefined {
  const found = new RegExp(`${PREFIX}[\\s:：_-]*([a-z]+)`).exec(keywords ?? '')?.[1];
  return REPORT_IDS.find((id) => id === found);
}
