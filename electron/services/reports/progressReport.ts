/**
 * 1. 重大项目推进情况表: a row per project, grouped (产业链 by default) with a 小计 row heading each
 * group and a 合计 row under the header, as the monthly reports leaders receive are laid out.
 */

import type { Workbook } from '../excel/exceljs';
import { amountInUnit } from '../../../shared/reports/reportAmounts';
import { DIMENSION_LABELS, type RollupRow } from '../../../shared/domain/rollup';
import type { ProjectRow } from '../../../shared/domain/types';
import { knownSum, UNKNOWN_AMOUNT, unknownNote } from '../../../shared/domain/unknownAmounts';
import { REPORT_TITLES } from '../../../shared/reports/reportIds';
import type { ReportData } from './reportData';
import { chineseOrdinal } from './reportData';
import { addAutoFilter, addReportSheet, HEADER_ROW, paintCell, PROJECT_CODE_COLUMN, writeNote, writeRow, type ReportColumn } from './sheetLayout';
import { LIGHT_FILL, LIGHT_FONT, LIGHT_LEGEND } from './lightFills';

function columnsFor(data: ReportData): ReportColumn[] {
  return [
    { header: '序号', width: 6, kind: 'serial' },
    { header: '项目名称', width: 30, kind: 'wrap' },
    { header: '建设单位', width: 24, kind: 'wrap' },
    { header: '产业链', width: 12, kind: 'center' },
    { header: '区域', width: 13, kind: 'center' },
    { header: '总投资', width: 15, kind: 'amount' },
    { header: '年度计划投资', width: 15, kind: 'amount' },
    { header: `1-${data.monthNumber}月完成投资`, width: 15, kind: 'amount' },
    // Since the project began: a different figure from this year's 1–N月, never its substitute.
    { header: '累计完成投资（开工以来）', width: 15, kind: 'amount' },
    { header: '完成率', width: 9, kind: 'rate' },
    { header: '当前节点', width: 11, kind: 'center' },
    { header: '下一节点及计划时间', width: 15, kind: 'wrap' },
    { header: '形象进度', width: 38, kind: 'wrap' },
    { header: '存在问题', width: 32, kind: 'wrap' },
    { header: '责任单位', width: 17, kind: 'wrap' },
    { header: '责任领导', width: 10, kind: 'center' },
    // Last and narrow: the key an import matches on (see PROJECT_CODE_COLUMN), read by staff, not in meetings.
    PROJECT_CODE_COLUMN,
  ];
}

function money(data: ReportData, yuan: number): number {
  return amountInUnit(yuan, data.unit);
}

/** A project's amount, or 未填 when the source did not state it (never 0). */
function known(data: ReportData, yuan: number | null): number | string {
  return yuan === null ? UNKNOWN_AMOUNT.zh : money(data, yuan);
}

/** 累计完成投资 of the projects that state it; blank when none does. */
function cumulativeSum(data: ReportData, projects: readonly ProjectRow[]): number | null {
  const stated = projects.filter((p) => p.cumulativeCompleted !== null);
  return stated.length ? money(data, stated.reduce((sum, p) => sum + p.cumulativeCompleted!, 0)) : null;
}

/** "合计（12个项目，其中 1 个项目总投资未填）": the unknown amounts are named where the sums are. */
function sumsLabel(head: string, sums: RollupRow, noun = '个'): string {
  const note = unknownNote(sums);
  return `${head}（${sums.count}${noun}${note ? `，${note}` : ''}）`;
}

function sumsRow(data: ReportData, label: string, sums: RollupRow, projects: readonly ProjectRow[]): Array<string | number | null> {
  return [null, label, null, null, null,
    known(data, knownSum(sums.totalInvestment, sums.totalUnknown, sums.count)), known(data, knownSum(sums.annualPlan, sums.planUnknown, sums.count)),
    money(data, sums.completedYtd), cumulativeSum(data, projects), sums.completionRate, null, null, null, null, null, null, null];
}

function projectValues(data: ReportData, serial: number, p: ProjectRow): Array<string | number | null> {
  const next = p.nextNode ? (p.nextNode.plannedEnd ? `${p.nextNode.name}\n${p.nextNode.plannedEnd}` : p.nextNode.name) : '';
  return [
    serial, p.name, p.company, p.chain, p.area,
    known(data, p.totalInvestment), known(data, p.annualPlan), money(data, p.completedYtd), known(data, p.cumulativeCompleted),
    // 完成率 only against a known plan: 1–N月 ÷ 年度计划, never 累计 ÷ anything.
    p.annualPlan === null ? '—' : p.annualPlan > 0 ? p.completedYtd / p.annualPlan : null,
    p.currentNode ?? '', next, p.progressNote, p.problems, p.ownerUnit, p.leader, p.code,
  ];
}

export function writeProgressReport(wb: Workbook, data: ReportData): void {
  const columns = columnsFor(data);
  const ws = addReportSheet(wb, REPORT_TITLES.progress, {
    title: `${data.month.slice(0, 4)}年${REPORT_TITLES.progress}（1-${data.monthNumber}月）`,
    reportingUnit: data.reportingUnit,
    asOf: data.asOf,
    unitLine: `单位：${data.unit}`,
  }, columns, 2);

  const currentNodeColumn = columns.findIndex((c) => c.header === '当前节点') + 1;
  let r = HEADER_ROW + 1;
  writeRow(ws, r++, columns, sumsRow(data, sumsLabel('合计', data.total, '个项目'), data.total, data.rows), 'total');
  let serial = 1;
  data.groups.forEach((group, i) => {
    const label = sumsLabel(`${chineseOrdinal(i)}${DIMENSION_LABELS[data.by]}：${group.sums.key}`, group.sums);
    writeRow(ws, r++, columns, sumsRow(data, label, group.sums, group.projects), 'subtotal');
    for (const p of group.projects) {
      writeRow(ws, r, columns, projectValues(data, serial++, p));
      // The project's light as the fill of its current node, as on the 挂图 boards.
      paintCell(ws.getRow(r).getCell(currentNodeColumn), LIGHT_FILL[p.light.color], LIGHT_FONT[p.light.color]);
      r++;
    }
  });
  addAutoFilter(ws, r - 1, columns.length);
  const unknown = unknownNote(data.total);
  writeNote(ws, r + 1, columns.length, `注：1. 金额单位为${data.unit}，按元精确合计后折算；完成率＝1-${data.monthNumber}月完成投资÷年度计划投资（年度计划未填的项目不计）；累计完成投资为开工以来累计，与本年1-${data.monthNumber}月完成投资不同。2. “未填”为来源未提供的金额，不计入合计${unknown ? `（${unknown}）` : ''}。3. ${LIGHT_LEGEND.replace('亮灯说明：', '当前节点底色为项目亮灯：')}4. ${data.lightRules}`);
}
