/**
 * A unit's fill-in template as a clerk in a street office opens it in Excel or WPS: the month's
 * projects already listed, grey columns that are ours (locked), yellow columns that are theirs
 * (open, with drop-downs and checks on amounts and dates), a 填报说明 sheet, and the sheets
 * protected without a password so nothing but the yellow cells changes by accident.
 */

import { newWorkbook, setDocumentProperties, workbookBytes, type Cell, type Workbook, type Worksheet } from '../excel/exceljs';
import { amountInUnit } from '../../../shared/reports/reportAmounts';
import { ROUND_SCOPE_LABELS, type TemplateIdentity } from '../../../shared/rounds/types';
import { setTextCell } from '../reports/cellWriter';
import { ALL_BORDERS, BODY_FONT, solidFill, TITLE_FONT } from '../reports/sheetLayout';
import {
  FIRST_DATA_ROW, HEADER_ROW, INFO_ROW, INSTRUCTIONS_SHEET, META_SHEET, NODE_COLUMNS, NODE_SHEET, nodeKey, PHONE_CELL, priorMonthsLabel, PROJECT_SHEET,
  projectColumns, projectKey, REPORTER_CELL, REPORTER_ROW, STATUS_CHOICES, TEMPLATE_MARK, TEMPLATE_VERSION, TITLE_ROW, type TemplateColumn,
} from './layout';
import type { TemplateProject } from './templateData';

const LOCKED_FILL = 'FFF2F2F2';
const OPEN_FILL = 'FFFFF5CC';
const HEADER_FILL = 'FFD9E1F2';
const OPEN_HEADER_FILL = 'FFFFE699';
const AMOUNT_FORMAT = '#,##0.00##';
const DATE_FORMAT = 'yyyy-mm-dd';
/** Two ideographic spaces between the parts of a heading line. */
const GAP = '\u3000\u3000';

/** Sheet protection without a password: Excel, WPS and LibreOffice lift it without asking, but nobody types over a locked cell by accident. */
const PROTECTION = {
  selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true,
  formatCells: false, insertRows: false, insertColumns: false, deleteRows: false, deleteColumns: false, sort: false, autoFilter: false,
};

function monthTitle(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function validationFor(column: TemplateColumn, month: string): Cell['dataValidation'] | undefined {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true };
  switch (column.kind) {
    case 'amount':
      return {
        ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'warning',
        promptTitle: '单位：万元', prompt: column.key === 'ytd' ? `填写1-${Number(month.slice(5, 7))}月累计数，与本月数填一项即可` : '填写本月当月完成数，与1-N月累计数填一项即可',
        errorTitle: '金额', error: '请填写不小于 0 的数字，单位万元（如 120 或 120.5）。',
      };
    case 'date':
      return {
        ...common, type: 'date', operator: 'between', formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))], errorStyle: 'warning',
        promptTitle: '日期', prompt: '如 2026-11-05', errorTitle: '日期', error: '请填写日期，如 2026-11-05。',
      };
    case 'status':
      return { ...common, type: 'list', formulae: [`"${STATUS_CHOICES.join(',')}"`], errorStyle: 'stop', errorTitle: '推进状态', error: `请从下拉列表中选择：${STATUS_CHOICES.join('、')}` };
    case 'wrap':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [2000], errorStyle: 'stop', errorTitle: column.header, error: '不能超过 2000 字。' };
    default:
      return undefined;
  }
}

/** Title, 填报单位 line and 填报人 line above the table; the header row. */
function addTableSheet(wb: Workbook, name: string, title: string, info: string, columns: TemplateColumn[], withReporter: boolean): Worksheet {
  const ws = wb.addWorksheet(name, {
    properties: { defaultRowHeight: 18 },
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW, showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: `&C&"${BODY_FONT}"&9第 &P 页，共 &N 页` },
  });
  ws.columns = columns.map((c) => ({ width: c.width, hidden: c.kind === 'key' }));
  const visible = columns.filter((c) => c.kind !== 'key').length;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, visible);
  const t = ws.getCell(TITLE_ROW, 1);
  setTextCell(t, title);
  t.font = { name: TITLE_FONT, size: 16, bold: true };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(TITLE_ROW).height = 30;
  ws.mergeCells(INFO_ROW, 1, INFO_ROW, visible);
  const i = ws.getCell(INFO_ROW, 1);
  setTextCell(i, info);
  i.font = { name: BODY_FONT, size: 11 };
  i.alignment = { vertical: 'middle' };
  ws.getRow(INFO_ROW).height = 22;
  if (withReporter) {
    const label = (col: number, text: string) => {
      const c = ws.getCell(REPORTER_ROW, col);
      setTextCell(c, text);
      c.font = { name: BODY_FONT, size: 11 };
      c.alignment = { horizontal: 'right', vertical: 'middle' };
    };
    label(REPORTER_CELL - 1, '填报人：');
    label(PHONE_CELL - 1, '联系电话：');
    for (const col of [REPORTER_CELL, PHONE_CELL]) {
      const c = ws.getCell(REPORTER_ROW, col);
      c.protection = { locked: false };
      c.fill = solidFill(OPEN_FILL);
      c.border = ALL_BORDERS;
      c.font = { name: BODY_FONT, size: 11 };
    }
    ws.getRow(REPORTER_ROW).height = 22;
  }
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, n) => {
    const cell = header.getCell(n + 1);
    setTextCell(cell, c.header);
    cell.font = { name: TITLE_FONT, size: 10 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = solidFill(c.editable ? OPEN_HEADER_FILL : HEADER_FILL);
    cell.border = ALL_BORDERS;
  });
  header.height = 36;
  return ws;
}

