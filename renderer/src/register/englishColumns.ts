/**
 * English headers and cell words run longer than Chinese ones ("Total investment (CNY 10k)" for
 * 总投资（万元）, "Under construction" for 在建). In English the headers wrap onto a second line
 * (the header grows to fit) instead of being cut, and the columns whose cells hold English words
 * get the width those words need, as a minimum: the register's remembered layout (saved with the
 * Chinese widths, say) cannot squeeze them again, while a clerk may still widen them. Chinese keeps
 * its one-line header and its widths.
 */
import type { ColDef } from 'ag-grid-community';
import type { GridRow } from './registerRow';

/** Widths (px) that show the English words whole: the stage badges, the light's words, 'All done', a header in two lines. */
const ENGLISH_WIDTHS: Record<string, number> = {
  stage: 142,
  light: 200,
  currentNode: 100,
  totalInvestment: 150,
};

export function withEnglishColumns(columns: ColDef<GridRow>[], en: boolean): ColDef<GridRow>[] {
  if (!en) return columns;
  return columns.map((col) => {
    const width = col.colId ? ENGLISH_WIDTHS[col.colId] : undefined;
    // "(CNY 10k)" stays on one line: "Annual plan / (CNY 10k)", not "Annual plan (CNY / 10k)".
    const headerName = col.headerName?.replace(/\((CNY) (10k|100m)\)/, '($1\u00a0$2)');
    return { ...col, headerName, wrapHeaderText: true, autoHeaderHeight: true, ...(width ? { width, minWidth: width } : {}) };
  });
}
