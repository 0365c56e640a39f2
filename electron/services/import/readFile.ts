/** A file's bytes into a grid of cells: CSV/TSV decoded and split, or one sheet of an .xlsx. */

import { LedgerError } from '../../../shared/errors';
import type { Grid } from '../../../shared/import/table';
import type { ImportDelimiter, ImportEncoding, ImportEncodingChoice, ImportFormat } from '../../../shared/import/types';
import { documentKeywords, readWorkbook, sheetRows } from '../excel/exceljs';
import { csvGrid, detectDelimiter } from './csvGrid';
import { decodeText } from './decode';
import { fileKind, refuseNonTable } from './fileKind';
import { MAX_FILE_BYTES, MAX_ROWS, MAX_SHARED_STRINGS, MAX_UNPACKED_BYTES } from './limits';
import { scanXlsx, type ScanRefusal } from './zipScan';
import { zipEntries } from './zipSize';

export interface ReadOptions {
  encoding?: ImportEncodingChoice | undefined;
  delimiter?: ImportDelimiter | undefined;
  sheet?: string | undefined;
}

export interface ReadTable {
  format: ImportFormat;
  encoding: ImportEncoding | null;
  delimiter: ImportDelimiter | null;
  sheets: string[];
  sheet: string | null;
  grid: Grid;
  /** The workbook's keywords property, where our reports put their mark ('' for CSV). */
  documentKeywords: string;
}

const MB = 1024 * 1024;

/**
 * The checks that need no parsing: size, kind by content, and for an .xlsx the capped inflation.
 * Cheap in memory and quick to refuse, so they run before a worker thread is started for the parse.
 */
export async function checkImportFile(fileName: string, bytes: Uint8Array): Promise<'xlsx' | 'text'> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new LedgerError('refused', `「${fileName}」有 ${(bytes.length / MB).toFixed(1)} MB，超过导入上限 ${MAX_FILE_BYTES / MB} MB，请拆分后分批导入`,
      `"${fileName}" is ${(bytes.length / MB).toFixed(1)} MB, over the ${MAX_FILE_BYTES / MB} MB import limit; split it`);
  }
  if (bytes.length === 0) throw new LedgerError('invalid_input', `「${fileName}」是空文件`, `"${fileName}" is empty`);
  // By content, not by name: a renamed .xls/.et or a PDF is refused, a CSV named .xlsx is read as text.
  const kind = fileKind(fileName, bytes);
  if (kind === 'xlsx') await checkXlsx(fileName, bytes);
  return kind;
}

export async function readImportFile(fileName: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadTable> {
  if ((await checkImportFile(fileName, bytes)) === 'xlsx') return readXlsx(fileName, bytes, options.sheet);
  const { text, encoding } = decodeText(bytes, options.encoding);
  refuseNonTable(fileName, text);
  const delimiter = options.delimiter ?? (/\.tsv$/i.test(fileName) ? '\t' : detectDelimiter(text));
  return { format: 'csv', encoding, delimiter, sheets: [], sheet: null, grid: csvGrid(text, delimiter, fileName), documentKeywords: '' };
}

function notXlsx(fileName: string): LedgerError {
  return new LedgerError('invalid_input', `「${fileName}」不是有效的 .xlsx 文件（可能已损坏）`, `"${fileName}" is not a valid .xlsx file (damaged?)`);
}

function tooLarge(fileName: string): LedgerError {
  return new LedgerError('refused', `「${fileName}」解压后超过 ${MAX_UNPACKED_BYTES / MB} MB（导入上限），可能是异常文件，已拒绝`,
    `"${fileName}" unpacks to more than the ${MAX_UNPACKED_BYTES / MB} MB import limit; refused`);
}

function scanRefusal(fileName: string, refusal: ScanRefusal): LedgerError {
  switch (refusal.kind) {
    case 'unpacked':
      return tooLarge(fileName);
    case 'sharedStrings':
      return new LedgerError('refused', `「${fileName}」含有超过 ${MAX_SHARED_STRINGS} 个不同的文本（导入上限），可能是异常文件，请拆分后分批导入`,
        `"${fileName}" holds more than ${MAX_SHARED_STRINGS} distinct texts (the import limit); split it`);
    case 'rows':
      return new LedgerError('refused', `「${fileName}」的工作表「${refusal.sheet}」超过 ${MAX_ROWS} 行（导入上限），请拆分后分批导入`,
        `Sheet "${refusal.sheet}" of "${fileName}" has more than ${MAX_ROWS} rows (the import limit); split it`);
    case 'damaged':
      return notXlsx(fileName);
  }
}

async function checkXlsx(fileName: string, bytes: Uint8Array): Promise<void> {
  const entries = zipEntries(bytes);
  if (!entries) throw notXlsx(fileName);
  // Declared sizes refuse an honest giant at once; the scan counts what inflating really produces.
  if (entries.reduce((total, e) => total + e.size, 0) > MAX_UNPACKED_BYTES) throw tooLarge(fileName);
  const refusal = await scanXlsx(bytes, entries, { unpackedBytes: MAX_UNPACKED_BYTES, sharedStrings: MAX_SHARED_STRINGS, rowsPerSheet: MAX_ROWS });
  if (refusal) throw scanRefusal(fileName, refusal);
}

/** After checkImportFile: the workbook is within every cap. */
async function readXlsx(fileName: string, bytes: Uint8Array, wantedSheet: string | undefined): Promise<ReadTable> {
  // exceljs itself loads here, at first use (see excel/exceljs.ts): a CSV's worker never pays for it.
  let wb;
  try {
    wb = await readWorkbook(bytes);
  } catch {
    throw new LedgerError('invalid_input', `「${fileName}」无法按 .xlsx 读取（可能已损坏或加密）`, `"${fileName}" cannot be read as .xlsx (damaged or encrypted?)`);
  }
  const sheets = wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden').map((ws) => ws.name);
  if (sheets.length === 0) throw new LedgerError('invalid_input', `「${fileName}」没有可见的工作表`, `"${fileName}" has no visible sheet`);
  const sheet = wantedSheet ?? sheets.find((name) => (wb.getWorksheet(name)?.actualRowCount ?? 0) > 1) ?? sheets[0]!;
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new LedgerError('invalid_input', `「${fileName}」中没有工作表「${sheet}」`, `"${fileName}" has no sheet "${sheet}"`);
  if (ws.rowCount > MAX_ROWS) {
    throw new LedgerError('refused', `「${fileName}」的工作表「${sheet}」超过 ${MAX_ROWS} 行（导入上限），请拆分后分批导入`,
      `Sheet "${sheet}" of "${fileName}" has more than ${MAX_ROWS} rows (the import limit); split it`);
  }
  return { format: 'xlsx', encoding: null, delimiter: null, sheets, sheet, grid: sheetRows(ws, MAX_ROWS), documentKeywords: documentKeywords(wb) };
}
