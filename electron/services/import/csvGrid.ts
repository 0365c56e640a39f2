/**
 * CSV/TSV into a grid of text cells through csv-parse; the delimiter is the one that splits rows
 * most consistently. The formula guard of our own CSV export is taken off each cell.
 */

import { parse } from 'csv-parse/sync';
import type { ImportDelimiter } from '../../../shared/import/types';
import type { Grid } from '../../../shared/import/table';
import { LedgerError } from '../../../shared/errors';
import { unguardCsvText } from '../../../shared/reports/cellText';
import { MAX_COLUMNS, MAX_ROWS } from './limits';

const DELIMITERS: ImportDelimiter[] = [',', '\t', ';', '|'];
const SAMPLE_RECORDS = 30;

function parseRecords(text: string, delimiter: ImportDelimiter, toLine?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    ...(toLine ? { to_line: toLine } : {}),
  }) as string[][];
}

/** Characters enough for SAMPLE_RECORDS lines of any real list; the sample ends at a line break. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * The file's first records split by `delimiter`. csv-parse copies all the text it is given into a
 * buffer first (5 MB for 30,000 rows, once per delimiter tried), so a leading sample is parsed; when
 * the sample ends inside a quoted cell or holds too few records, the whole text is.
 */
function sampleRecords(text: string, delimiter: ImportDelimiter): string[][] {
  const end = text.length > SAMPLE_CHARS ? text.lastIndexOf('\n', SAMPLE_CHARS) : -1;
  if (end > 0) {
    try {
      const records = parseRecords(text.slice(0, end + 1), delimiter, SAMPLE_RECORDS);
      if (records.length >= SAMPLE_RECORDS) return records;
    } catch {
      // An open quote at the sample's end: read from the whole text below.
    }
  }
  return parseRecords(text, delimiter, SAMPLE_RECORDS);
}

/** The delimiter giving the most rows of the same (largest common) width above one column. */
export function detectDelimiter(text: string): ImportDelimiter {
  let best: { delimiter: ImportDelimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    let records: string[][];
    try {
      records = sampleRecords(text, delimiter);
    } catch {
      continue;
    }
    const widths = new Map<number, number>();
    for (const r of records) if (r.length > 1) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
    const score = Math.max(0, ...[...widths.entries()].map(([w, n]) => n * 1000 + w));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export function csvGrid(text: string, delimiter: ImportDelimiter, fileName: string): Grid {
  let records: string[][];
  try {
    records = parseRecords(text, delimiter, MAX_ROWS + 1);
  } catch (err) {
    const where = /line (\d+)/.exec((err as Error).message)?.[1];
    throw new LedgerError(
      'invalid_input',
      `无法读取「${fileName}」${where ? `第 ${where} 行` : ''}：引号不成对或分隔符不对，请换一个分隔符或检查文件`,
      `Cannot read "${fileName}"${where ? ` at line ${where}` : ''}: unbalanced quotes or a wrong delimiter`,
    );
  }
  if (records.length > MAX_ROWS) {
    throw new LedgerError('refused', `「${fileName}」超过 ${MAX_ROWS} 行，请拆分后分批导入`, `"${fileName}" has more than ${MAX_ROWS} rows; split it and import in parts`);
  }
  if (records.some((r) => r.length > MAX_COLUMNS)) {
    throw new LedgerError('refused', `「${fileName}」某行超过 ${MAX_COLUMNS} 列，可能分隔符不对`, `"${fileName}" has a row wider than ${MAX_COLUMNS} columns; wrong delimiter?`);
  }
  // Our own CSV export puts an apostrophe before formula-like text; it comes off here, and only it.
  return records.map((record) => record.map(unguardCsvText));
}
