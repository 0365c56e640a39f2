/**
 * The layout every report shares, as the reports leaders already receive look: a merged title,
 * a 填报单位 / 截至日期 / 单位 line, one header row repeated on every printed page, frozen panes,
 * an autofilter, A3 landscape fitted to one page wide, 宋体 body and 黑体 title, thin borders.
 */

import { PAPER_A3, type Cell, type PaperSize, type Style, type Workbook, type Worksheet } from '../excel/exceljs';
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
 * Cell styles shared within a sheet: one object per column kind, row style and number format.
 * exceljs keys a cell's style id on the style object, so a shared object is looked up once; a
 * style object per cell made it render and compare each cell's font, border and fill as XML, which
 * doubled the time of a 3,000-project report. A shared style must never be changed in place: a
 * report that marks a cell (a light's fill) gives it a new one through `restyle`.
 */
const sheetStyles = new WeakMap<Worksheet, Map<string, Partial<Style>>>();

function sharedStyle(ws: Worksheet, key: string, make: () => Partial<Style>): Partial<Style> {
  let styles = sheetStyles.get(ws);
  if (!styles) sheetStyles.set(ws, (styles = new Map()));
  let style = styles.get(key);
  if (!style) styles.set(key, (style = make()));
  return style;
}

const restyled = new WeakMap<object, Map<string, Partial<Style>>>();

/**
 * Gives a cell its style changed by `change` (`key` names the change: the same key, the same
 * change): cells restyled alike from a shared style share the result too. Use this, never
 * `cell.fill = …`, on a cell `writeRow` wrote: that would change every cell sharing its style.
 */
export function restyle(cell: Cell, key: string, change: (style: Partial<Style>) => Partial<Style>): void {
  const base = cell.style;
  let byKey = restyled.get(base);
  if (!byKey) restyled.set(base, (byKey = new Map()));
  let next = byKey.get(key);
  if (!next) byKey.set(key, (next = change(base)));
  cell.style = next;
}

/** A light's fill and font colour on a cell (its current node, a month, a status), keeping the rest of its style. */
export function paintCell(cell: Cell, fillArgb: string, fontArgb: string, font: Partial<Style['font']> = {}): void {
  restyle(cell, `paint:${fillArgb}:${fontArgb}:${JSON.stringify(font)}`, (style) => ({ ...style, fill: solidFill(fillArgb), font: { ...style.font, ...font, color: { argb: fontArgb } } }));
}

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
    const numFmt = writeValue(cell, column, value);
    cell.style = sharedStyle(ws, `${column.kind}|${style}|${numFmt ?? ''}`, () => cellStyle(column, style, numFmt));
    if (typeof value === 'string' && !merged(row.getCell(i + 1))) lines = Math.max(lines, linesNeeded(value, column.width));
  });
  row.height = Math.max(20, lines * LINE_HEIGHT + 6);
}

/** A merged cell's text spreads over its neighbours: it does not set the row height. */
function merged(cell: Cell): boolean {
  return cell.isMerged;
}

function isNumeric(column: ReportColumn): boolean {
  return column.kind === 'amount' || column.kind === 'rate' || column.kind === 'percent' || column.kind === 'count';
}

/** Writes the value; returns the number format it needs (none for text and blanks). */
function writeValue(cell: Cell, column: ReportColumn, value: string | number | Date | null): string | undefined {
  if (typeof value === 'number') {
    cell.value = value;
    if (column.kind === 'amount') return AMOUNT_FORMAT;
    if (column.kind === 'rate') return '0.0%';
    if (column.kind === 'percent') return '0%';
    return '0';
  }
  if (value instanceof Date) {
    cell.value = value;
    return 'yyyy-mm-dd';
  }
  if (value !== null) setTextCell(cell, value);
  return undefined;
}

function cellStyle(column: ReportColumn, style: RowStyle, numFmt: string | undefined): Partial<Style> {
  const numeric = isNumeric(column);
  const horizontal = numeric ? 'right' : column.kind === 'text' || column.kind === 'wrap' ? 'left' : 'center';
  return {
    ...(numFmt ? { numFmt } : {}),
    font: { name: BODY_FONT, size: BODY_SIZE, bold: style !== 'data' },
    border: ALL_BORDERS,
    ...(style !== 'data' ? { fill: solidFill(ROW_FILLS[style]) } : {}),
    // A one-character indent keeps text and numbers off the cell borders, as a typeset table does.
    alignment: { horizontal, vertical: 'middle', indent: horizontal === 'center' ? 0 : 1, wrapText: !numeric },
  };
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
