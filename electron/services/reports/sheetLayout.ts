/**
 * The layout every report shares, as the reports leaders already receive look: a merged title,
 * a 填报单位 / 截至日期 / 单位 line, one header row repeated on every printed page, frozen panes,
 * an autofilter, A3 landscape fitted to one page wide, 宋体 body and 黑体 title, thin borders.
 */

import { PAPER_A3, type Cell, type PaperSize, type Workbook, type Worksheet } from '../excel/exceljs';
import { formatChineseDate } from '../../../shared/domain/dates';
import { AMOUNT_FORMAT } from '../../../shared/reports/reportAmounts';
import { setTextCell } from './cellWriter';

export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';
const BODY_SIZE = 10;
const LINE_HEIGHT = 13.5;

export type ColumnKind = 'serial' | 'text' | 'wrap' | 'amount' | 'rate' | 'percent' | 'count' | 'date' | 'center';

export interface ReportColumn {
  header: string;
  /** Excel column width in characters ("0" widths; a Chinese character takes about two). */
  width: number;
  kind: ColumnKind;
}

/**
 * 项目编号 as a narrow visible column at the right of a project's row: the key an import of the
 * report matches its projects on. Visible rather than hidden: a hidden column is unhidden, deleted
 * or dropped when a leader's office re-saves the file in WPS, and a code a person can read is the
 * reference staff quote on the phone anyway. Written as text so "0012" keeps its zeros.
 */
export const PROJECT_CODE_COLUMN: ReportColumn = { header: '项目编号', width: 13, kind: 'center' };

export interface SheetHeading {
  title: string;
  reportingUnit: string;
  /** The 截至 date printed under the title. */
  asOf: string;
  /** "单位：万元"; empty for sheets without amounts. */
  unitLine: string;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const ALL_BORDERS = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function solidFill(argb: string) {
  return { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb }, bgColor: { argb } };
}

/** Row number of the header: title (1), heading line (2), header (3). */
export const HEADER_ROW = 3;

/** Creates a sheet with the title, heading line and header row, print setup and frozen panes (A3 unless another paper is named). */
export function addReportSheet(wb: Workbook, sheetName: string, heading: SheetHeading, columns: ReportColumn[], frozenColumns: number, paperSize: PaperSize = PAPER_A3): Worksheet {
  const ws = wb.addWorksheet(sheetName, {
    properties: { defaultRowHeight: 18 },
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: HEADER_ROW, showGridLines: false }],
    pageSetup: {
      paperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as needed
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: `&C&"${BODY_FONT}"&9第 &P 页，共 &N 页` },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;

  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = heading.title;
  title.font = { name: TITLE_FONT, size: 20, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 36;

  writeHeadingLine(ws, heading, last);

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: TITLE_FONT, size: BODY_SIZE + 1 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = solidFill('FFD9E1F2');
    cell.border = ALL_BORDERS;
  });
  header.height = Math.max(30, LINE_HEIGHT * Math.max(...columns.map((c) => linesNeeded(c.header, c.width))) + 8);
  return ws;
}

/** 填报单位 on the left, 截至日期 in the middle, 单位 on the right, each merged over a third. */
function writeHeadingLine(ws: Worksheet, heading: SheetHeading, last: number): void {
  const third = Math.max(1, Math.floor(last / 3));
  const parts: Array<[number, number, string, 'left' | 'center' | 'right']> = [
    [1, third, `填报单位：${heading.reportingUnit}`, 'left'],
    [third + 1, last - third, `截至日期：${formatChineseDate(heading.asOf)}`, 'center'],
    [last - third + 1, last, heading.unitLine, 'right'],
  ];
  for (const [from, to, text, horizontal] of parts) {
    if (to < from) continue;
    if (to > from) ws.mergeCells(2, from, 2, to);
    const cell = ws.getCell(2, from);
    setTextCell(cell, text);
    cell.font = { name: BODY_FONT, size: 11 };
    cell.alignment = { horizontal, vertical: 'middle' };
  }
  ws.getRow(2).height = 22;
}

/** Display width of text in "0" widths: Chinese and full-width characters take two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 1.85 : 1;
  return width;
}

function linesNeeded(text: string, columnWidth: number): number {
  const usable = Math.max(2, columnWidth - 2);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

export type RowStyle = 'data' | 'subtotal' | 'total';

const ROW_FILLS: Record<Exclude<RowStyle, 'data'>, string> = { subtotal: 'FFF2F2F2', total: 'FFE2EFDA' };

/**
 * Writes one row of values with the column's format and the row's style. Wrapped columns get a
 * row height from their text, so Excel, WPS and LibreOffice all print every line (none of them
 * grows a row on open the same way).
 */
export function writeRow(ws: Worksheet, rowNumber: number, columns: ReportColumn[], values: ReadonlyArray<string | number | Date | null>, style: RowStyle = 'data'): void {
  const row = ws.getRow(rowNumber);
  let lines = 1;
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    const value = values[i] ?? null;
    writeValue(cell, column, value);
    cell.font = { name: BODY_FONT, size: BODY_SIZE, bold: style !== 'data' };
    cell.border = ALL_BORDERS;
    if (style !== 'data') cell.fill = solidFill(ROW_FILLS[style]);
    if (typeof value === 'string' && !merged(row.getCell(i + 1))) lines = Math.max(lines, linesNeeded(value, column.width));
  });
  row.height = Math.max(20, lines * LINE_HEIGHT + 6);
}

/** A merged cell's text spreads over its neighbours: it does not set the row height. */
function merged(cell: Cell): boolean {
  return cell.isMerged;
}

function writeValue(cell: Cell, column: ReportColumn, value: string | number | Date | null): void {
  const numeric = column.kind === 'amount' || column.kind === 'rate' || column.kind === 'percent' || column.kind === 'count';
  if (typeof value === 'number') {
    cell.value = value;
    if (column.kind === 'amount') cell.numFmt = AMOUNT_FORMAT;
    else if (column.kind === 'rate') cell.numFmt = '0.0%';
    else if (column.kind === 'percent') cell.numFmt = '0%';
    else cell.numFmt = '0';
  } else if (value instanceof Date) {
    cell.value = value;
    cell.numFmt = 'yyyy-mm-dd';
  } else if (value !== null) {
    setTextCell(cell, value);
  }
  const horizontal = numeric ? 'right' : column.kind === 'text' || column.kind === 'wrap' ? 'left' : 'center';
  // A one-character indent keeps text and numbers off the cell borders, as a typeset table does.
  const indent = horizontal === 'center' ? 0 : 1;
  cell.alignment = { horizontal, vertical: 'middle', indent, wrapText: !numeric };
}

/** The autofilter over the header and the data rows (subtotal rows included: they filter with their group). */
export function addAutoFilter(ws: Worksheet, lastRow: number, columnCount: number): void {
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(HEADER_ROW, lastRow), column: columnCount } };
}

/** A note under the table (legend, source), merged across, small. */
export function writeNote(ws: Worksheet, rowNumber: number, columnCount: number, text: string): void {
  ws.mergeCells(rowNumber, 1, rowNumber, columnCount);
  const cell = ws.getCell(rowNumber, 1);
  setTextCell(cell, text);
  cell.font = { name: BODY_FONT, size: 9, color: { argb: 'FF595959' } };
  cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  ws.getRow(rowNumber).height = 18;
}
