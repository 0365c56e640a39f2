/**
 * 2. 项目节点计划表: a row per node of every reported project, its light as the fill of the 状态
 * cell; projects grouped like the 推进情况表, each group headed by a 小计 line counting its nodes.
 */

import type { Workbook, Worksheet } from '../excel/exceljs';
import { DIMENSION_LABELS } from '../../../shared/domain/rollup';
import type { ScheduleNodeWithLight } from '../../../shared/domain/types';
import { REPORT_TITLES } from '../../../shared/reports/reportIds';
import { chineseOrdinal, type ReportData } from './reportData';
import { addAutoFilter, addReportSheet, HEADER_ROW, paintCell, PROJECT_CODE_COLUMN, writeNote, writeRow, type ReportColumn } from './sheetLayout';
import { LIGHT_FILL, LIGHT_FONT, LIGHT_LEGEND } from './lightFills';

const COLUMNS: ReportColumn[] = [
  { header: '序号', width: 6, kind: 'serial' },
  { header: '项目名称', width: 32, kind: 'wrap' },
  { header: '产业链', width: 12, kind: 'center' },
  { header: '区域', width: 13, kind: 'center' },
  { header: '节点', width: 12, kind: 'center' },
  { header: '里程碑', width: 8, kind: 'center' },
  { header: '计划开始', width: 12, kind: 'date' },
  { header: '计划完成', width: 12, kind: 'date' },
  { header: '实际开始', width: 12, kind: 'date' },
  { header: '实际完成', width: 12, kind: 'date' },
  { header: '完成比例', width: 10, kind: 'percent' },
  { header: '状态', width: 14, kind: 'center' },
  { header: '责任单位', width: 18, kind: 'wrap' },
  { header: '责任领导', width: 10, kind: 'center' },
  { header: '说明', width: 36, kind: 'wrap' },
  PROJECT_CODE_COLUMN,
];
const STATUS_COLUMN = COLUMNS.findIndex((c) => c.header === '状态') + 1;

function date(iso: string | null): Date | null {
  // UTC midnight: exceljs turns it into the exact day serial, whatever the machine's time zone.
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function statusText(node: ScheduleNodeWithLight): string {
  const { light } = node;
  if (light.reason) return `逾期：${light.reason}`;
  if (light.daysLate !== undefined) return `${light.status} ${light.daysLate}天`;
  if (light.daysLeft !== undefined) return `${light.status}（剩${light.daysLeft}天）`;
  return light.status;
}

function tally(nodes: ScheduleNodeWithLight[]): string {
  const count = (color: string) => nodes.filter((n) => n.light.color === color).length;
  return `节点${nodes.length}个，逾期${count('red')}个，预警${count('yellow')}个，已完成${nodes.filter((n) => n.actualEnd).length}个`;
}

/** A 合计/小计 line is one sentence across the row: merged, one line high. */
function mergeLabel(ws: Worksheet, r: number): void {
  ws.mergeCells(r, 2, r, COLUMNS.length);
  ws.getRow(r).height = 22;
}

export function writeNodePlanReport(wb: Workbook, data: ReportData): void {
  const nodes = data.nodes;
  const ws = addReportSheet(wb, REPORT_TITLES.nodes, {
    title: `${data.month.slice(0, 4)}年重大${REPORT_TITLES.nodes}`,
    reportingUnit: data.reportingUnit,
    asOf: data.asOf,
    unitLine: '',
  }, COLUMNS, 2);
  const summary = (label: string) => [null, label];
  let r = HEADER_ROW + 1;
  const all = data.groups.flatMap((g) => g.projects.flatMap((p) => nodes.get(p.id) ?? []));
  writeRow(ws, r, COLUMNS, summary(`合计：${data.projectCount}个项目，${tally(all)}`), 'total');
  mergeLabel(ws, r);
  r++;
  let serial = 1;
  data.groups.forEach((group, i) => {
    const groupNodes = group.projects.flatMap((p) => nodes.get(p.id) ?? []);
    writeRow(ws, r, COLUMNS, summary(`${chineseOrdinal(i)}${DIMENSION_LABELS[data.by]}：${group.sums.key}（${group.sums.count}个项目，${tally(groupNodes)}）`), 'subtotal');
    mergeLabel(ws, r);
    r++;
    for (const p of group.projects) {
      for (const node of nodes.get(p.id) ?? []) {
        writeRow(ws, r, COLUMNS, [
          serial++, p.name, p.chain, p.area, node.name, node.milestone ? '◆' : '',
          date(node.plannedStart), date(node.plannedEnd), date(node.actualStart), date(node.actualEnd),
          node.percent / 100, statusText(node), p.ownerUnit, p.leader, node.note, p.code,
        ]);
        paintCell(ws.getRow(r).getCell(STATUS_COLUMN), LIGHT_FILL[node.light.color], LIGHT_FONT[node.light.color]);
        r++;
      }
    }
  });
  addAutoFilter(ws, r - 1, COLUMNS.length);
  writeNote(ws, r + 1, COLUMNS.length, `注：状态按截至日期判定；◆为里程碑节点。${LIGHT_LEGEND}${data.lightRules}`);
}
