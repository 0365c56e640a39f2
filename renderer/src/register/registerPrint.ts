/**
 * The register as printed: the displayed columns in their order, and every row the search, the
 * filters and the lights leave (not only the rows the grid has drawn on screen), in the grid's
 * sort, with the group headings and their subtotals under the amount columns, then the 合计 row.
 * A folded group prints folded, as on screen. Cells read as the grid shows them.
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { RollupRow } from '../../../shared/domain/rollup';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { lightText, rollupKeyText, stageText } from '../common/domainText';
import type { Money } from '../common/money';
import type { GroupState } from './grouping';
import type { GridRow } from './registerRow';

export interface PrintCell {
  text: string;
  /** Columns this cell spans (the group heading runs over 项目名称). */
  span?: number;
  /** A light's colour, printed as a coloured dot before its words. */
  light?: string;
}

export interface PrintRow {
  kind: GridRow['kind'];
  cells: PrintCell[];
}

export interface PrintTable {
  columns: Array<{ id: string; header: string; amount: boolean }>;
  rows: PrintRow[];
  /** Projects printed (folded groups' projects are not). */
  count: number;
}

const AMOUNT_FILTER = 'agNumberColumnFilter';

function groupAmount(sub: RollupRow, colId: string): number | null | undefined {
  if (colId === 'totalInvestment') return knownSum(sub.totalInvestment, sub.totalUnknown, sub.count);
  if (colId === 'annualPlan') return knownSum(sub.annualPlan, sub.planUnknown, sub.count);
  if (colId === 'completedYtd') return sub.completedYtd;
  return undefined;
}

function projectCell(grid: GridApi<GridRow>, node: IRowNode<GridRow>, column: Column, en: boolean): string {
  const data = node.data;
  const id = column.getColId();
  if (data?.kind === 'project' && id === 'light') return lightText(data.p.light, en);
  if (data?.kind === 'project' && id === 'stage') return stageText(data.p.stage, en);
  const shown = grid.getCellValue({ rowNode: node, colKey: column, useFormatter: true });
  return shown === null || shown === undefined ? '' : String(shown);
}

export function registerPrintTable(grid: GridApi<GridRow>, groups: GroupState | null, money: Money, t: TFunction): PrintTable {
  const en = money.en;
  // The checkbox and open-arrow columns have no header: they are controls, not data.
  const displayed = grid.getAllDisplayedColumns().filter((c) => grid.getDisplayNameForColumn(c, 'header').trim() !== '');
  const columns = displayed.map((c) => ({ id: c.getColId(), header: grid.getDisplayNameForColumn(c, 'header'), amount: c.getColDef().filter === AMOUNT_FILTER }));
  const rows: PrintRow[] = [];
  let count = 0;
  grid.forEachNodeAfterFilterAndSort((node) => {
    const data = node.data;
    if (data?.kind === 'project') {
      count += 1;
      const light = data.p.light.color;
      rows.push({ kind: 'project', cells: displayed.map((c) => ({ text: projectCell(grid, node, c, en), ...(c.getColId() === 'light' ? { light } : {}) })) });
    } else if (data?.kind === 'group') {
      const sub = groups?.subtotals.get(data.key);
      if (!sub) return;
      const rate = sub.completionRate === null ? '' : ` · ${t('registerLayout:group.rate', { rate: `${(sub.completionRate * 100).toFixed(1)}%` })}`;
      const key = groups?.by ? rollupKeyText(groups.by, data.key, en) : data.key;
      const label = `${key} · ${t('registerLayout:group.count', { count: sub.count })}${rate}`;
      // The heading runs over the text columns before the first amount; the sums sit under theirs.
      const firstAmount = columns.findIndex((c) => c.amount);
      const span = Math.max(1, firstAmount < 0 ? columns.length : firstAmount);
      const cells: PrintCell[] = [{ text: label, span }];
      for (const c of columns.slice(span)) {
        const value = groupAmount(sub, c.id);
        cells.push({ text: value === undefined ? '' : money.amount(value) });
      }
      rows.push({ kind: 'group', cells });
    }
  });
  const total = grid.getPinnedBottomRow(0);
  if (total) rows.push({ kind: 'total', cells: displayed.map((c) => ({ text: projectCell(grid, total, c, en) })) });
  return { columns, rows, count };
}