function writeCell(cell: Cell, column: TemplateColumn, value: string | number | Date | null, month: string): void {
  if (value instanceof Date) {
    cell.value = value;
    cell.numFmt = DATE_FORMAT;
  } else if (typeof value === 'number') {
    cell.value = value;
    cell.numFmt = column.kind === 'amount' ? AMOUNT_FORMAT : '0';
  } else if (value !== null && value !== '') {
    setTextCell(cell, value);
  }
  if (column.kind === 'date' && value === null) cell.numFmt = DATE_FORMAT;
  if (column.kind === 'amount' && value === null) cell.numFmt = AMOUNT_FORMAT;
  cell.font = { name: BODY_FONT, size: 10 };
  cell.border = ALL_BORDERS;
  const numeric = column.kind === 'amount';
  // The hidden key is left-aligned: centred text in a hidden column spills into the empty cell beside it.
  const horizontal = numeric ? 'right' : column.kind === 'wrap' || column.kind === 'text' || column.kind === 'key' ? 'left' : 'center';
  // A one-character indent keeps text off the borders, as the reports do.
  cell.alignment = { horizontal, vertical: 'middle', indent: horizontal === 'center' ? 0 : 1, wrapText: column.kind === 'wrap' };
  cell.fill = solidFill(column.editable ? OPEN_FILL : LOCKED_FILL);
  if (column.editable) {
    cell.protection = { locked: false };
    const validation = validationFor(column, month);
    if (validation) cell.dataValidation = validation;
  }
}

function rowHeight(texts: Array<[string, number]>): number {
  const lines = Math.max(1, ...texts.map(([text, width]) => Math.ceil([...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 1.85 : 1), 0) / Math.max(4, width - 2))));
  return Math.min(160, Math.max(22, lines * 13.5 + 6));
}

function writeProjectSheet(wb: Workbook, identity: TemplateIdentity, projects: TemplateProject[]): void {
  const columns = projectColumns(identity.month);
  const scopeLabel = ROUND_SCOPE_LABELS[identity.scope].zh;
  const ws = addTableSheet(wb, PROJECT_SHEET, `${monthTitle(identity.month)}重大项目月度填报表`,
    `填报单位（${scopeLabel}）：${identity.unit}${GAP}填报月份：${monthTitle(identity.month)}${GAP}金额单位：万元${GAP}下发单位：${identity.issuedBy}`, columns, true);
  projects.forEach((tp, i) => {
    const p = tp.project;
    const values: Record<string, string | number | Date | null> = {
      serial: i + 1, code: p.code, name: p.name, currentNode: tp.currentNode?.name ?? (tp.nodes.length ? '全部完成' : '无节点'),
      prior: amountInUnit(tp.prior, '万元'), completed: null, ytd: null, progressNote: p.progressNote, problems: p.problems,
      nextNode: tp.nextNode?.name ?? '', nextPlan: dateCell(tp.nextNode?.plannedEnd ?? null), status: p.stageOverride ?? STATUS_CHOICES[0], rowKey: projectKey(p.id),
    };
    const row = ws.getRow(FIRST_DATA_ROW + i);
    columns.forEach((c, n) => {
      // No next node: nothing to plan, so the cell stays closed.
      const column = c.key === 'nextPlan' && !tp.nextNode ? { ...c, editable: false } : c;
      writeCell(row.getCell(n + 1), column, values[c.key] ?? null, identity.month);
    });
    row.height = rowHeight([[p.name, 30], [p.progressNote, 40], [p.problems, 30]]);
  });
}

