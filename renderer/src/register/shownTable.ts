/**
 * The register as shown, for 导出 CSV: the visible columns in their order with the headers as
 * shown, and the project rows the quick search, column filters and lights leave, in the grid's
 * sort. Amounts are numbers in the display unit to the 元 (4 decimals of 万元, 8 of 亿元), not
 * rounded as the cells show them, so the file imports back without changing a figure; other cells
 * carry the text the cell shows. Group headings and the pinned 合计 row are not data rows; a folded
 * group's projects are (folding is for the screen: the clerk exports every filtered project).
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import { formatAmount, type MoneyUnit } from '../../../shared/domain/money';
import type { ShownTable } from '../reports/CsvExportMenu';
import type { GroupRowContext } from './groupCells';
import type { GridRow } from './registerRow';

/** Decimals that carry every 元 in each display unit. */
const EXACT_DECIMALS: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

function isAmount(column: Column): boolean {
  return column.getColDef().filter === 'agNumberColumnFilter';
}

export function shownRegisterTable(grid: GridApi<GridRow> | null, unit: MoneyUnit): ShownTable {
  if (!grid) return { header: [], rows: [] };
  // The checkbox and open-arrow columns have no header: they are controls, not data.
  const columns = grid.getAllDisplayedColumns().filter((c) => grid.getDisplayNameForColumn(c, 'header').trim() !== '');
  // Plain spaces in the file (English headers keep "(CNY 10k)" together on screen with a no-break space).
  const header = columns.map((c) => grid.getDisplayNameForColumn(c, 'header').replace(/\u00a0/g, ' '));
  const rows: ShownTable['rows'] = [];
  for (const node of shownProjectNodes(grid)) {
    rows.push(columns.map((column) => {
      if (isAmount(column)) {
        const yuan = grid.getCellValue<number | null>({ rowNode: node, colKey: column });
        return typeof yuan === 'number' ? Number(formatAmount(yuan, unit, { decimals: EXACT_DECIMALS[unit] })) : null;
      }
      const shown = grid.getCellValue({ rowNode: node, colKey: column, useFormatter: true });
      return shown === null || shown === undefined ? '' : String(shown);
    }));
  }
  return { header, rows };
}

/** The projects the filters leave, in the grid's order; a folded group's projects where its heading is. */
function shownProjectNodes(grid: GridApi<GridRow>): IRowNode<GridRow>[] {
  const groups = (grid.getGridOption('context') as GroupRowContext | undefined)?.groups;
  const nodes: IRowNode<GridRow>[] = [];
  grid.forEachNodeAfterFilterAndSort((node) => {
    const data = node.data;
    if (data?.kind === 'project') nodes.push(node);
    else if (data?.kind === 'group' && groups?.collapsed.has(data.key)) nodes.push(...groups.rowsOf(data.key));
  });
  return nodes;
}

/** The ids of the projects shown (after search, column filters, lights and the route's slice), for 导出报表. */
export function shownProjectIds(grid: GridApi<GridRow> | null): number[] {
  const ids: number[] = [];
  grid?.forEachNodeAfterFilter((node) => { if (node.data?.kind === 'project') ids.push(node.data.p.id); });
  return ids;
}
