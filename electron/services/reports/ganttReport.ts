/**
 * 4. 挂图作战图: a Gantt drawn in cells. A row per project, a column per month of the report's
 * year; a month is filled in the colour of the node planned in it (the most urgent when several
 * overlap), the nodes due that month are named in the cell (◆ for milestones), and today's month
 * is marked in the header and outlined down the sheet.
 */

import type { Workbook, Worksheet } from '../excel/exceljs';
import { amountInUnit } from '../../../shared/reports/reportAmounts';
import { DIMENSION_LABELS } from '../../../shared/domain/rollup';
import { monthOf } from '../../../shared/domain/dates';
import { worseLight } from '../../../shared/domain/lights';
import type { ProjectRow, ScheduleNodeWithLight } from '../../../shared/domain/types';
import { REPORT_TITLES } from '../../../shared/reports/reportIds';
import { knownSum, UNKNOWN_AMOUNT, totalUnknownNote } from '../../../shared/domain/unknownAmounts';
import { chineseOrdinal, type ReportData } from './reportData';
import { addAutoFilter, addReportSheet, HEADER_ROW, paintCell, restyle, solidFill, writeNote, writeRow, type ReportColumn } from './sheetLayout';
import { LIGHT_FILL, LIGHT_FONT, LIGHT_LEGEND } from './lightFills';

const FIXED: ReportColumn[] = [
  { header: '序号', width: 6, kind: 'serial' },
  { header: '项目名称', width: 28, kind: 'wrap' },
  { header: '区域', width: 13, kind: 'center' },
  { header: '总投资', width: 15, kind: 'amount' },
  { header: '当前节点', width: 10, kind: 'center' },
  { header: '责任领导', width: 9, kind: 'center' },
];
const TODAY_MARK = 'FFC00000';

function monthsOfYear(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Nodes whose planned span touches the month (a node with only an end date spans its end month). */
function nodesInMonth(nodes: ScheduleNodeWithLight[], month: string): ScheduleNodeWithLight[] {
  return nodes.filter((n) => {
    const end = n.plannedEnd ?? n.plannedStart;
    const start = n.plannedStart ?? n.plannedEnd;
    return start !== null && end !== null && monthOf(start) <= month && month <= monthOf(end);
  });
}

function monthCellText(nodes: ScheduleNodeWithLight[], month: string): string {
  return nodes
    .filter((n) => n.plannedEnd !== null && monthOf(n.plannedEnd) === month)
    .map((n) => `${n.milestone ? '◆' : ''}${n.name}${n.actualEnd ? '✓' : ''}`)
    .join('\n');
}

function paintMonths(ws: Worksheet, r: number, nodes: ScheduleNodeWithLight[], months: string[]): void {
  months.forEach((month, i) => {
    const touching = nodesInMonth(nodes, month);
    if (touching.length === 0) return;
    const color = touching.map((n) => n.light.color).reduce(worseLight);
    paintCell(ws.getRow(r).getCell(FIXED.length + 1 + i), LIGHT_FILL[color], LIGHT_FONT[color], { size: 9 });
  });
}

function outlineToday(ws: Worksheet, column: number, fromRow: number, toRow: number): void {
  const side = { style: 'medium' as const, color: { argb: TODAY_MARK } };
  for (let r = fromRow; r <= toRow; r++) {
    const bottom = r === toRow;
    restyle(ws.getRow(r).getCell(column), `today${bottom ? ':last' : ''}`, (style) => ({ ...style, border: { ...style.border, left: side, right: side, ...(bottom ? { bottom: side } : {}) } }));
  }
}

export function writeGanttReport(wb: Workbook, data: ReportData): void {
  const year = data.month.slice(0, 4);
  const months = monthsOfYear(year);
  const columns: ReportColumn[] = [...FIXED, ...months.map((m) => ({ header: `${Number(m.slice(5))}月`, width: 11, kind: 'wrap' as const }))];
  const ws = addReportSheet(wb, REPORT_TITLES.gantt, {
    title: `${year}年重大项目${REPORT_TITLES.gantt}`,
    reportingUnit: data.reportingUnit,
    asOf: data.asOf,
    unitLine: `总投资单位：${data.unit}`,
  }, columns, 2);
  const nodes = data.nodes;
  const money = (yuan: number | null) => (yuan === null ? UNKNOWN_AMOUNT.zh : amountInUnit(yuan, data.unit));
  // "（12个，其中 1 个项目总投资未填）": the 总投资 sums leave the unknown ones out and say so.
  const counted = (count: number, unknown: number, noun: string) => `（${count}${noun}${unknown ? `，${totalUnknownNote(unknown)}` : ''}）`;
  const blanks = months.map(() => null);

  let r = HEADER_ROW + 1;
  writeRow(ws, r++, columns, [null, `合计${counted(data.total.count, data.total.totalUnknown, '个项目')}`, null, money(knownSum(data.total.totalInvestment, data.total.totalUnknown, data.total.count)), null, null, ...blanks], 'total');
  let serial = 1;
  data.groups.forEach((group, i) => {
    const label = `${chineseOrdinal(i)}${DIMENSION_LABELS[data.by]}：${group.sums.key}${counted(group.sums.count, group.sums.totalUnknown, '个')}`;
    writeRow(ws, r++, columns, [null, label, null, money(knownSum(group.sums.totalInvestment, group.sums.totalUnknown, group.sums.count)), null, null, ...blanks], 'subtotal');
    for (const p of group.projects) writeProjectRow(ws, r++, columns, serial++, p, nodes.get(p.id) ?? [], months, money);
  });
  const lastRow = r - 1;
  addAutoFilter(ws, lastRow, columns.length);

  const todayMonth = monthOf(data.asOf);
  const todayIndex = months.indexOf(todayMonth);
  if (todayIndex >= 0) {
    const column = FIXED.length + 1 + todayIndex;
    const header = ws.getRow(HEADER_ROW).getCell(column);
    header.value = `${Number(todayMonth.slice(5))}月\n▼本月`;
    header.fill = solidFill(TODAY_MARK);
    header.font = { ...header.font, bold: true, color: { argb: 'FFFFFFFF' } };
    outlineToday(ws, column, HEADER_ROW, lastRow);
  }
  writeNote(ws, r + 1, columns.length, `注：月份格按该月计划中的节点着色（多个节点取最紧急者），格内为当月计划完成的节点，◆为里程碑，✓为已完成；红框为本月；总投资“未填”为来源未提供，不计入合计。${LIGHT_LEGEND}`);
}

function writeProjectRow(ws: Worksheet, r: number, columns: ReportColumn[], serial: number, p: ProjectRow, nodes: ScheduleNodeWithLight[], months: string[], money: (yuan: number | null) => number | string): void {
  writeRow(ws, r, columns, [serial, p.name, p.area, money(p.totalInvestment), p.currentNode ?? '', p.leader, ...months.map((m) => monthCellText(nodes, m))]);
  paintMonths(ws, r, nodes, months);
  paintCell(ws.getRow(r).getCell(5), LIGHT_FILL[p.light.color], LIGHT_FONT[p.light.color]);
}
