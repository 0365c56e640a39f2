/**
 * The one module that imports exceljs (pinned in package.json): readers and writers of .xlsx go
 * through here, so a future upgrade or replacement touches one file.
 */

import ExcelJS from 'exceljs';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type Cell = ExcelJS.Cell;
export type CellValue = ExcelJS.CellValue;
export type Fill = ExcelJS.Fill;
export type Borders = ExcelJS.Borders;
export type Style = ExcelJS.Style;

export function newWorkbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '重大项目台账';
  wb.created = new Date();
  return wb;
}

/** Reads an .xlsx from bytes. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs's load() typing lags Node's Buffer generics; the bytes are passed through unchanged.
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return wb;
}

/** Writes a workbook to bytes. */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
