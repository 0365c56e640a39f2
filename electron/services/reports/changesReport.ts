/**
 * 5. 重大项目比上月变化表: what changed since the previous closed month, a section per kind of change
 * (新入库, 新签约/开工/竣工/投产, 转为红灯, 红灯解除, 新增/已解决卡点, 移出台账), and a second sheet
 * with the investment completed since then by 产业链 and 区域.
 */

import type { Workbook, Worksheet } from '../excel/exceljs';
import { amountInUnit } from '../../../shared/reports/reportAmounts';
import { REPORT_TITLES } from '../../../shared/reports/reportIds';
import { UNKNOWN_AMOUNT } from '../../../shared/domain/unknownAmounts';
import { formatChineseDate } from '../../../shared/domain/dates';
import { monthLabel } from '../../../shared/domain/monthEnd';
import { LIGHT_NAMES } from '../../../shared/domain/lightNames';
import type { ChangedProject, InvestmentDelta, MonthChanges, ProblemChange } from '../../../shared/domain/monthChanges';
import type { ServiceContext } from '../context';
import { monthChanges } from '../monthEnd/changes';
import { chineseOrdinal, type ReportData } from './reportData';
import { addAutoFilter, addReportSheet, HEADER_ROW, PROJECT_CODE_COLUMN, writeNote, writeRow, type ReportColumn } from './sheetLayout';

const COLUMNS: ReportColumn[] = [
  { header: '序号', width: 6, kind: 'serial' },
  { header: '项目名称', width: 32, kind: 'wrap' },
  { header: '产业链', width: 12, kind: 'center' },
  { header: '区域', width: 13, kind: 'center' },
  { header: '变化', width: 18, kind: 'center' },
  { header: '总投资', width: 15, kind: 'amount' },
  { header: '说明', width: 52, kind: 'wrap' },
  PROJECT_CODE_COLUMN,
];

type Line = Array<string | number | null>;
interface Section {
  title: string;
  lines: Line[];
}

function problemNote(p: ProblemChange): string {
  const parts = [p.text];
  if (p.department) parts.push(`协调部门：${p.department}`);
  if (p.promisedOn) parts.push(`承诺解决：${p.promisedOn}`);
  if (!p.open) parts.push(p.resolvedOn ? `已于 ${p.resolvedOn} 解决${p.resolution ? `：${p.resolution}` : ''}` : `已解决${p.resolution ? `：${p.resolution}` : ''}`);
  return parts.join('；');
}

function sections(c: MonthChanges, money: (yuan: number | null) => number | string): Section[] {
  const project = (p: ChangedProject, change: string, note = ''): Line => [null, p.name, p.chain, p.area, change, money(p.totalInvestment), note, p.code];
  const stageStep = (p: ChangedProject) => `${p.previousStage ?? ''}→${p.stage}`;
  const problem = (p: ProblemChange, change: string): Line => [null, p.name, null, null, change, null, problemNote(p), p.code];
  return [
    { title: '新入库项目', lines: c.newProjects.map((p) => project(p, `新入库（${p.stage}）`)) },
    { title: '新签约项目', lines: c.milestones.signed.map((p) => project(p, stageStep(p))) },
    { title: '新开工项目', lines: c.milestones.started.map((p) => project(p, stageStep(p))) },
    { title: '新竣工项目', lines: c.milestones.completed.map((p) => project(p, stageStep(p))) },
    { title: '新投产项目', lines: c.milestones.producing.map((p) => project(p, stageStep(p))) },
    { title: '转为红灯的项目', lines: c.turnedRed.map((p) => project(p, `${LIGHT_NAMES[p.previousColor].zh}→红灯`, p.reason)) },
    { title: '红灯解除的项目', lines: c.recovered.map((p) => project(p, `红灯→${LIGHT_NAMES[p.color].zh}`, `上月原因：${p.reason}`)) },
    { title: '新增卡点', lines: c.newProblems.map((p) => problem(p, p.open ? '新增（未解决）' : '新增（已解决）')) },
    { title: '已解决卡点', lines: c.solvedProblems.map((p) => problem(p, '已解决')) },
    { title: '移出台账的项目', lines: c.removedProjects.map((p) => project(p, '已归档或删除')) },
  ];
}

/** "与2026年10月月结（截至2026年10月31日）比较", or why there is nothing to compare with. */
function comparedWith(c: MonthChanges): string {
  const source = c.closed ? `${monthLabel(c.month)}月结数据` : `${monthLabel(c.month)}当前数据（尚未月结）`;
  if (!c.previous) return `${source}：此前没有已月结的月份，无从比较。先月结上月，下月即可比上月。`;
  return `${source}与${monthLabel(c.previous.month)}月结（截至${formatChineseDate(c.previous.asOf)}）比较`;
}

