/**
 * The 投资汇总 table on screen as CSV rows: the same labels, amounts as numbers in the display
 * unit with the decimals shown, shares and rates as the percent text shown, the 合计 row last.
 * A two-way table shows 总投资 and 项目数 in each cell; the CSV gives each its own column.
 */
import type { TFunction } from 'i18next';
import { formatAmount } from '../../../shared/domain/money';
import type { RollupRow, RollupTable } from '../../../shared/domain/rollup';
import type { RollupMatrix } from '../../../shared/domain/rollupMatrix';
import type { ShownTable } from '../reports/CsvExportMenu';
import type { DisplayUnit } from './chartOptions';
import { percentText } from './format';
import { keyLabel } from './RollupTableView';

type Translate = TFunction<'rollups'>;

export function rollupTableCsv(table: RollupTable, unit: DisplayUnit, month: string, t: Translate): ShownTable {
  const inUnit = (label: string) => label + t('col.unit', { unit });
  const header = [t(`dims.${table.by}`), t('col.count'), inUnit(t('col.total')), t('col.share'), inUnit(t('col.plan')),
    inUnit(t('col.ytd', { month: Number(month.slice(5, 7)) })), t('col.rate'), t('unknown.col')];
  const amount = (yuan: number) => Number(formatAmount(yuan, unit));
  const line = (label: string, row: RollupRow) => [label, row.count, amount(row.totalInvestment), percentText(row.share),
    amount(row.annualPlan), amount(row.completedYtd), row.completionRate === null ? '—' : percentText(row.completionRate),
    // Counted apart, never summed as 0.
    [row.totalUnknown ? t('unknown.total', { count: row.totalUnknown }) : '', row.planUnknown ? t('unknown.plan', { count: row.planUnknown }) : ''].filter(Boolean).join('；')];
  return {
    header,
    rows: [...table.rows.map((row) => line(keyLabel(table.by, row.key, t), row)), line(t('grandTotal'), table.total)],
  };
}

export function rollupMatrixCsv(matrix: RollupMatrix, unit: DisplayUnit, t: Translate): ShownTable {
  const columns = [...matrix.columns.rows.map((c) => c.key), t('grandTotal')];
  const header = [`${t(`dims.${matrix.rowsBy}`)} \\ ${t(`dims.${matrix.columnsBy}`)}`,
    ...columns.flatMap((c) => [`${c} ${t('col.total')}${t('col.unit', { unit })}`, `${c} ${t('col.count')}`])];
  const pair = (row: RollupRow | undefined) => (row && row.count > 0 ? [Number(formatAmount(row.totalInvestment, unit)), row.count] : [null, null]);
  return {
    header,
    rows: [
      ...matrix.rows.rows.map((r) => [r.key, ...matrix.columns.rows.flatMap((c) => pair(matrix.cells[r.key]?.[c.key])), ...pair(r)]),
      [t('grandTotal'), ...matrix.columns.rows.flatMap((c) => pair(c)), ...pair(matrix.rows.total)],
    ],
  };
}
