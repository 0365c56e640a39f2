/** 报表 handlers: builds the chosen report as an .xlsx and hands back its bytes and a suggested name. */

import { newWorkbook, setDocumentProperties, workbookBytes, type Workbook } from '../excel/exceljs';
import { suggestReportFileName } from '../../../shared/reports/fileName';
import { REPORT_TITLES, type ReportId } from '../../../shared/reports/reportIds';
import { reportMarker } from '../../../shared/reports/reportMarker';
import type { HandlerMap, ServiceContext } from '../context';
import { loadReportData, type ReportData } from './reportData';
import { writeProgressReport } from './progressReport';
import { writeNodePlanReport } from './nodePlanReport';
import { writeSummaryReport } from './summaryReport';
import { writeGanttReport } from './ganttReport';
import { writeChangesReport } from './changesReport';
import { csvFile } from './csvExport';

const WRITERS: Record<ReportId, (wb: Workbook, data: ReportData, ctx: ServiceContext) => void | Promise<void>> = {
  progress: writeProgressReport,
  nodes: writeNodePlanReport,
  summary: writeSummaryReport,
  gantt: writeGanttReport,
  changes: writeChangesReport,
};

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportHandlers: HandlerMap<'reports.export' | 'reports.csv'> = {
  async 'reports.export'(input, ctx) {
    const data = await loadReportData(ctx, input);
    const wb = newWorkbook();
    // The mark an import recognises the report by, even without its title row.
    setDocumentProperties(wb, { title: REPORT_TITLES[input.report], subject: `填报单位：${data.reportingUnit}`, keywords: reportMarker(input.report) });
    await WRITERS[input.report](wb, data, ctx);
    const bytes = await workbookBytes(wb);
    return {
      fileName: suggestReportFileName(input.report, input.month, data.reportingUnit),
      mimeType: XLSX_MIME,
      base64: Buffer.from(bytes).toString('base64'),
      projects: data.projectCount,
    };
  },
  async 'reports.csv'(input, ctx) {
    return csvFile(input.title, ctx.clock.today(), input.header, input.rows, input.encoding ?? 'utf8-bom');
  },
};