function writeNodeSheet(wb: Workbook, identity: TemplateIdentity, projects: TemplateProject[]): number {
  const ws = addTableSheet(wb, NODE_SHEET, `${monthTitle(identity.month)}项目节点进度填报表`,
    `填报单位：${identity.unit}${GAP}填报月份：${monthTitle(identity.month)}${GAP}本月完成或开始的节点，请在黄色格内填写实际日期`, NODE_COLUMNS, false);
  let r = FIRST_DATA_ROW;
  let serial = 1;
  for (const tp of projects) {
    for (const node of tp.nodes) {
      const values: Record<string, string | number | Date | null> = {
        serial: serial++, code: tp.project.code, name: tp.project.name, node: node.name, plannedStart: dateCell(node.plannedStart), plannedEnd: dateCell(node.plannedEnd),
        actualStart: dateCell(node.actualStart), actualEnd: dateCell(node.actualEnd), rowKey: nodeKey(node.id),
      };
      const row = ws.getRow(r++);
      NODE_COLUMNS.forEach((c, n) => writeCell(row.getCell(n + 1), c, values[c.key] ?? null, identity.month));
      row.height = rowHeight([[tp.project.name, 30]]);
    }
  }
  return r - FIRST_DATA_ROW;
}

function writeInstructions(wb: Workbook, identity: TemplateIdentity): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET, {
    views: [{ showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } },
  });
  const width = 76;
  ws.columns = [{ width }];
  const n = Number(identity.month.slice(5, 7));
  const lines = [
    `${monthTitle(identity.month)}重大项目月度填报说明`,
    `填报单位：${identity.unit}${GAP}下发单位：${identity.issuedBy}`,
    '',
    `1. 只需填写黄色格子；灰色格子（序号、项目编号、项目名称、当前节点、${priorMonthsLabel(identity.month)}已完成投资等）由台账带出，已锁定，请勿改动。`,
    `2. 投资金额单位为万元。「${n}月完成投资」填本月当月数，「1-${n}月完成投资」填今年累计数，两项填一项即可；都填时两者须一致（1-${n}月 ＝ ${priorMonthsLabel(identity.month)}已完成 ＋ ${n}月）。也可写「120万」「1.2亿」。`,
    '3. 空着的格子表示本月未报送该项，台账保持原值，不会当作 0。不再有问题时，请在「存在问题」中写「无」。',
    '4. 「形象进度」「存在问题」已带出台账现有内容，请按本月实际修改。',
    '5. 日期写作 2026-11-05（也可 2026/11/5、2026年11月5日）。本月开始或完成的节点，请到「节点进度」工作表填写实际开始、实际完成日期。',
    '6. 「推进状态」从下拉列表选择：正常推进、停滞、终止。',
    '7. 请勿增删行列、修改工作表名称或删除工作表；文件可以改名，用 WPS 或 LibreOffice 保存也可以。不在清单中的项目请另行报送，不要加在本表中。',
    '8. 请在「月度填报」表顶部填写填报人和联系电话，填好后将本文件发回下发单位。',
    '',
    '工作表已设保护（无密码），仅为防止误改；确需调整列宽时可直接拖动。',
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    setTextCell(cell, text);
    cell.font = i === 0 ? { name: TITLE_FONT, size: 16, bold: true } : { name: BODY_FONT, size: 11 };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    ws.getRow(i + 1).height = i === 0 ? 30 : rowHeight([[text, width]]) + 4;
  });
}

function writeMeta(wb: Workbook, identity: TemplateIdentity, projects: TemplateProject[], createdAt: string): void {
  const ws = wb.addWorksheet(META_SHEET);
  const rows: string[][] = [
    [TEMPLATE_MARK, String(TEMPLATE_VERSION)],
    ['模板编号', identity.templateId],
    ['月份', identity.month],
    ['范围', identity.scope],
    ['单位', identity.unit],
    ['下发单位', identity.issuedBy],
    ['生成时间', createdAt],
  ];
  for (const tp of projects) {
    rows.push(['项目', projectKey(tp.project.id), tp.project.code, tp.project.name, tp.nextNode ? nodeKey(tp.nextNode.id) : '']);
    for (const node of tp.nodes) rows.push(['节点', nodeKey(node.id), tp.project.code, node.name, projectKey(tp.project.id)]);
  }
  rows.forEach((values, i) => values.forEach((v, j) => setTextCell(ws.getCell(i + 1, j + 1), v)));
  ws.state = 'veryHidden';
}

export async function templateWorkbook(identity: TemplateIdentity, projects: TemplateProject[], createdAt: string): Promise<Uint8Array> {
  const wb = newWorkbook();
  setDocumentProperties(wb, { title: `${monthTitle(identity.month)}重大项目月度填报表`, subject: `填报单位：${identity.unit}`, keywords: `${TEMPLATE_MARK} ${identity.templateId}` });
  writeProjectSheet(wb, identity, projects);
  writeNodeSheet(wb, identity, projects);
  writeInstructions(wb, identity);
  writeMeta(wb, identity, projects, createdAt);
  for (const ws of wb.worksheets) {
    if (ws.name !== META_SHEET) await ws.protect('', PROTECTION);
  }
  return workbookBytes(wb);
}
