/**
 * 3. 投资汇总表: the rollups by 产业链, 区域, 阶段, 级别, 签约年份 and 投资规模, a sheet each (each
 * prints and filters on its own), computed by the same rollupBy as the 投资汇总 view and the CLI.
 */

import type { Workbook } from '../excel/exceljs';
import { amountInUnit } from '../../../shared/reports/reportAmounts';
import { DIMENSION_LABELS, rollupBy, type RollupDimension, type RollupRow } from '../../../shared/domain/rollup';

/** The rollups of DESIGN.md, a sheet each, in the order leaders read them. */
const SUMMARY_DIMENSIONS: RollupDimension[] = ['chain', 'area', 'stage', 'level', 'year', 'size'];
import { REPORT_TITLES } from '../../../shared/reports/reportIds';
import { knownSum, UNKNOWN_AMOUNT, unknownNote } from '../../../shared/domain/unknownAmounts';
import type { ReportData } from './reportData';
import { addAutoFilter, addReportSheet, HEADER_ROW, writeNote, writeRow, type ReportColumn } from './sheetLayout';

export function writeSummaryReport(wb: Workbook, data: ReportData): void {
  const dimensions = data.requestedBy ? [data.requestedBy] : SUMMARY_DIMENSIONS;
  for (const by of dimensions) {
    const label = DIMENSION_LABELS[by];
    const columns: ReportColumn[] = [
      { header: '序号', width: 6, kind: 'serial' },
      { header: label, width: 22, kind: 'text' },
      { header: '项目数（个）', width: 12, kind: 'count' },
      { header: '总投资', width: 16, kind: 'amount' },
      { header: '占总投资比重', width: 13, kind: 'rate' },
      { header: '年度计划投资', width: 16, kind: 'amount' },
      { header: `1-${data.monthNumber}月完成投资`, width: 16, kind: 'amount' },
      { header: '年度计划完成率', width: 14, kind: 'rate' },
      // Amounts a project's source did not state: counted here, never summed as 0.
      { header: '金额未填', width: 30, kind: 'wrap' },
    ];
    const ws = addReportSheet(wb, `按${label}`, {
      title: `${data.month.slice(0, 4)}年重大项目${REPORT_TITLES.summary}（按${label}，1-${data.monthNumber}月）`,
      reportingUnit: data.reportingUnit,
      asOf: data.asOf,
      unitLine: `单位：${data.unit}`,
    }, columns, 2);
    const table = rollupBy(data.rows, by);
    // A row of projects that all lack the amount reads 未填, not 0.00.
    const knownInUnit = (yuan: number | null) => (yuan === null ? UNKNOWN_AMOUNT.zh : amountInUnit(yuan, data.unit));
    const values = (serial: number | null, key: string, row: RollupRow) => [
      serial, key, row.count, knownInUnit(knownSum(row.totalInvestment, row.totalUnknown, row.count)), row.share,
      knownInUnit(knownSum(row.annualPlan, row.planUnknown, row.count)), amountInUnit(row.completedYtd, data.unit), row.completionRate,
      unknownNote(row) || null,
    ];
    let r = HEADER_ROW + 1;
    writeRow(ws, r++, columns, values(null, '合计', table.total), 'total');
    table.rows.forEach((row, i) => writeRow(ws, r++, columns, values(i + 1, row.key, row)));
    addAutoFilter(ws, r - 1, columns.length);
    const unknown = unknownNote(table.total);
    writeNote(ws, r + 1, columns.length, `注：金额单位为${data.unit}，按元精确合计后折算；占比按总投资计算；完成率＝1-${data.monthNumber}月完成投资÷年度计划投资（年度计划未填的项目不计）。“未填”的金额不计入合计${unknown ? `，合计${unknown}` : ''}。`);
  }
}
