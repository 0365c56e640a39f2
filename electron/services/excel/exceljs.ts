/**
 * The one module that imports exceljs (pinned in package.json): readers and writers of .xlsx go
 * through here, so a future upgrade or replacement touches one file.
 */

import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

let library: typeof ExcelJS | undefined;

/**
 * exceljs itself, loaded at first use: it takes half a second to load, which every worker thread
 * started for a CSV import or a register-wide call would otherwise pay without ever using it.
 */
function exceljs(): typeof ExcelJS {
  return (library ??= createRequire(import.meta.url)('exceljs') as typeof ExcelJS);
}

/** Loads exceljs now: a worker thread waiting for its call (most long calls write a workbook) does it ahead. */
export function preloadExceljs(): void {
  exceljs();
}

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type Cell = ExcelJS.Cell;
export type Row = ExcelJS.Row;
export type CellValue = ExcelJS.CellValue;
export type Fill = ExcelJS.Fill;
export type Borders = ExcelJS.Borders;
export type Style = ExcelJS.Style;

/** A3 (OOXML paper code 8): the reports print on it, but exceljs's PaperSize enum omits it. */
export const PAPER_A3 = 8 as ExcelJS.PaperSize;
/** A4 (OOXML paper code 9): single-sheet notices such as the 督办单. */
export const PAPER_A4 = 9 as ExcelJS.PaperSize;
export type PaperSize = ExcelJS.PaperSize;

export function newWorkbook(): Workbook {
  const wb = new (exceljs().Workbook)();
  wb.creator = '重大项目台账';
  wb.created = new Date();
  return wb;
}

/** Document properties (title, subject, keywords) as Excel shows them under 文件 → 属性. */
export function setDocumentProperties(wb: Workbook, props: { title: string; subject: string; keywords: string }): void {
  wb.title = props.title;
  wb.subject = props.subject;
  wb.keywords = props.keywords;
}

/** The keywords property of a workbook read from a file ('' when it has none). */
export function documentKeywords(wb: Workbook): string {
  return typeof wb.keywords === 'string' ? wb.keywords : '';
}

/** Reads an .xlsx from bytes. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const wb = new (exceljs().Workbook)();
  // exceljs's load() typing lags Node's Buffer generics; the bytes are passed through unchanged.
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return wb;
}

/** Writes a workbook to bytes. */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/** A cell's plain value for readers: text, number, or null (dates as YYYY-MM-DD, formulas by their result). */
export type PlainCell = string | number | null;

function plainValue(value: CellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Date cells come back as UTC midnight of the date the sheet shows.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: CellValue }).result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  if ('error' in value) return null;
  return null;
}

/**
 * A sheet as rows of plain cells, row 1 first. A merged range repeats its value over every cell it
 * covers (exceljs gives the master's value), which is what a reader of two-row headers needs.
 * Reading stops after `maxRows` rows, so an oversized sheet is refused without holding it all.
 */
export function sheetRows(ws: Worksheet, maxRows: number): PlainCell[][] {
  const rows: PlainCell[][] = [];
  const last = Math.min(ws.rowCount, maxRows);
  const width = ws.columnCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const cells: PlainCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(plainValue(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  return rows;
}
