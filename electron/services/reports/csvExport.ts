/**
 * CSV of a grid view as bytes. UTF-8 carries a BOM so Excel on Chinese Windows does not read it
 * as GBK; GB18030 is for older WPS/Excel set-ups and systems that expect the national code page.
 * GB18030 (not GBK) so rare characters in company names (𠀀, 䶮) survive as 4-byte sequences.
 */

import iconv from 'iconv-lite';
import type { CsvEncoding, ReportFile } from '../../../shared/api/reports';
import { toCsv, type CsvValue } from '../../../shared/reports/csv';
import { suggestCsvFileName } from '../../../shared/reports/fileName';

export function encodeCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, encoding: CsvEncoding): Buffer {
  const text = toCsv(header, rows);
  if (encoding === 'utf8-bom') return Buffer.from(text, 'utf8');
  // The BOM is a UTF-8 signal only: a GB18030 file starts straight with its text.
  return iconv.encode(text.replace(/^\uFEFF/, ''), 'gb18030');
}

export function csvFile(title: string, today: string, header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, encoding: CsvEncoding): ReportFile {
  const bytes = encodeCsv(header, rows, encoding);
  return {
    fileName: suggestCsvFileName(title, today),
    mimeType: encoding === 'gb18030' ? 'text/csv;charset=gb18030' : 'text/csv;charset=utf-8',
    base64: bytes.toString('base64'),
    projects: rows.length,
  };
}
