/** Two-way rollups (产业链 × 区域, 产业链 × 阶段): a cell per pair of keys, exact sums, row and column totals. */

import { rollupBy, rollupKey, sumProjects, type RollupDimension, type RollupProject, type RollupRow, type RollupTable } from './rollup';

export interface RollupMatrix {
  rowsBy: RollupDimension;
  columnsBy: RollupDimension;
  /** Row totals, in the order of the one-way rollup (and its grand total). */
  rows: RollupTable;
  /** Column totals, in the order of the one-way rollup by the column dimension. */
  columns: RollupTable;
  /** cells[rowKey][columnKey]; a missing pair has no project. Shares are of the grand 总投资. */
  cells: Record<string, Record<string, RollupRow>>;
}

export function rollupMatrix(projects: readonly RollupProject[], rowsBy: RollupDimension, columnsBy: RollupDimension): RollupMatrix {
  const rows = rollupBy(projects, rowsBy);
  const columns = rollupBy(projects, columnsBy);
  const grouped = new Map<string, Map<string, RollupProject[]>>();
  for (const p of projects) {
    const r = rollupKey(p, rowsBy);
    const c = rollupKey(p, columnsBy);
    let byColumn = grouped.get(r);
    if (!byColumn) grouped.set(r, (byColumn = new Map()));
    let list = byColumn.get(c);
    if (!list) byColumn.set(c, (list = []));
    list.push(p);
  }
  const grand = rows.total.totalInvestment;
  const cells: Record<string, Record<string, RollupRow>> = {};
  for (const [r, byColumn] of grouped) {
    cells[r] = {};
    for (const [c, list] of byColumn) {
      // The group's exact sums; only the share needs the grand total.
      const cell = sumProjects(list, c);
      cell.share = grand > 0 ? cell.totalInvestment / grand : 0;
      cells[r][c] = cell;
    }
  }
  return { rowsBy, columnsBy, rows, columns, cells };
}
