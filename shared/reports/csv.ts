/**
 * CSV of a grid view, as Excel and WPS on Chinese Windows open it: RFC 4180 quoting, CRLF line
 * ends, formula-like text kept literal with a leading apostrophe. The BOM is what makes Excel read
 * UTF-8 instead of the ANSI code page (GBK), which would garble every Chinese character.
 */

import { csvSafeText } from './cellText';

export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as they are; only text can carry a formula.
  const text = typeof value === 'number' ? String(value) : csvSafeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file as text, BOM first; encode it as UTF-8 (TextEncoder, Buffer) to save. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
