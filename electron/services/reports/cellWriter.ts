/**
 * Text into cells, never a formula. exceljs writes a JS string as a string cell (t="s"), which
 * Excel, WPS and LibreOffice show literally even when it starts with "=" — only an object with a
 * `formula` key becomes a formula, and reports never write one. Reports write no hyperlinks; any
 * link added later must pass shared/reports/cellText.ts isSafeHyperlink (http(s) only).
 */

import type { Cell } from '../excel/exceljs';

export function setTextCell(cell: Cell, text: string): void {
  // Strings only: a number-looking or formula-looking text stays the text the user typed.
  cell.value = String(text);
}