function mergeAcross(ws: Worksheet, r: number, from: number, to: number): void {
  ws.mergeCells(r, from, r, to);
  ws.getRow(r).height = 22;
}

function writeProjectSheet(wb: Workbook, data: ReportData, c: MonthChanges): void {
  const money = (yuan: number | null) => (yuan === null ? UNKNOWN_AMOUNT.zh : amountInUnit(yuan, data.unit));
  const ws = addReportSheet(wb, '比上月变化', {
    title: `${monthLabel(c.month)}${REPORT_TITLES.changes}`,
    reportingUnit: data.reportingUnit,
    asOf: c.asOf,
    unitLine: `单位：${data.unit}`,
  }, COLUMNS, 2);
  const all = sections(c, money);
  let r = HEADER_ROW + 1;
  const counts = all.map((s) => `${s.title.replace(/的项目$|项目$/, '')}${s.lines.length}`).join('，');
  writeRow(ws, r, COLUMNS, [null, `${comparedWith(c)}${c.previous ? `：${counts}` : ''}`], 'total');
  mergeAcross(ws, r++, 2, COLUMNS.length);
  let serial = 1;
  all.forEach((section, i) => {
    writeRow(ws, r, COLUMNS, [null, `${chineseOrdinal(i)}${section.title}（${section.lines.length}个）`], 'subtotal');
    mergeAcross(ws, r++, 2, COLUMNS.length);
    if (!section.lines.length) writeRow(ws, r++, COLUMNS, [null, '（无）']);
    for (const line of section.lines) writeRow(ws, r++, COLUMNS, [serial++, ...line.slice(1)]);
  });
  addAutoFilter(ws, r - 1, COLUMNS.length);
  writeNote(ws, r + 1, COLUMNS.length, '注：1. 比较的是两次月结冻结的数据：阶段按当月末已完成的里程碑节点判定，亮灯按各自截至日期判定。2. 新增卡点为两次月结之间登记的卡点；已解决卡点为上次月结时未解决、本次月结时已解决的卡点。3. 新入库项目不重复列入新签约等栏目。');
}

function writeInvestmentSheet(wb: Workbook, data: ReportData, c: MonthChanges): void {
  const n = Number(c.month.slice(5, 7));
  const previousN = c.previous ? Number(c.previous.month.slice(5, 7)) : null;
  const sameYear = c.previous !== null && c.previous.month.slice(0, 4) === c.month.slice(0, 4);
  const columns: ReportColumn[] = [
    { header: '序号', width: 6, kind: 'serial' },
    { header: '产业链／区域', width: 22, kind: 'wrap' },
    { header: '项目数（个）', width: 10, kind: 'count' },
    { header: sameYear ? `上次月结1-${previousN}月完成投资` : '上次月结完成投资（跨年不比）', width: 18, kind: 'amount' },
    { header: `本月1-${n}月完成投资`, width: 18, kind: 'amount' },
    { header: '新增完成投资', width: 18, kind: 'amount' },
  ];
  const ws = addReportSheet(wb, '新增投资', {
    title: `${monthLabel(c.month)}重大项目新增完成投资（比上月）`,
    reportingUnit: data.reportingUnit,
    asOf: c.asOf,
    unitLine: `单位：${data.unit}`,
  }, columns, 2);
  const money = (yuan: number) => amountInUnit(yuan, data.unit);
  const line = (serial: number | null, d: InvestmentDelta): Line => [serial, d.key, d.count, d.previous === null ? '—' : money(d.previous), money(d.current), money(d.added)];
  let r = HEADER_ROW + 1;
  writeRow(ws, r++, columns, line(null, c.investmentTotal), 'total');
  const groups: Array<[string, InvestmentDelta[]]> = [['按产业链', c.investmentByChain], ['按区域', c.investmentByArea]];
  groups.forEach(([title, rows], i) => {
    writeRow(ws, r, columns, [null, `${chineseOrdinal(i)}${title}`], 'subtotal');
    mergeAcross(ws, r++, 2, columns.length);
    rows.forEach((d, k) => writeRow(ws, r++, columns, line(k + 1, d)));
  });
  addAutoFilter(ws, r - 1, columns.length);
  writeNote(ws, r + 1, columns.length, `注：新增完成投资＝本月1-${n}月完成投资－上次月结时的1-N月完成投资，按元精确计算后折算；上次月结后对以前月份的更正也计入（可为负数）。${sameYear ? '' : '上次月结在上一年度的，新增即本年1-N月完成投资。'}${comparedWith(c)}。`);
}

export async function writeChangesReport(wb: Workbook, data: ReportData, ctx: ServiceContext): Promise<void> {
  const changes = await monthChanges(ctx, data.month);
  writeProjectSheet(wb, data, changes);
  writeInvestmentSheet(wb, data, changes);
}
